import { useState } from "react";
import { type Visibility, visibilityFromParam } from "../../map/layer-catalog.ts";
import { type Orientation, PAGE_MARGIN_MM, type Paper, pageSize, SCALES } from "./print-layout.ts";

type Locale = "zh" | "en";

/** The paper, orientation and scale of a print: from the address (?paper=A3&orientation=landscape&scale=5000), then the controls. */
export interface PrintChoice {
  paper: Paper;
  orientation: Orientation;
  /** 1:N, or null to fit the zone. */
  scale: number | null;
  /** The layers the planner had on (`?layers=`): the print map draws them and the legend lists them. */
  visibility: Visibility;
}

export function usePrintChoice(): [PrintChoice, (c: PrintChoice) => void] {
  return useState<PrintChoice>(() => {
    const q = new URLSearchParams(window.location.search);
    const scale = Number(q.get("scale"));
    return {
      paper: q.get("paper") === "A3" ? "A3" : "A4",
      orientation: q.get("orientation") === "landscape" ? "landscape" : "portrait",
      scale: Number.isInteger(scale) && scale >= 100 && scale <= 10_000_000 ? scale : null,
      visibility: visibilityFromParam(q.get("layers")),
    };
  });
}

const TEXT = {
  zh: {
    paper: "纸张",
    portrait: "纵向",
    landscape: "横向",
    scale: "比例尺",
    fit: "适合片区",
    page: (n: string, of: string) => `"第 " ${n} " 页 / 共 " ${of} " 页"`,
    unit: "编制单位",
    review: "审核",
    date: "日期",
  },
  en: {
    paper: "Paper",
    portrait: "Portrait",
    landscape: "Landscape",
    scale: "Scale",
    fit: "Fit the zone",
    page: (n: string, of: string) => `"Page " ${n} " of " ${of}`,
    unit: "Prepared by (编制单位)",
    review: "Checked by (审核)",
    date: "Date (日期)",
  },
};

/** Chooses paper (A4, A3), orientation and scale; hidden when printing. */
export function PrintControls({
  choice,
  onChange,
  fitted,
  locale,
}: {
  choice: PrintChoice;
  onChange: (c: PrintChoice) => void;
  fitted: number;
  locale: Locale;
}) {
  const t = TEXT[locale];
  return (
    <div className="lp-print-controls" data-testid="print-controls">
      <label>
        {t.paper}{" "}
        <select
          value={choice.paper}
          onChange={(e) => onChange({ ...choice, paper: e.target.value as Paper })}
        >
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </select>
      </label>
      <select
        aria-label={t.paper}
        value={choice.orientation}
        onChange={(e) => onChange({ ...choice, orientation: e.target.value as Orientation })}
      >
        <option value="portrait">{t.portrait}</option>
        <option value="landscape">{t.landscape}</option>
      </select>
      <label>
        {t.scale}{" "}
        <select
          value={choice.scale ?? ""}
          onChange={(e) => onChange({ ...choice, scale: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">
            {t.fit}（1:{fitted}）
          </option>
          {SCALES.map((s) => (
            <option key={s} value={s}>
              1:{s}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The printed page: size and orientation, margins, and the page number in the bottom margin. */
export function PageStyle({ choice, locale }: { choice: PrintChoice; locale: Locale }) {
  const css = `@page { size: ${choice.paper} ${choice.orientation}; margin: ${PAGE_MARGIN_MM}mm;
  @bottom-center { content: ${TEXT[locale].page("counter(page)", "counter(pages)")}; font-size: 9pt; } }`;
  return <style>{css}</style>;
}

/** The printable width of the page, in millimetres. */
export const printableWidth = (c: PrintChoice) => pageSize(c.paper, c.orientation)[0] - 2 * PAGE_MARGIN_MM;

/** 编制单位 / 审核 / 日期, left blank to be signed. */
export function SignatureBlock({ locale }: { locale: Locale }) {
  const t = TEXT[locale];
  return (
    <table className="lp-print-signature" data-testid="print-signature">
      <tbody>
        <tr>
          <td>{t.unit}：</td>
          <td>{t.review}：</td>
          <td>{t.date}：</td>
        </tr>
      </tbody>
    </table>
  );
}
