import { TabList } from "../../platform/tab-list.tsx";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { usePlanner } from "../planner-context.ts";
import { OpenAlertsBadge, REVIEW_TAB_LABEL } from "../review/inspections-review-panel.tsx";
import { RULES_TAB_LABEL } from "../rules/rules-panel.tsx";
import { TAB_LABELS, TABS } from "./planner-tabs.ts";

/** The workspace's tabs. */
export function TabBar() {
  const { t, locale } = usePlanText();
  const { tab, chooseTab } = usePlanner();
  return (
    <TabList
      className="lp-planner-tabs"
      tabs={TABS}
      current={tab}
      onChoose={chooseTab}
      label={(id) =>
        id === "review" ? (
          <>
            {REVIEW_TAB_LABEL[locale]} <OpenAlertsBadge />
          </>
        ) : id === "rules" ? (
          RULES_TAB_LABEL[locale]
        ) : (
          t(TAB_LABELS[id])
        )
      }
    />
  );
}
