import { type FundShares, validateShareOverride, type Zone } from "@lianpian/domain";
import { useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText, pct } from "../plan-format.ts";
import { type Refusal, refusalText } from "./field-refusal.ts";
import { zm } from "./zone-messages.ts";

const BAR_COLORS = ["#1f6f8b", "#d9822b", "#5b8c3a", "#7b3fa0", "#c0392b", "#2c7fb8", "#8c6d31"];

interface Row {
  company_id: number | null;
  company_name: string;
  share_pct: number;
  damage_m2?: number;
}

/** A horizontal bar per party: the fund split at a glance. */
function SharesChart({ rows }: { rows: readonly Row[] }) {
  const height = 22;
  return (
    <svg
      className="lp-plan-chart"
      viewBox={`0 0 300 ${rows.length * height}`}
      role="img"
      aria-label="fund shares"
      data-testid="fund-shares-chart"
    >
      {rows.map((r, i) => (
        <g key={r.company_id ?? "gov"} transform={`translate(0 ${i * height})`}>
          <rect
            x="0"
            y="3"
            width={Math.max(1, r.share_pct * 2)}
            height={height - 6}
            fill={BAR_COLORS[i % 7]}
          />
          <text x={r.share_pct * 2 + 4} y={height / 2 + 4} fontSize="11">
            {pct(r.share_pct)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export interface FundSharesPanelProps {
  computed: FundShares;
  /** The saved zone, whose parties may be a planner's override. */
  zone: Zone | null;
  /** Resolves to the refusal (the shares stay in the editor), or null when saved. */
  onSave(shares: { company_id: number | null; share_pct: number }[] | undefined): Promise<Refusal | null>;
}

/**
 * Fund shares by the damage rule (table and chart); on a saved zone, the
 * override editor. The override is checked by the API's own rule
 * (validateShareOverride) before it is sent; a refusal, the rule's or the
 * server's, is said beside the sum and the typed shares stay.
 */
export function FundSharesPanel({ computed, zone, onSave }: FundSharesPanelProps) {
  const { t, locale } = usePlanText();
  const stored = zone?.parties ?? [];
  const overridden = stored.some((s) => s.is_override);
  const rows: Row[] = overridden ? stored : computed.parties;
  const [editing, setEditing] = useState<Record<string, string> | null>(null);
  const key = (id: number | null) => String(id ?? "gov");
  const sum = editing ? Object.values(editing).reduce((s, v) => s + (Number(v) || 0), 0) : 100;
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const typed = (values: Record<string, string>) =>
    rows.map((r) => ({ company_id: r.company_id, share_pct: Number(values[key(r.company_id)]) }));
  const submit = async (values: Record<string, string>) => {
    const shares = typed(values);
    const check = validateShareOverride(
      shares.map((s) => ({ companyId: s.company_id, sharePct: s.share_pct })),
    );
    if (!check.ok) {
      setRefusal({ field: "shares", zh: check.message_zh, en: check.message_en });
      return;
    }
    setBusy(true);
    const refused = await onSave(shares);
    setBusy(false);
    setRefusal(refused);
    if (!refused) setEditing(null);
  };
  const reset = async () => {
    setRefusal(await onSave(undefined));
  };

  return (
    <section className="lp-plan-shares" data-testid="fund-shares">
      <h3>
        {t("fundShares")} {overridden && <small>（{t("override")}）</small>}
      </h3>
      {rows.length === 0 ? (
        <p className="lp-plan-muted">{t("none")}</p>
      ) : (
        <>
          <table className="lp-plan-table">
            <thead>
              <tr>
                <th>{t("company")}</th>
                <th>{t("damage")}</th>
                <th>{t("share")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={key(r.company_id)}>
                  <td>{r.company_name}</td>
                  <td>{r.damage_m2 === undefined ? "—" : areaText(r.damage_m2, locale)}</td>
                  <td>
                    {editing ? (
                      <input
                        type="number"
                        step="0.001"
                        min="0"
                        max="100"
                        value={editing[key(r.company_id)] ?? ""}
                        data-testid="share-input"
                        aria-invalid={Boolean(refusal)}
                        onChange={(e) => {
                          setEditing({ ...editing, [key(r.company_id)]: e.target.value });
                          setRefusal(null);
                        }}
                      />
                    ) : (
                      pct(r.share_pct, 3)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <SharesChart rows={rows} />
        </>
      )}
      {zone && rows.length > 0 && !editing && (
        <button
          type="button"
          data-testid="shares-override"
          onClick={() =>
            setEditing(Object.fromEntries(rows.map((r) => [key(r.company_id), String(r.share_pct)])))
          }
        >
          {t("override")}
        </button>
      )}
      {zone && editing && (
        <div className="lp-plan-row">
          <span className={Math.abs(sum - 100) < 0.0005 ? "" : "lp-plan-warn"} data-testid="shares-sum">
            {t("sharesSum")} {sum.toFixed(3)}%
          </span>
          <button type="button" data-testid="shares-save" disabled={busy} onClick={() => submit(editing)}>
            {t("saveShares")}
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(null);
              setRefusal(null);
            }}
          >
            {zm("cancel", locale)}
          </button>
        </div>
      )}
      {refusal && (
        <p className="lp-plan-warn" role="alert" data-testid="refusal-shares">
          {refusalText(refusal, locale)}
        </p>
      )}
      {zone && overridden && (
        <button type="button" onClick={reset}>
          {t("resetShares")}
        </button>
      )}
    </section>
  );
}
