import type { MouseEvent } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import { LOCALE_TAG } from "../i18n/locale.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { Face } from "../router/routes.ts";
import { navigate } from "../router/use-route.ts";

const NAV: { face: Face; path: string; label: MessageKey }[] = [
  { face: "plan", path: "/plan", label: "navPlan" },
  { face: "field", path: "/field", label: "navField" },
  { face: "public", path: "/public", label: "navPublic" },
];

function follow(event: MouseEvent<HTMLAnchorElement>, path: string) {
  // Let the browser handle new-tab and other modified clicks.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}

/** Title, the three faces and the global language switch. */
export function AppHeader({ face }: { face: Face }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <header className="lp-header">
      <a className="lp-brand" href="/" onClick={(e) => follow(e, "/")}>
        <img src="/favicon.svg" alt="" width="26" height="26" />
        <strong>{t("appName")}</strong>
        <span className="lp-subtitle">{t("appSubtitle")}</span>
      </a>
      <nav className="lp-faces">
        {NAV.map((item) => (
          <a
            key={item.face}
            href={item.path}
            aria-current={face === item.face ? "page" : undefined}
            onClick={(e) => follow(e, item.path)}
          >
            {t(item.label)}
          </a>
        ))}
      </nav>
      <button
        type="button"
        className="lp-lang"
        data-testid="locale-toggle"
        title={t("switchLanguageTitle")}
        lang={LOCALE_TAG[locale === "zh" ? "en" : "zh"]}
        onClick={() => setLocale(locale === "zh" ? "en" : "zh")}
      >
        {t("switchLanguage")}
      </button>
    </header>
  );
}
