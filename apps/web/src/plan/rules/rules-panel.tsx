import "./rules.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { TabList } from "../../platform/tab-list.tsx";
import { ALLOC_TEXT } from "./allocation-text.ts";
import { AllocationView } from "./allocation-view.tsx";
import type { Polygonal } from "./outline-file.ts";
import { PitsView } from "./pits-view.tsx";
import { RectificationView } from "./rectification-view.tsx";
import { RegistersView } from "./registers-view.tsx";
import RULES_TEXT from "./rules-text.json" with { type: "json" };

/** The panel's views, in their tab order. */
const RULES_VIEWS = ["rectification", "allocation", "pits", "registers"] as const;
type RulesView = (typeof RULES_VIEWS)[number];

/** The tab's label, zh or en. */
export const RULES_TAB_LABEL = RULES_TEXT.tab;

/**
 * The plans' rules as tools on /plan: non-coal rectification (Zezhou), the
 * historic pits' priority (Chengqu) and the soil-water registers (Jincheng),
 * each a table and a thematic point layer over the planner's map while open.
 */
export function RulesPanel({
  map,
  outline = null,
  onLocate,
}: {
  map: MapLibreMap | null;
  /** The outline drawn in the planner, checked as a proposed licence area by the allocation view. */
  outline?: Polygonal | null;
  onLocate(p: [number, number]): void;
}) {
  const { locale } = useI18n();
  const [view, setView] = useState<RulesView>("rectification");
  const viewLabel = { ...RULES_TEXT, allocation: ALLOC_TEXT.view };
  return (
    <section data-testid="rules-panel">
      <TabList<RulesView>
        className="lp-plan-row"
        tabs={RULES_VIEWS}
        current={view}
        onChoose={setView}
        label={(v) => viewLabel[v][locale]}
      />
      {view === "rectification" && <RectificationView map={map} onLocate={onLocate} />}
      {view === "allocation" && <AllocationView outline={outline} />}
      {view === "pits" && <PitsView map={map} onLocate={onLocate} />}
      {view === "registers" && <RegistersView map={map} onLocate={onLocate} />}
    </section>
  );
}
