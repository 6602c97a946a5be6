import { usePlanText } from "../i18n/use-plan-text.ts";
import { usePlanner } from "../planner-context.ts";
import { OpenAlertsBadge, REVIEW_TAB_LABEL } from "../review/inspections-review-panel.tsx";
import { RULES_TAB_LABEL } from "../rules/rules-panel.tsx";
import { TAB_LABELS, TABS } from "./planner-tabs.ts";

/** The workspace's tabs. */
export function TabBar() {
  const { p, locale } = usePlanText();
  const { tab, chooseTab } = usePlanner();
  return (
    <div className="lp-planner-tabs" role="tablist">
      {TABS.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          aria-selected={tab === t}
          data-tab={t}
          onClick={() => chooseTab(t)}
        >
          {t === "review" ? (
            <>
              {REVIEW_TAB_LABEL[locale]} <OpenAlertsBadge />
            </>
          ) : t === "rules" ? (
            RULES_TAB_LABEL[locale]
          ) : (
            p(TAB_LABELS[t])
          )}
        </button>
      ))}
    </div>
  );
}
