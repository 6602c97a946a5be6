import { polygonalBounds } from "../../map/identify.ts";
import { planApi } from "../api/plan-api.ts";
import { ZonesPanel } from "../panels/zones-panel.tsx";
import { usePlanner } from "../planner-context.ts";

/** 片区: the saved zones; opening one (or starting a new one) goes to the drawing tab. */
export function ZonesTab() {
  const { session, chooseTab, fail, map } = usePlanner();
  return (
    <ZonesPanel
      zones={session.zones}
      openId={session.zone?.id ?? null}
      onOpen={(id) =>
        planApi.zone(id).then((z) => {
          session.openZone(z);
          // the map moves to the zone chosen in the list
          if (map) map.fitBounds(polygonalBounds(z.geometry), { padding: 60, maxZoom: 15 });
          chooseTab("draw");
        }, fail)
      }
      onNew={() => {
        session.startNew();
        chooseTab("draw");
      }}
    />
  );
}
