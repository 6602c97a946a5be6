import "./data-io.css";
import { useEffect, useRef, useState } from "react";
import { errorText, failureOf } from "../../platform/api-client.ts";
import type { PlanMessageKey } from "../i18n/plan-messages.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { EXPORT_CRS_CHOICES } from "./crs-choices.ts";
import {
  downloadName,
  EXPORT_FORMATS,
  type ExportChoice,
  type ExportFormat,
  type ExportTarget,
  exportHref,
  takesCrs,
  takesEncoding,
} from "./export-request.ts";

const FORMAT_KEY: Record<ExportFormat, PlanMessageKey> = {
  geojson: "ioFormatGeojson",
  shp: "ioFormatShp",
  gpkg: "ioFormatGpkg",
  kml: "ioFormatKml",
  csv: "ioFormatCsv",
  xlsx: "ioFormatXlsx",
  txt: "ioFormatTxt",
  "corners.xlsx": "ioFormatCorners",
};

interface ExportDialogProps {
  target: ExportTarget;
  /** What is exported, for the title ("矿山", "LP-2026-003 …"). */
  title: string;
  onClose(): void;
}

/**
 * Format, coordinate system and text encoding, then the file: fetched as a blob and saved through an
 * <a download>, so a refusal is shown here in the page's language instead of as a JSON page.
 */
export function ExportDialog({ target, title, onClose }: ExportDialogProps) {
  const { t, locale } = usePlanText();
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<ExportChoice>({
    format: "shp",
    crs: "EPSG:4490",
    prefix: false,
    encoding: "gbk",
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const formats: readonly ExportFormat[] =
    target.kind === "zone" ? [...EXPORT_FORMATS, "corners.xlsx"] : EXPORT_FORMATS;
  const set = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));

  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const href = exportHref(target, choice);
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) throw failureOf(res.status, await res.json().catch(() => ({})));
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = downloadName(res.headers.get("content-disposition"), `export.${choice.format}`);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      onClose();
    } catch (e) {
      setFailure(errorText(e, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="lp-io-dialog" data-testid="export-dialog" onClose={onClose}>
      <h3>
        {t("ioExportTitle")} · {title}
      </h3>
      <label>
        <span>{t("ioFormat")}</span>
        <select
          data-testid="export-format"
          value={choice.format}
          onChange={(e) => set({ format: e.target.value as ExportFormat })}
        >
          {formats.map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_KEY[f])}
            </option>
          ))}
        </select>
      </label>
      {takesCrs(choice.format) && (
        <label>
          <span>{t("ioCrs")}</span>
          <select data-testid="export-crs" value={choice.crs} onChange={(e) => set({ crs: e.target.value })}>
            {EXPORT_CRS_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label[locale]}
              </option>
            ))}
          </select>
        </label>
      )}
      {takesCrs(choice.format) && choice.crs === "auto-gk" && (
        <label className="lp-plan-check">
          <input
            type="checkbox"
            checked={choice.prefix}
            onChange={(e) => set({ prefix: e.target.checked })}
          />
          {t("ioZonePrefix")}
        </label>
      )}
      {choice.format === "kml" && <p className="lp-plan-muted">{t("ioKmlWgs84")}</p>}
      {choice.format === "corners.xlsx" && <p className="lp-plan-muted">{t("ioCornersNote")}</p>}
      {takesEncoding(choice.format) && (
        <label>
          <span>{t("ioEncoding")}</span>
          <select
            data-testid="export-encoding"
            value={choice.encoding}
            onChange={(e) => set({ encoding: e.target.value as ExportChoice["encoding"] })}
          >
            <option value="gbk">{t("ioEncodingGbk")}</option>
            <option value="utf-8">UTF-8</option>
          </select>
        </label>
      )}
      {failure && (
        <p className="lp-plan-warn" role="alert" data-testid="export-refusal">
          {failure}
        </p>
      )}
      <div className="lp-plan-row">
        <button type="button" data-testid="export-download" disabled={busy} onClick={download}>
          {busy ? t("ioExporting") : t("ioDownload")}
        </button>
        <button type="button" onClick={onClose}>
          {t("ioCancel")}
        </button>
      </div>
    </dialog>
  );
}
