import type { Polygonal } from "../api/plan-api.ts";
import { ProposalsPanel } from "../panels/proposals-panel.tsx";
import { usePlanner } from "../planner-context.ts";

/** 连片推荐: contiguous-zone candidates drawn on the map; adopting one opens it as a zone. */
export function ProposalsTab() {
  const { proposals, map, session, chooseTab, fail, setNotice } = usePlanner();
  return (
    <ProposalsPanel
      proposals={proposals.list}
      active={proposals.active}
      onResult={(r) => {
        setNotice(null);
        proposals.set(r);
        proposals.setActive(null);
      }}
      onFocus={(i) => {
        proposals.setActive(i);
        const candidate = proposals.list[i];
        if (candidate && map) map.fitBounds(boundsOf(candidate.geometry), { padding: 60, maxZoom: 14 });
      }}
      onAdopt={async (c) => {
        if (await session.adopt(c)) {
          proposals.set([]);
          chooseTab("draw");
        }
      }}
      onError={fail}
    />
  );
}

function boundsOf(g: Polygonal): [[number, number], [number, number]] {
  const points = (g.type === "Polygon" ? g.coordinates.flat() : g.coordinates.flat(2)) as [number, number][];
  const xs = points.map((pt) => pt[0]);
  const ys = points.map((pt) => pt[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
