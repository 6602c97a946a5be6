import { decisionLabel, type ZoneGovernance } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { call } from "../../platform/api-client.ts";
import { DataTable } from "../../platform/data-table.tsx";
import { formatDateTime } from "../../platform/format.ts";
import { useText } from "../../platform/use-text.ts";
import TEXT from "./zone-print-decisions.text.json" with { type: "json" };

/** The print report's record of decisions (who, when, which document) and aftercare. */
export function ZonePrintDecisions({ zoneId }: { zoneId: number }) {
  const { t, locale } = useText(TEXT);
  const [gov, setGov] = useState<ZoneGovernance | null>(null);

  useEffect(() => {
    call<ZoneGovernance>("GET", `/api/zones/${zoneId}/governance`).then(setGov, console.warn);
  }, [zoneId]);

  if (!gov || gov.decisions.length === 0) return null;
  return (
    <>
      <h2>{t("title")}</h2>
      <DataTable
        className="lp-plan-table"
        data-testid="print-decisions"
        rows={gov.decisions}
        rowKey={(d) => d.id}
        columns={[
          { head: t("kind"), cell: (d) => decisionLabel[d.kind][locale] },
          { head: t("document"), cell: (d) => d.document_no ?? d.reason ?? "" },
          { head: t("date"), cell: (d) => d.document_date ?? "" },
          { head: t("by"), cell: (d) => `${d.decided_by} (${d.decided_by_role})` },
          { head: t("at"), cell: (d) => formatDateTime(d.decided_at, locale) },
        ]}
      />
      {gov.aftercare.length > 0 && (
        <>
          <h2>{t("aftercare")}</h2>
          <ul>
            {gov.aftercare.map((r) => (
              <li key={r.id}>
                {r.kind === "inspection"
                  ? `${r.inspected_on} · ${r.condition} · ${r.notes ?? ""}`
                  : `${r.responsible_unit} · ${r.period_start} – ${r.period_end ?? ""}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
