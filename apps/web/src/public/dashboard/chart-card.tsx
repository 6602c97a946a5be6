import type { ReactNode } from "react";
import { useText } from "../../platform/use-text.ts";
import type { PlanFigure } from "../public-api.ts";
import { chartText } from "./chart-messages.ts";
import { type ChartOption, EChart } from "./echart.tsx";

interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

export interface ChartCardProps {
  id: string;
  title: string;
  option: ChartOption | null;
  /** The plan figures drawn (real ones say so, with their document). */
  figures: readonly PlanFigure[];
  /** Whether the actual figures are synthetic demo data. */
  demo: boolean;
  table: ChartTable;
  /** Headline figures shown under the chart. */
  kpi?: ReactNode;
  /** The document a register comes from, when the chart draws no plan figure of it. */
  basis?: string | null;
}

/** Distinct source documents of the figures, each once, real ones flagged. */
function documents(figures: readonly PlanFigure[]) {
  const seen = new Map<string, boolean>();
  for (const f of figures) seen.set(f.source_document, (seen.get(f.source_document) ?? true) && f.is_real);
  return [...seen];
}

/** A chart with its sources beside it and its numbers in a table (for screen readers and copying). */
export function ChartCard({ id, title, option, figures, demo, table, kpi, basis }: ChartCardProps) {
  const { t } = useText(chartText);
  return (
    <article className="lp-pub-card" data-chart={id} aria-labelledby={`chart-${id}-title`}>
      <h3 id={`chart-${id}-title`}>{title}</h3>
      {option && <EChart option={option} label={title} />}
      {kpi}
      <div className="lp-pub-sources">
        <h4>{t("source")}</h4>
        <ul>
          {documents(figures).map(([doc, real]) => (
            <li key={doc} data-real={real ? "true" : "false"}>
              <span className={real ? "lp-pub-badge lp-pub-real" : "lp-pub-badge"}>
                {real ? t("realFigure") : t("enteredFigure")}
              </span>{" "}
              {doc}
            </li>
          ))}
          {basis && !figures.some((f) => f.source_document === basis) && (
            <li data-basis="true">
              <span className="lp-pub-badge">{t("basisOf")}</span> {basis}
            </li>
          )}
          <li data-demo={demo ? "true" : "false"}>
            <span className={demo ? "lp-pub-badge lp-pub-demo" : "lp-pub-badge"}>{demo ? "DEMO" : "DB"}</span>{" "}
            {demo ? t("demoActuals") : t("dbActuals")}
          </li>
        </ul>
      </div>
      <details className="lp-pub-table" open={option === null}>
        <summary>{t("showTable")}</summary>
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed column order
                  <td key={i}>{cell ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
