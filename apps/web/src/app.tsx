import { AdminFace } from "./admin/admin-face.tsx";
import { AppHeader } from "./components/app-header.tsx";
import { NotFoundFace } from "./faces/not-found-face.tsx";
import { PlanFace } from "./faces/plan-face.tsx";
import { FieldFace } from "./field/field-face.tsx";
import { I18nProvider } from "./i18n/i18n-context.tsx";
import { PlannerFace } from "./plan/planner-face.tsx";
import { isPlannerPath } from "./plan/planner-route.ts";
import { PublicFace } from "./public/public-face.tsx";
import { faceOf } from "./router/routes.ts";
import { usePathname } from "./router/use-route.ts";

function Face() {
  const pathname = usePathname();
  const face = faceOf(pathname);
  return (
    <div className="lp-app">
      <AppHeader face={face} />
      {face === "plan" && (isPlannerPath(pathname) ? <PlannerFace /> : <PlanFace />)}
      {face === "field" && <FieldFace />}
      {face === "public" && <PublicFace />}
      {face === "admin" && <AdminFace />}
      {face === "not_found" && <NotFoundFace />}
    </div>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Face />
    </I18nProvider>
  );
}
