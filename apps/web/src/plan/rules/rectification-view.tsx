import { disposition, JINCHENG_COUNTIES, mineStatus } from "@lianpian/domain";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useMemo, useState } from "react";
import { useText } from "../../platform/use-text.ts";
import { CLASS_COLORS, useThemeLayer } from "./rules-map.ts";
import RULES_TEXT from "./rules-text.json" with { type: "json" };
import { useJson } from "./use-json.ts";

interface Reason {
  code: string;
  zh: string;
  en: string;
}
interface Mine {
  id: number;
  mine_name: string;
  county_code: string;
  position: [number, number];
  computed: { class: string; reasons: Reason[]; missing: string[] };
  disposition: string | null;
  disposition_doc: string | null;
  effective: string;
  differs: boolean;
}
interface Classes {
  as_of: string;
  mines: Mine[];
  counts_by_county: { county_code: string; effective: Record<string, number> }[];
  new_vs_closed: { new: number; closed: number; ok: boolean };
}
interface Pairs {
  pairs: {
    mine_a: { mine_name: string };
    mine_b: { mine_name: string };
    distance_m: number;
    reasons: string[];
  }[];
}

const COUNTIES = JINCHENG_COUNTIES.filter((c) => c.code !== "140500");

/** The query string of the classes request for the chosen filters. */
export function classesQuery(f: { county: string; klass: string; asOf: string }, format?: "csv"): string {
  const q = new URLSearchParams();
  if (f.county) q.set("county", f.county);
  if (f.klass) q.set("class", f.klass);
  if (f.asOf) q.set("as_of", f.asOf);
  if (format) q.set("format", format);
  const s = q.toString();
  return `/api/rectification/mines${s ? `?${s}` : ""}`;
}

/** Non-coal rectification: filters, counts, the running count, the table by class and the thematic map. */
export function RectificationView({
  map,
  onLocate,
}: {
  map: MapLibreMap | null;
  onLocate(p: [number, number]): void;
}) {
  const { t, locale, label } = useText(RULES_TEXT);
  const [filter, setFilter] = useState({ county: "", klass: "", asOf: "" });
  const { data, failed } = useJson<Classes>(classesQuery(filter));
  const pairs = useJson<Pairs>(
    `/api/rectification/consolidation${filter.county ? `?county=${filter.county}` : ""}`,
  );
  const points = useMemo(
    () =>
      (data?.mines ?? []).map((m) => ({
        id: m.id,
        position: m.position,
        theme: m.effective,
        label: m.mine_name,
      })),
    [data],
  );
  useThemeLayer(map, points);
  const countyName = (code: string) => {
    const c = COUNTIES.find((x) => x.code === code);
    return c ? (locale === "zh" ? c.nameZh : c.nameEn) : code;
  };
  const cls = (v: string | null) => (v === "closed" ? label(mineStatus, v) : v ? label(disposition, v) : "—");

  return (
    <div className="lp-rules" data-testid="rules-rectification">
      <div className="lp-plan-row lp-rules-filters">
        <select
          aria-label={t("county")}
          value={filter.county}
          onChange={(e) => setFilter({ ...filter, county: e.target.value })}
        >
          <option value="">{t("allCounties")}</option>
          {COUNTIES.map((c) => (
            <option key={c.code} value={c.code}>
              {countyName(c.code)}
            </option>
          ))}
        </select>
        <select
          aria-label={t("klass")}
          value={filter.klass}
          onChange={(e) => setFilter({ ...filter, klass: e.target.value })}
        >
          <option value="">{t("allClasses")}</option>
          {disposition.values.map((v) => (
            <option key={v} value={v}>
              {label(disposition, v)}
            </option>
          ))}
        </select>
        <label>
          {t("asOf")}{" "}
          <input
            type="date"
            value={filter.asOf}
            onChange={(e) => setFilter({ ...filter, asOf: e.target.value })}
          />
        </label>
        <a href={classesQuery(filter, "csv")} download>
          {t("exportCsv")}
        </a>
      </div>
      {failed && <p className="lp-plan-warn">{t("failed")}</p>}
      {!data && !failed && <p>{t("loading")}</p>}
      {data && (
        <>
          <p data-testid="new-vs-closed" className={data.new_vs_closed.ok ? "lp-plan-ok" : "lp-plan-warn"}>
            {t("newVsClosed")}: {data.new_vs_closed.new} / {data.new_vs_closed.closed} ·{" "}
            {data.new_vs_closed.ok ? t("newVsClosedOk") : t("newVsClosedBad")}
          </p>
          <h4>{t("countsTitle")}</h4>
          <table className="lp-rules-table">
            <thead>
              <tr>
                <th>{t("county")}</th>
                {disposition.values.map((v) => (
                  <th key={v}>
                    <span className="lp-rules-swatch" style={{ background: CLASS_COLORS[v] }} />{" "}
                    {label(disposition, v)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.counts_by_county.map((c) => (
                <tr key={c.county_code}>
                  <td>{countyName(c.county_code)}</td>
                  {disposition.values.map((v) => (
                    <td key={v}>{c.effective[v] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="lp-rules-table" data-testid="rectification-table">
            <thead>
              <tr>
                <th>{t("mine")}</th>
                <th>{t("computed")}</th>
                <th>{t("reasons")}</th>
                <th>{t("recorded")}</th>
              </tr>
            </thead>
            <tbody>
              {data.mines.map((m) => (
                <tr key={m.id} data-class={m.effective}>
                  <td>
                    <button type="button" className="lp-rules-link" onClick={() => onLocate(m.position)}>
                      {m.mine_name}
                    </button>
                  </td>
                  <td>{cls(m.computed.class)}</td>
                  <td>{m.computed.reasons.map((r) => (locale === "zh" ? r.zh : r.en)).join("；")}</td>
                  <td title={m.disposition_doc ?? ""}>
                    {cls(m.disposition)}
                    {m.differs && <span className="lp-plan-warn"> ({t("differs")})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h4>{t("consolidation")}</h4>
      {pairs.data && pairs.data.pairs.length === 0 && <p>{t("noPairs")}</p>}
      <ul>
        {(pairs.data?.pairs ?? []).slice(0, 50).map((p) => (
          <li key={`${p.mine_a.mine_name}-${p.mine_b.mine_name}`}>
            {p.mine_a.mine_name} — {p.mine_b.mine_name}: {Math.round(p.distance_m)} m
          </li>
        ))}
      </ul>
    </div>
  );
}
