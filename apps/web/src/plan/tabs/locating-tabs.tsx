import { AlertsPanel } from "../../alerts/alerts-panel.tsx";
import { ImportPanel } from "../data-io/import-panel.tsx";
import { usePlanner } from "../planner-context.ts";
import { InspectionsReviewPanel } from "../review/inspections-review-panel.tsx";
import { RulesPanel } from "../rules/rules-panel.tsx";

/** 数据导入: an import writes rows (the map reloads them) and may turn its layer on. */
export function ImportTab() {
  const { map, layerWritten, setVisibility } = usePlanner();
  return (
    <ImportPanel
      map={map}
      onLayerWritten={layerWritten}
      onShowLayer={(layer) => setVisibility((v) => (layer in v ? { ...v, [layer]: true } : v))}
    />
  );
}

/** 巡查审核: field inspections to review; a row flies the map to its place. */
export function ReviewTab() {
  const { locate } = usePlanner();
  return <InspectionsReviewPanel onLocate={(lngLat) => locate(lngLat)} />;
}

/** 规则: rectification, pits and registers views over the map. */
export function RulesTab() {
  const { map, locate, session } = usePlanner();
  return <RulesPanel map={map} outline={session.outline} onLocate={(lngLat) => locate(lngLat)} />;
}

/** 险情预警: open alerts; a row flies the map to its place. */
export function AlertsTab() {
  const { locate } = usePlanner();
  return <AlertsPanel onLocate={(lngLat) => locate(lngLat)} />;
}
