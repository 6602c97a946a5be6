import {
  compareZoneVersions,
  historyActionLabel,
  type Zone,
  type ZoneFieldChange,
  type ZoneHistoryEntry,
  zoneFieldTitle,
} from "@lianpian/domain";
import { useEffect, useState } from "react";
import { formatDateTime } from "../../platform/format.ts";
import { planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import TEXT from "./history-panel.text.json" with { type: "json" };

export interface HistoryPanelProps {
  zone: Zone;
  /** Show an earlier version beside the current one on the map (null to stop). */
  onCompare(old: Zone | null): void;
  onRevert(toVersion: number): void;
}

/** Every saved version of the zone: who, when, what (in the form's words); compare any two; revert after asking. */
export function HistoryPanel({ zone, onCompare, onRevert }: HistoryPanelProps) {
  const { t, locale } = usePlanText();
  const h = (k: keyof typeof TEXT) => TEXT[k][locale];
  const [versions, setVersions] = useState<ZoneHistoryEntry[]>([]);
  const [comparing, setComparing] = useState<number | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [changes, setChanges] = useState<ZoneFieldChange[] | null>(null);
  const [asking, setAsking] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the zone means new history
  useEffect(() => {
    let live = true;
    planApi.history(zone.id).then((v) => live && setVersions(v), console.warn);
    return () => {
      live = false;
    };
  }, [zone.id, zone.version]);

  useEffect(() => {
    if (!pair) return setChanges(null);
    let live = true;
    Promise.all([planApi.version(zone.id, pair.from), planApi.version(zone.id, pair.to)]).then(([a, b]) => {
      if (!live) return;
      setChanges(compareZoneVersions(a, b, locale));
      onCompare(a);
    }, console.warn);
    return () => {
      live = false;
    };
  }, [pair, zone.id, locale, onCompare]);

  const compare = async (version: number) => {
    if (comparing === version) {
      setComparing(null);
      onCompare(null);
      return;
    }
    setComparing(version);
    onCompare(await planApi.version(zone.id, version));
  };
  const numbers = versions.map((v) => v.version);

  return (
    <section className="lp-plan-history" data-testid="zone-history">
      <h3>{t("history")}</h3>
      {comparing !== null && <p className="lp-plan-muted">{t("compareHint")}</p>}
      {numbers.length > 1 && (
        <div className="lp-plan-row" data-testid="history-compare">
          {h("compareTwo")}：{h("from")}
          <select
            aria-label={h("from")}
            value={pair?.from ?? ""}
            onChange={(e) =>
              setPair(e.target.value ? { from: Number(e.target.value), to: pair?.to ?? zone.version } : null)
            }
          >
            <option value="">—</option>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          {h("to")}
          <select
            aria-label={h("to")}
            value={pair?.to ?? zone.version}
            onChange={(e) => pair && setPair({ ...pair, to: Number(e.target.value) })}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
      {changes && (
        <table className="lp-plan-compare" data-testid="history-diff">
          <thead>
            <tr>
              <th>{h("field")}</th>
              <th>
                {t("version")} {pair?.from}
              </th>
              <th>
                {t("version")} {pair?.to}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.length === 0 && (
              <tr>
                <td colSpan={3}>{h("noChange")}</td>
              </tr>
            )}
            {changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{c.label}</th>
                <td>{c.before}</td>
                <td>{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ol>
        {versions.map((v) => (
          <li key={v.version} data-version={v.version}>
            <strong>
              {t("version")} {v.version}
            </strong>{" "}
            {historyActionLabel[v.action]?.[locale] ?? v.action} · {v.changed_by} ·{" "}
            {formatDateTime(v.changed_at, locale)}
            <br />
            <small>{v.changed_fields.map((f) => zoneFieldTitle(f, locale)).join("、")}</small>
            {v.note?.document_no && (
              <small>
                {" "}
                · {h("document")} {v.note.document_no}（{v.note.document_date}）
              </small>
            )}
            {v.note?.reason && (
              <small>
                {" "}
                · {h("reason")}：{v.note.reason}
              </small>
            )}
            {v.version !== zone.version && (
              <span className="lp-plan-row">
                <button
                  type="button"
                  aria-pressed={comparing === v.version}
                  onClick={() => compare(v.version)}
                >
                  {t("compare")}
                </button>
                {asking === v.version ? (
                  <>
                    <span role="alert">{h("confirmRevert").replace("{v}", String(v.version))}</span>
                    <button
                      type="button"
                      onClick={() => {
                        setAsking(null);
                        onRevert(v.version);
                      }}
                    >
                      {h("yes")}
                    </button>
                    <button type="button" onClick={() => setAsking(null)}>
                      {h("no")}
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => setAsking(v.version)}>
                    {t("revert")}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
