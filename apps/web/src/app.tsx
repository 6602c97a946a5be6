import { Suspense } from "react";
import { AppHeader } from "./components/app-header.tsx";
import { NotFoundFace } from "./faces/not-found-face.tsx";
import { I18nProvider } from "./i18n/i18n-context.tsx";
import { isPlannerPath } from "./plan/planner-route.ts";
import { AdminFace, BaseMapFace, FieldFace, PlannerFace, PublicFace } from "./router/lazy-faces.tsx";
import { faceOf } from "./router/routes.ts";
import { usePathname } from "./router/use-route.ts";

function Face() {
  const pathname = usePathname();
  const face = faceOf(pathname);
  return (
    <div className="lp-app">
      <AppHeader face={face} />
      <Suspense fallback={<div className="lp-face-loading" aria-busy="true" />}>
        {face === "plan" && (isPlannerPath(pathname) ? <PlannerFace /> : <BaseMapFace />)}
        {face === "field" && <FieldFace />}
        {face === "public" && <PublicFace />}
        {face === "admin" && <AdminFace />}
      </Suspense>
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
