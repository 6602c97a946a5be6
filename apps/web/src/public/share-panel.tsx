import { useState } from "react";
import { type ChartTextKey, chartText } from "./dashboard/chart-messages.ts";
import { usePublicText } from "./public-messages.ts";
import { embedQuery, PUBLIC_CHARTS, type PublicChart, type PublicView, viewQuery } from "./url-state.ts";

const CHART_TITLE: Record<PublicChart, ChartTextKey> = {
  subsidence: "subsidenceTitle",
  swc: "swcTitle",
  green: "greenTitle",
  zones: "zonesTitle",
  hazards: "hazardsTitle",
};

/** The link of the current view and an iframe snippet of the same view (map or one chart). */
export function SharePanel({ view }: { view: PublicView }) {
  const { t, locale } = usePublicText();
  const [chart, setChart] = useState<PublicChart | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const base = `${window.location.origin}/public`;
  const link = base + viewQuery({ ...view, embed: false });
  const embed = base + embedQuery(view, chart);
  const snippet = `<iframe src="${embed}" width="100%" height="520" style="border:0" loading="lazy" title="连片 Lianpian"></iframe>`;
  const copy = (what: string, text: string) =>
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null),
    );

  return (
    <details className="lp-pub-share">
      <summary>{t("share")}</summary>
      <label>
        {t("shareLink")}
        <input readOnly value={link} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="lp-pub-secondary" onClick={() => copy("link", link)}>
        {copied === "link" ? t("copied") : t("copy")}
      </button>
      <label>
        {t("embedCode")}
        <select
          value={chart ?? ""}
          onChange={(e) => setChart((e.currentTarget.value || null) as PublicChart | null)}
        >
          <option value="">{t("tabMap")}</option>
          {PUBLIC_CHARTS.map((c) => (
            <option key={c} value={c}>
              {chartText[CHART_TITLE[c]][locale]}
            </option>
          ))}
        </select>
        <textarea readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="lp-pub-secondary" onClick={() => copy("embed", snippet)}>
        {copied === "embed" ? t("copied") : t("copy")}
      </button>
    </details>
  );
}
