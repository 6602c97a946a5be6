import { restorationState, suitability } from "@lianpian/domain";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useMemo, useState } from "react";
import { DataTable } from "../../platform/data-table.tsx";
import { useText } from "../../platform/use-text.ts";
import { useThemeLayer } from "./rules-map.ts";
import RULES_TEXT from "./rules-text.json" with { type: "json" };
import { useJson } from "./use-json.ts";

interface Pit {
  id: number;
  rank: number;
  mine_name: string;
  position: [number, number];
  distance_m: number | null;
  visible: boolean;
  suitability: string | null;
  restoration_state: string;
  line: { name_zh: string; kind: string } | null;
}
interface Priority {
  visible_band_m: number;
  pits: Pit[];
  progress: { visible: number; restored: number; pct: number; goal_year: number; met: boolean };
}

/** Historic pits nearest first to rail and expressways, the visible band and the 2025 goal. */
export function PitsView({
  map,
  onLocate,
}: {
  map: MapLibreMap | null;
  onLocate(p: [number, number]): void;
}) {
  const { t, label } = useText(RULES_TEXT);
  const [band, setBand] = useState(1000);
  const path = `/api/pits/priority?county=140502&visible_m=${band}`;
  const { data, failed } = useJson<Priority>(path);
  const points = useMemo(
    () =>
      (data?.pits ?? []).map((p) => ({
        id: p.id,
        position: p.position,
        theme: p.visible ? "visible" : "not_visible",
        label: p.mine_name,
      })),
    [data],
  );
  useThemeLayer(map, points);
  return (
    <div className="lp-rules" data-testid="rules-pits">
      <div className="lp-plan-row">
        <label>
          {t("band")}{" "}
          <input
            type="number"
            min={0}
            max={20000}
            step={100}
            value={band}
            onChange={(e) => setBand(Math.max(0, Number(e.target.value) || 0))}
          />
        </label>
        <a href={`${path}&format=csv`} download>
          {t("exportCsv")}
        </a>
      </div>
      {failed && <p className="lp-plan-warn">{t("failed")}</p>}
      {data && (
        <>
          <p data-testid="pits-progress" className={data.progress.met ? "lp-plan-ok" : "lp-plan-warn"}>
            {t("goal")}: {data.progress.restored} / {data.progress.visible} ({data.progress.pct} %)
          </p>
          <DataTable
            className="lp-rules-table"
            data-testid="pits-table"
            rows={data.pits}
            rowKey={(p) => p.id}
            columns={[
              { head: t("rank"), cell: (p) => p.rank },
              {
                head: t("mine"),
                cell: (p) => (
                  <button type="button" className="lp-rules-link" onClick={() => onLocate(p.position)}>
                    {p.mine_name}
                  </button>
                ),
              },
              { head: t("line"), cell: (p) => p.line?.name_zh ?? "—" },
              { head: t("distance"), cell: (p) => (p.distance_m === null ? "—" : Math.round(p.distance_m)) },
              { head: t("visible"), cell: (p) => (p.visible ? "✔" : "") },
              {
                head: t("suitability"),
                cell: (p) => (p.suitability ? label(suitability, p.suitability) : "—"),
              },
              { head: t("state"), cell: (p) => label(restorationState, p.restoration_state) },
            ]}
          />
        </>
      )}
    </div>
  );
}
