import type { Map as MapLibreMap } from "maplibre-gl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { Locale } from "../../i18n/locale.ts";
import { type MeasureMode, type Measurement, measurementText } from "./measure-math.ts";
import { MeasureTool } from "./measure-tool.ts";
import "./measure.css";

const TOOLS: { mode: MeasureMode; zh: string; en: string }[] = [
  { mode: "distance", zh: "测距离", en: "Distance" },
  { mode: "area", zh: "测面积", en: "Area" },
  { mode: "circle", zh: "测半径", en: "Circle radius" },
];

const HINTS: Record<MeasureMode, { zh: string; en: string }> = {
  distance: {
    zh: "单击添加点，双击或回车结束，Esc 取消",
    en: "Click to add points, double-click or Enter ends, Esc cancels",
  },
  area: {
    zh: "单击添加拐点，双击或回车结束，Esc 取消",
    en: "Click the corners, double-click or Enter ends, Esc cancels",
  },
  circle: {
    zh: "单击圆心，再单击圆周上一点，Esc 取消",
    en: "Click the centre, then a point on the circle, Esc cancels",
  },
};

interface MeasureToolbarProps {
  map: MapLibreMap | null;
  locale: Locale;
  /** Measuring on or off: the map's clicks measure instead of selecting while on. */
  onActive(active: boolean): void;
  /** More map tools in the same bar (the attribute table's button). */
  children?: ReactNode;
}

/** A small toolbar over the map: distance, area and circle radius, geodesic on CGCS2000. */
export function MeasureToolbar({ map, locale, onActive, children }: MeasureToolbarProps) {
  const [mode, setMode] = useState<MeasureMode | null>(null);
  const [result, setResult] = useState<Measurement | null>(null);
  const tool = useRef<MeasureTool | null>(null);
  const activeRef = useRef(onActive);
  activeRef.current = onActive;

  useEffect(() => {
    if (!map) return;
    const t = new MeasureTool(map, (m, r) => {
      setMode(m);
      setResult(r);
      activeRef.current(m !== null);
    });
    tool.current = t;
    return () => {
      t.destroy();
      tool.current = null;
    };
  }, [map]);

  return (
    <div className="lp-measure" data-testid="measure-toolbar">
      <div className="lp-measure-buttons">
        {TOOLS.map((t) => (
          <button
            key={t.mode}
            type="button"
            data-measure={t.mode}
            aria-pressed={mode === t.mode}
            title={`${t.zh} / ${t.en}`}
            onClick={() => (mode === t.mode ? tool.current?.cancel() : tool.current?.start(t.mode))}
          >
            {locale === "zh" ? t.zh : t.en}
          </button>
        ))}
        {children}
      </div>
      {mode && (
        <div className="lp-measure-result" data-testid="measure-result" aria-live="polite">
          {result ? (
            measurementText(result, locale).map((line) => <div key={line}>{line}</div>)
          ) : (
            <div className="lp-measure-hint">{HINTS[mode][locale]}</div>
          )}
        </div>
      )}
    </div>
  );
}
