import type { Label } from "@lianpian/domain";
import type { Map as MapLibreMap } from "maplibre-gl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { Locale } from "../../i18n/locale.ts";
import { type MeasureMode, type Measurement, measurementText } from "./measure-math.ts";
import { MeasureTool } from "./measure-tool.ts";
import MEASURE_TEXT from "./measure-toolbar.text.json" with { type: "json" };
import "./measure.css";

/** The tools in the order of their buttons; their names and hints are in measure-toolbar.text.json. */
const MODES: readonly MeasureMode[] = ["distance", "area", "circle"];
const TEXT: Record<"tools" | "hints", Record<MeasureMode, Label>> = MEASURE_TEXT;

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
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            data-measure={m}
            aria-pressed={mode === m}
            title={`${TEXT.tools[m].zh} / ${TEXT.tools[m].en}`}
            onClick={() => (mode === m ? tool.current?.cancel() : tool.current?.start(m))}
          >
            {TEXT.tools[m][locale]}
          </button>
        ))}
        {children}
      </div>
      {mode && (
        <div className="lp-measure-result" data-testid="measure-result" aria-live="polite">
          {result ? (
            measurementText(result, locale).map((line) => <div key={line}>{line}</div>)
          ) : (
            <div className="lp-measure-hint">{TEXT.hints[mode][locale]}</div>
          )}
        </div>
      )}
    </div>
  );
}
