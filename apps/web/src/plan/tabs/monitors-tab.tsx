import { MonitorsPanel } from "../panels/monitors-panel.tsx";
import { usePlanner } from "../planner-context.ts";

/** 群测群防: a field monitor's beat, ringed on the map, edited from the selection. */
export function MonitorsTab() {
  const { selection, setBeat, locate, setNotice, fail } = usePlanner();
  return (
    <MonitorsPanel
      selection={selection}
      onBeat={setBeat}
      onLocate={(lngLat) => locate(lngLat, 14)}
      onSaved={(text) => setNotice({ kind: "ok", text })}
      onError={fail}
    />
  );
}
