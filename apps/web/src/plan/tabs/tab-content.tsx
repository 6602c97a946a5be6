import type { ComponentType } from "react";
import { usePlanner } from "../planner-context.ts";
import { DrawTab } from "./draw-tab.tsx";
import { AlertsTab, ImportTab, ReviewTab, RulesTab } from "./locating-tabs.tsx";
import { MonitorsTab } from "./monitors-tab.tsx";
import type { Tab } from "./planner-tabs.ts";
import { ProposalsTab } from "./proposals-tab.tsx";
import { ZonesTab } from "./zones-tab.tsx";

/** Each tab's component. */
const TAB_COMPONENTS: Record<Tab, ComponentType> = {
  draw: DrawTab,
  zones: ZonesTab,
  proposals: ProposalsTab,
  monitors: MonitorsTab,
  alerts: AlertsTab,
  import: ImportTab,
  review: ReviewTab,
  rules: RulesTab,
};

/** The open tab's component. */
export function TabContent() {
  const { tab } = usePlanner();
  const Open = TAB_COMPONENTS[tab];
  return <Open />;
}
