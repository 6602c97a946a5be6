import {
  CHECK_DAM_CONDITIONS,
  CHECK_DAM_RISKS,
  CHECK_DAM_TYPES,
  type CheckDamBody,
  JINCHENG_COUNTIES,
} from "@lianpian/domain";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useState } from "react";
import { useText } from "../../platform/use-text.ts";
import { type CheckDamDraft, draftOf } from "./check-dam-draft.ts";
import { CheckDamForm } from "./check-dam-form.tsx";
import DAM_TEXT from "./check-dam-text.json" with { type: "json" };
import RULES_TEXT from "./rules-text.json" with { type: "json" };
import { useJson } from "./use-json.ts";

interface Dam extends Omit<CheckDamBody, "lng" | "lat"> {
  id: number;
  position: [number, number];
}
interface Swc {
  counties: {
    county_code: string;
    records: { year: number; rate_pct: number }[];
    target_2025: number | null;
    target_2035: number | null;
  }[];
}
interface Green {
  counties: { county_code: string; producing: number; green: number; rate_pct: number | null }[];
  goal_2025: { value: number } | null;
}

/**
 * The Jincheng registers: swc and green-mine rates per county against their
 * targets, and the check dams (drawn by the map's check_dams tile layer) with
 * the form that adds or edits one.
 */
export function RegistersView({
  map,
  onLocate,
}: {
  map: MapLibreMap | null;
  onLocate(p: [number, number]): void;
}) {
  const { t, locale } = useText(RULES_TEXT);
  const [written, setWritten] = useState(0);
  const [form, setForm] = useState<{ id: number; draft: CheckDamDraft } | "new" | null>(null);
  const dams = useJson<{ dams: Dam[] }>("/api/check-dams", written);
  const swc = useJson<Swc>("/api/registers/swc-rates");
  const green = useJson<Green>("/api/registers/green-mines?year=2025");
  const county = (code: string) => {
    const c = JINCHENG_COUNTIES.find((x) => x.code === code);
    return c ? (locale === "zh" ? c.nameZh : c.nameEn) : code;
  };
  const greenBy = new Map((green.data?.counties ?? []).map((g) => [g.county_code, g]));
  const goal = green.data?.goal_2025?.value ?? null;
  return (
    <div className="lp-rules" data-testid="rules-registers">
      <table className="lp-rules-table" data-testid="rates-table">
        <thead>
          <tr>
            <th>{t("county")}</th>
            <th>{t("swcRate")}</th>
            <th>2025</th>
            <th>2035</th>
            <th>
              {t("greenRate")} ({t("goal2025")} {goal ?? "—"} %)
            </th>
          </tr>
        </thead>
        <tbody>
          {(swc.data?.counties ?? []).map((c) => {
            const last = c.records.at(-1);
            const g = greenBy.get(c.county_code);
            return (
              <tr key={c.county_code}>
                <td>{county(c.county_code)}</td>
                <td>{last ? `${last.rate_pct} % (${last.year})` : "—"}</td>
                <td>{c.target_2025 ?? "—"}</td>
                <td>{c.target_2035 ?? "—"}</td>
                <td className={g && goal !== null && (g.rate_pct ?? 0) < goal ? "lp-plan-warn" : undefined}>
                  {g ? `${g.rate_pct ?? 0} % (${g.green}/${g.producing})` : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>
        {t("checkDams")}{" "}
        <button type="button" onClick={() => setForm("new")} disabled={form !== null}>
          {DAM_TEXT.add[locale]}
        </button>
      </h4>
      {form !== null && (
        <CheckDamForm
          key={form === "new" ? "new" : form.id}
          map={map}
          editing={form === "new" ? null : form}
          onSaved={(_id, position) => {
            setForm(null);
            setWritten((n) => n + 1);
            onLocate(position);
          }}
          onCancel={() => setForm(null)}
        />
      )}
      {dams.data && dams.data.dams.length === 0 && <p>{t("noDams")}</p>}
      <table className="lp-rules-table" data-testid="dams-table">
        <tbody>
          {(dams.data?.dams ?? []).map((d) => (
            <tr key={d.id}>
              <td>
                <button type="button" className="lp-rules-link" onClick={() => onLocate(d.position)}>
                  {d.code} {d.name_zh}
                </button>
              </td>
              <td>{county(d.county_code)}</td>
              <td>{locale === "zh" ? CHECK_DAM_TYPES[d.dam_type] : d.dam_type}</td>
              <td>{d.storage_wan_m3} 万m³</td>
              <td>{locale === "zh" ? CHECK_DAM_CONDITIONS[d.condition] : d.condition}</td>
              <td>{locale === "zh" ? CHECK_DAM_RISKS[d.risk_level] : d.risk_level}</td>
              <td>{d.responsible_unit}</td>
              <td>
                <button
                  type="button"
                  className="lp-rules-link"
                  onClick={() => setForm({ id: d.id, draft: draftOf(d) })}
                >
                  {DAM_TEXT.edit[locale]}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
