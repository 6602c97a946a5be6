import {
  CHECK_DAM_CONDITIONS,
  CHECK_DAM_LABELS_EN,
  CHECK_DAM_RISKS,
  CHECK_DAM_TYPES,
  JINCHENG_COUNTIES,
  type RowProblem,
} from "@lianpian/domain";
import type { Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import { useEffect, useState } from "react";
import { ApiFailure, call, errorText } from "../../platform/api-client.ts";
import { useText } from "../../platform/use-text.ts";
import { type CheckDamDraft, damBody, damProblems, EMPTY_DAM } from "./check-dam-draft.ts";
import DAM_TEXT from "./check-dam-text.json" with { type: "json" };

const VOCAB = {
  dam_type: CHECK_DAM_TYPES,
  condition: CHECK_DAM_CONDITIONS,
  risk_level: CHECK_DAM_RISKS,
} as const;

/**
 * Adds or edits one check dam: the position by a click on the map, the
 * fields checked by the shared domain rule before sending, the API's own
 * problems shown by field when it refuses.
 */
export function CheckDamForm({
  map,
  editing,
  onSaved,
  onCancel,
}: {
  map: MapLibreMap | null;
  /** The dam being edited (its id and fields), or null for a new one. */
  editing: { id: number; draft: CheckDamDraft } | null;
  /** After the write: the dam's id and where it stands. */
  onSaved(id: number, position: [number, number]): void;
  onCancel(): void;
}) {
  const { t, locale } = useText(DAM_TEXT);
  const [draft, setDraft] = useState<CheckDamDraft>(editing?.draft ?? EMPTY_DAM);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!map || !picking) return;
    const canvas = map.getCanvas();
    canvas.style.cursor = "crosshair";
    const onClick = (e: MapMouseEvent) => {
      // the county under the click (the counties tile layer), so position and county agree
      const county = map
        .queryRenderedFeatures(e.point)
        .find((f) => f.sourceLayer === "counties" && f.properties?.level === "county")?.properties?.code;
      setDraft((d) => ({
        ...d,
        lng: e.lngLat.lng.toFixed(6),
        lat: e.lngLat.lat.toFixed(6),
        county_code: typeof county === "string" ? county : d.county_code,
      }));
      setPicking(false);
    };
    map.once("click", onClick);
    return () => {
      map.off("click", onClick);
      canvas.style.cursor = "";
    };
  }, [map, picking]);

  const set = (k: keyof CheckDamDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));
  const problemOf = (field: string) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => (locale === "zh" ? p.zh : p.en))
      .join("；");

  const save = async () => {
    setFailure(null);
    const found = damProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const r = editing
        ? await call<{ id: number }>("PUT", `/api/check-dams/${editing.id}`, damBody(draft))
        : await call<{ id: number }>("POST", "/api/check-dams", damBody(draft));
      const body = damBody(draft);
      onSaved(r.id, [body.lng, body.lat]);
    } catch (error) {
      const d = error instanceof ApiFailure ? (error.details as { problems?: RowProblem[] } | null) : null;
      if (d?.problems) setProblems(d.problems);
      setFailure(errorText(error, locale));
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof CheckDamDraft, label: string, input: React.ReactNode) => (
    <div className="lp-rules-field">
      <label htmlFor={`check-dam-${k}`}>{label}</label>
      {input}
      {problemOf(k) && <em className="lp-plan-warn">{problemOf(k)}</em>}
    </div>
  );
  const text = (k: keyof CheckDamDraft, label: string, inputMode?: "decimal" | "numeric") =>
    field(
      k,
      label,
      <input id={`check-dam-${k}`} name={k} value={draft[k]} inputMode={inputMode} onChange={set(k)} />,
    );
  const choice = (k: keyof typeof VOCAB, label: string) =>
    field(
      k,
      label,
      <select id={`check-dam-${k}`} name={k} value={draft[k]} onChange={set(k)}>
        {Object.entries(VOCAB[k]).map(([v, zh]) => (
          <option key={v} value={v}>
            {locale === "zh" ? zh : (CHECK_DAM_LABELS_EN[k] as Record<string, string>)[v]}
          </option>
        ))}
      </select>,
    );

  return (
    <form
      className="lp-rules-form"
      data-testid="check-dam-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h5>{editing ? t("editTitle") : t("addTitle")}</h5>
      {text("code", t("code"))}
      {text("name_zh", t("name"))}
      {field(
        "county_code",
        t("county"),
        <select
          id="check-dam-county_code"
          name="county_code"
          value={draft.county_code}
          onChange={set("county_code")}
        >
          {JINCHENG_COUNTIES.map((c) => (
            <option key={c.code} value={c.code}>
              {locale === "zh" ? c.nameZh : c.nameEn}
            </option>
          ))}
        </select>,
      )}
      {choice("dam_type", t("type"))}
      {text("storage_wan_m3", t("storage"), "decimal")}
      {text("control_area_km2", t("controlArea"), "decimal")}
      {text("built_year", t("builtYear"), "numeric")}
      {choice("condition", t("condition"))}
      {choice("risk_level", t("risk"))}
      {text("responsible_unit", t("unit"))}
      <div className="lp-rules-field">
        <span>{t("position")}</span>
        <output data-testid="dam-position">
          {draft.lng && draft.lat ? `${draft.lng}, ${draft.lat}` : t("noPosition")}
        </output>
        <button type="button" aria-pressed={picking} onClick={() => setPicking((p) => !p)}>
          {picking ? t("clickMap") : t("pick")}
        </button>
        {problemOf("position") && <em className="lp-plan-warn">{problemOf("position")}</em>}
      </div>
      {failure && (
        <p role="alert" className="lp-plan-warn">
          {failure}
        </p>
      )}
      <div className="lp-plan-row">
        <button type="submit" disabled={busy}>
          {t("save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
