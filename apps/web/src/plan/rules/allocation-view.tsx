import { mineral, miningMethod, NON_COAL_MINERALS, scaleClass } from "@lianpian/domain";
import { useState } from "react";
import { call, errorText } from "../../platform/api-client.ts";
import { DataTable } from "../../platform/data-table.tsx";
import { useText } from "../../platform/use-text.ts";
import { ALLOC_TEXT, OVERLAP_KIND } from "./allocation-text.ts";
import { outlineOfGeoJson, type Polygonal } from "./outline-file.ts";
import { useJson } from "./use-json.ts";

interface CheckReply {
  ok: boolean;
  production_class: string | null;
  reasons: { code: string; zh: string; en: string }[];
  overlaps: { kind: string; id: number; name_zh: string; overlap_m2: number; overlap_mu: number }[];
}

const fmt = (v: number, d: number) => (Math.round(v * 10 ** d) / 10 ** d).toLocaleString("zh-CN");

/**
 * 配置新设 (Zezhou plan): the outline drawn in the planner (or a GeoJSON
 * file) checked as a proposed licence area — overlaps with protected areas,
 * key infrastructure, other licences and planned zones in m² and 亩, the
 * medium-scale rule, and the running count of new sites against closed ones.
 */
export function AllocationView({ outline }: { outline: Polygonal | null }) {
  const { t, locale } = useText(ALLOC_TEXT);
  const [fromFile, setFromFile] = useState<{ name: string; geometry: Polygonal } | null>(null);
  const [fileBad, setFileBad] = useState(false);
  const [form, setForm] = useState({
    mineral: "bauxite",
    method: "open_pit",
    deposit: "medium",
    production: "30",
  });
  const [reply, setReply] = useState<CheckReply | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const counts = useJson<{ new_vs_closed: { new: number; closed: number; ok: boolean } }>(
    "/api/rectification/mines",
  );
  const geometry = fromFile?.geometry ?? outline;
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const check = async () => {
    if (!geometry) return;
    setFailure(null);
    try {
      setReply(
        await call<CheckReply>("POST", "/api/rectification/allocation-check", {
          mineral: form.mineral,
          mining_method: form.method,
          deposit_scale: form.deposit,
          production_scale: Number(form.production),
          production_unit: form.mineral === "construction_stone" ? "万m3/a" : "万t/a",
          geometry,
        }),
      );
    } catch (error) {
      setReply(null);
      setFailure(errorText(error, locale));
    }
  };
  const nvc = counts.data?.new_vs_closed;
  const label = (v: { labels: Record<string, { zh: string; en: string }> }, k: string) =>
    v.labels[k]?.[locale] ?? k;

  return (
    <div className="lp-rules" data-testid="rules-allocation">
      <p>{t("scaleRule")}</p>
      <div className="lp-rules-field">
        <span>{t("source")}</span>
        <output data-testid="allocation-source">
          {fromFile ? `${t("fromFile")}: ${fromFile.name}` : outline ? t("drawn") : t("noDrawn")}
        </output>
      </div>
      <div className="lp-rules-field">
        <label htmlFor="allocation-file">{t("file")}</label>
        <input
          id="allocation-file"
          type="file"
          accept=".geojson,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return setFromFile(null);
            const g = outlineOfGeoJson(await file.text());
            setFileBad(g === null);
            setFromFile(g ? { name: file.name, geometry: g } : null);
          }}
        />
        {fileBad && <em className="lp-plan-warn">{t("fileBad")}</em>}
      </div>
      {(
        [
          ["mineral", t("mineral"), NON_COAL_MINERALS.map((k) => [k, label(mineral, k)])],
          ["method", t("method"), miningMethod.values.map((k) => [k, label(miningMethod, k)])],
          ["deposit", t("deposit"), scaleClass.values.map((k) => [k, label(scaleClass, k)])],
        ] as const
      ).map(([k, name, options]) => (
        <div className="lp-rules-field" key={k}>
          <label htmlFor={`allocation-${k}`}>{name}</label>
          <select id={`allocation-${k}`} value={form[k]} onChange={set(k)}>
            {options.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="lp-rules-field">
        <label htmlFor="allocation-production">
          {t("production")} ({form.mineral === "construction_stone" ? "万m³/a" : "万t/a"})
        </label>
        <input
          id="allocation-production"
          inputMode="decimal"
          value={form.production}
          onChange={set("production")}
        />
      </div>
      <button type="button" disabled={!geometry} onClick={() => void check()}>
        {t("check")}
      </button>
      {failure && (
        <p role="alert" className="lp-plan-warn">
          {failure}
        </p>
      )}
      {reply && (
        <div data-testid="allocation-result">
          <p className={reply.ok ? "lp-plan-ok" : "lp-plan-warn"}>
            {reply.ok ? t("allowed") : t("refused")} · {t("productionClass")}:{" "}
            {reply.production_class ? label(scaleClass, reply.production_class) : "—"}
          </p>
          <ul>
            {reply.reasons.map((r) => (
              <li key={r.code}>{locale === "zh" ? r.zh : r.en}</li>
            ))}
          </ul>
          <h5>{t("overlaps")}</h5>
          <DataTable
            empty={<p>{t("noOverlaps")}</p>}
            className="lp-rules-table"
            data-testid="allocation-overlaps"
            rows={reply.overlaps}
            rowKey={(o) => `${o.kind}-${o.id}`}
            columns={[
              { head: t("kind"), cell: (o) => OVERLAP_KIND[o.kind]?.[locale] ?? o.kind },
              { head: t("name"), cell: (o) => o.name_zh },
              { head: "m²", cell: (o) => fmt(o.overlap_m2, 0) },
              { head: "亩", cell: (o) => fmt(o.overlap_mu, 2) },
            ]}
          />
        </div>
      )}
      {nvc && (
        <p data-testid="allocation-running" className={nvc.ok ? "lp-plan-ok" : "lp-plan-warn"}>
          {t("runningCount")}: {nvc.new} / {nvc.closed}
          {reply?.ok && ` · ${t("ifApproved")}: ${nvc.new + 1} / ${nvc.closed}`}
        </p>
      )}
    </div>
  );
}
