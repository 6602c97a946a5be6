import { useI18n } from "../i18n/i18n-context.tsx";
import { navigate } from "../router/use-route.ts";

/** An unknown path: say so and offer the way back to the map. */
export function NotFoundFace() {
  const { t } = useI18n();
  return (
    <main className="lp-soon">
      <h1>{t("notFound")}</h1>
      <a
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate("/");
        }}
      >
        {t("backToMap")}
      </a>
    </main>
  );
}
