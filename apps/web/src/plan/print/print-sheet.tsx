import { useMemo } from "react";
import { LAYER_GROUPS, type Visibility } from "../../map/layer-catalog.ts";
import { LEGENDS } from "../../map/legends.ts";
import type { LegendSwatch } from "../../map/style/style-types.ts";
import type { Polygonal } from "../api/plan-api.ts";
import { frameGrid } from "./print-grid.ts";
import { scaleBar } from "./print-layout.ts";
import { PrintMap, type PrintView } from "./print-map.tsx";
import "./print-sheet.css";

type Locale = "zh" | "en";
const TEXT = {
  zh: {
    scale: "比例尺",
    legend: "图例",
    zoneOutline: "本片区范围",
    crs: "坐标系",
    gk: (zone: number, srid: number) => `CGCS2000 高斯-克吕格 3° 带 第 ${zone} 带（EPSG:${srid}），格网 `,
    review: "审图号",
    source:
      "数据来源：连片矿山生态修复信息系统（矿山、隐患点、沉陷区、片区等业务数据库）；底图：离线矢量底图",
    date: "制图日期",
  },
  en: {
    scale: "Scale",
    legend: "Legend",
    zoneOutline: "This zone",
    crs: "CRS",
    gk: (zone: number, srid: number) => `CGCS2000 Gauss-Krüger 3° zone ${zone} (EPSG:${srid}), grid `,
    review: "Map review no.",
    source:
      "Data source: Lianpian mine restoration database (mines, hazards, subsidence, zones); base: offline vector map",
    date: "Mapped on",
  },
};

function Swatch({ s }: { s: LegendSwatch }) {
  if (s.shape === "fill")
    return (
      <rect
        x="1"
        y="3"
        width="16"
        height="10"
        fill={s.fill}
        stroke={s.stroke ?? "none"}
        opacity={s.opacity}
      />
    );
  if (s.shape === "line")
    return (
      <line
        x1="1"
        y1="8"
        x2="17"
        y2="8"
        stroke={s.stroke}
        strokeWidth={s.width}
        strokeDasharray={s.dash ? "3 2" : undefined}
      />
    );
  if (s.shape === "circle")
    return <circle cx="9" cy="8" r={Math.min(6, s.radius)} fill={s.fill} stroke={s.stroke} />;
  if (s.shape === "ring")
    return <circle cx="9" cy="8" r={Math.min(6, s.radius)} fill="none" stroke={s.stroke} />;
  return <rect x="1" y="3" width="16" height="10" fill={s.stops[Math.floor(s.stops.length / 2)] ?? "#888"} />;
}

/** The legend of the layers the print map draws (those the planner had on), plus the zone's own outline. */
function PrintLegend({ visibility, locale }: { visibility: Visibility; locale: Locale }) {
  const groups = LAYER_GROUPS.filter((g) => visibility[g.id]);
  return (
    <section className="lp-print-legend" data-testid="print-legend">
      <h3>{TEXT[locale].legend}</h3>
      <ul>
        <li>
          <svg width="18" height="16" aria-hidden="true">
            <rect
              x="1"
              y="3"
              width="16"
              height="10"
              fill="#1f6f8b"
              fillOpacity="0.2"
              stroke="#1f6f8b"
              strokeWidth="2"
            />
          </svg>
          {TEXT[locale].zoneOutline}
        </li>
        {groups.map((g) => (
          <li key={g.id} className="lp-print-legend-group">
            <strong>{g.title[locale]}</strong>
            {LEGENDS[g.id]
              .flatMap((section) => section.items)
              .slice(0, 4)
              .map((item) => (
                <span key={item.label.zh} className="lp-print-legend-item">
                  <svg width="18" height="16" aria-hidden="true">
                    <Swatch s={item.swatch} />
                  </svg>
                  {item.label[locale]}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function NorthArrow() {
  return (
    <svg
      className="lp-print-north"
      width="34"
      height="48"
      viewBox="0 0 34 48"
      data-testid="print-north-arrow"
    >
      <title>指北针 North</title>
      <text x="17" y="12" textAnchor="middle" fontSize="13" fontWeight="bold">
        N
      </text>
      <polygon points="17,15 27,45 17,37" fill="#111" />
      <polygon points="17,15 7,45 17,37" fill="#fff" stroke="#111" />
    </svg>
  );
}

function ScaleBar({ scale, locale }: { scale: number; locale: Locale }) {
  const bar = scaleBar(scale);
  const px = (bar.mm * 96) / 25.4;
  return (
    <div className="lp-print-scalebar" data-testid="print-scale-bar">
      <svg width={px + 50} height="26" aria-hidden="true">
        <rect x="10" y="4" width={px / 2} height="5" fill="#111" stroke="#111" />
        <rect x={10 + px / 2} y="4" width={px / 2} height="5" fill="#fff" stroke="#111" />
        <text x="10" y="22" fontSize="10" textAnchor="middle">
          0
        </text>
        <text x={10 + px} y="22" fontSize="10" textAnchor="middle">
          {bar.label}
        </text>
      </svg>
      <div>
        {TEXT[locale].scale} 1:{scale.toLocaleString("en-US").replace(/,/g, " ")}
      </div>
    </div>
  );
}

/**
 * The first printed page: the zone's map at 1:N in a frame with CGCS2000 GK
 * tick marks and their coordinates, a north arrow and a scale bar in it, and
 * below it the legend, the CRS, the 审图号 (when set), data source and date.
 */
export function PrintSheet({
  outline,
  view,
  scale,
  reviewNumber,
  visibility,
  locale,
}: {
  outline: Polygonal;
  view: PrintView;
  scale: number;
  reviewNumber: string | null;
  visibility: Visibility;
  locale: Locale;
}) {
  const grid = useMemo(() => frameGrid(view.center, view.zoom, view.width, view.height), [view]);
  const t = TEXT[locale];
  const tickStyle = (edge: string, at: number) =>
    edge === "top" || edge === "bottom" ? { left: `${at}px` } : { top: `${at}px` };
  return (
    <section className="lp-print-sheet">
      <div className="lp-print-frame" style={{ width: `${view.width}px`, height: `${view.height}px` }}>
        <PrintMap
          key={`${view.zoom}-${view.width}-${view.height}`}
          outline={outline}
          view={view}
          visibility={visibility}
        />
        <svg className="lp-print-ticks" width={view.width} height={view.height} aria-hidden="true">
          <rect
            x="0"
            y="0"
            width={view.width}
            height={view.height}
            fill="none"
            stroke="#111"
            strokeWidth="1.5"
          />
          {grid.ticks.map((tk) => {
            const [x1, y1, x2, y2] =
              tk.edge === "top"
                ? [tk.at, 0, tk.at, 10]
                : tk.edge === "bottom"
                  ? [tk.at, view.height, tk.at, view.height - 10]
                  : tk.edge === "left"
                    ? [0, tk.at, 10, tk.at]
                    : [view.width, tk.at, view.width - 10, tk.at];
            return <line key={`${tk.edge}-${tk.label}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#111" />;
          })}
        </svg>
        {grid.ticks.map((tk) => (
          <span
            key={`${tk.edge}-${tk.label}`}
            className={`lp-print-tick lp-print-tick-${tk.edge}`}
            style={tickStyle(tk.edge, tk.at)}
          >
            {tk.label}
          </span>
        ))}
        <NorthArrow />
        <ScaleBar scale={scale} locale={locale} />
      </div>
      <div className="lp-print-under">
        <PrintLegend visibility={visibility} locale={locale} />
        <section className="lp-print-meta" data-testid="print-meta">
          <p>
            {t.crs}：{t.gk(grid.zone, grid.srid)}
            {grid.interval} m
          </p>
          {reviewNumber && (
            <p data-testid="print-review-number">
              {t.review}：{reviewNumber}
            </p>
          )}
          <p>{t.source}</p>
          <p>
            {t.date}：{new Date().toISOString().slice(0, 10)}
          </p>
        </section>
      </div>
    </section>
  );
}
