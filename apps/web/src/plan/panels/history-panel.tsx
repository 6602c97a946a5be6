import type { Zone, ZoneHistoryEntry } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";

export interface HistoryPanelProps {
  zone: Zone;
  /** Show an earlier version beside the current one on the map (null to stop). */
  onCompare(old: Zone | null): void;
  onRevert(toVersion: number): void;
}

/** Every saved version of the zone: who, when, what; compare on the map, revert. */
export function HistoryPanel({ zone, onCompare, onRevert }: HistoryPanelProps) {
  const { p, locale } = usePlanText();
  const [versions, setVersions] = useState<ZoneHistoryEntry[]>([]);
  const [comparing, setComparing] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the zone means new history
  useEffect(() => {
    let live = true;
    planApi.history(zone.id).then((v) => live && setVersions(v), console.warn);
    return () => {
      live = false;
    };
  }, [zone.id, zone.version]);

  const compare = async (version: number) => {
    if (comparing === version) {
      setComparing(null);
      onCompare(null);
      return;
    }
    setComparing(version);
    onCompare(await planApi.version(zone.id, version));
  };

  return (
    <section className="lp-plan-history" data-testid="zone-history">
      <h3>{p("history")}</h3>
      {comparing !== null && <p className="lp-plan-muted">{p("compareHint")}</p>}
      <ol>
        {versions.map((v) => (
          <li key={v.version} data-version={v.version}>
            <strong>
              {p("version")} {v.version}
            </strong>{" "}
            {v.action} · {v.changed_by} ·{" "}
            {new Date(v.changed_at).toLocaleString(locale === "zh" ? "zh-CN" : "en")}
            <br />
            <small>{v.changed_fields.join(", ")}</small>
            {v.version !== zone.version && (
              <span className="lp-plan-row">
                <button
                  type="button"
                  aria-pressed={comparing === v.version}
                  onClick={() => compare(v.version)}
                >
                  {p("compare")}
                </button>
                <button type="button" onClick={() => onRevert(v.version)}>
                  {p("revert")}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
