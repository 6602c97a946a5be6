import { AppHeader } from "./components/app-header.tsx";
import { ComingSoonFace } from "./faces/coming-soon-face.tsx";
import { PlanFace } from "./faces/plan-face.tsx";
import { FieldFace } from "./field/field-face.tsx";
import { I18nProvider } from "./i18n/i18n-context.tsx";
import { PublicFace } from "./public/public-face.tsx";
import { faceOf } from "./router/routes.ts";
import { usePathname } from "./router/use-route.ts";

function Face() {
  const face = faceOf(usePathname());
  return (
    <div className="lp-app">
      <AppHeader face={face} />
      {face === "plan" && <PlanFace />}
      {face === "field" && <FieldFace />}
      {face === "public" && <PublicFace />}
      {face === "not_found" && <ComingSoonFace title="notFound" />}
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
