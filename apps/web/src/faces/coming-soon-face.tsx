import { useI18n } from "../i18n/i18n-context.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { navigate } from "../router/use-route.ts";

/** Placeholder for the faces that are not built yet (and for unknown paths). */
export function ComingSoonFace({ title, body }: { title: MessageKey; body?: MessageKey }) {
  const { t } = useI18n();
  return (
    <main className="lp-soon">
      <h1>{t(title)}</h1>
      {body && <p>{t(body)}</p>}
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
