import { usePlanner } from "../planner-context.ts";
import { DrawTab } from "./draw-tab.tsx";
import { AlertsTab, ImportTab, ReviewTab, RulesTab } from "./locating-tabs.tsx";
import { MonitorsTab } from "./monitors-tab.tsx";
import { ProposalsTab } from "./proposals-tab.tsx";
import { ZonesTab } from "./zones-tab.tsx";

/** The open tab's component. */
export function TabContent() {
  const { tab } = usePlanner();
  switch (tab) {
    case "draw":
      return <DrawTab />;
    case "zones":
      return <ZonesTab />;
    case "proposals":
      return <ProposalsTab />;
    case "monitors":
      return <MonitorsTab />;
    case "alerts":
      return <AlertsTab />;
    case "import":
      return <ImportTab />;
    case "review":
      return <ReviewTab />;
    case "rules":
      return <RulesTab />;
  }
}
