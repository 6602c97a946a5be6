import { useId } from "react";
import type { LegendSwatch as Swatch } from "../map/style/style-types.ts";

const W = 28;
const H = 16;

/** A legend symbol drawn in SVG from the same constants as the map style. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  const hatchId = useId();
  if (swatch.shape === "gradient") {
    return (
      <span
        className="lp-swatch lp-swatch-gradient"
        style={{ background: `linear-gradient(to right, ${swatch.stops.join(", ")})` }}
        aria-hidden
      />
    );
  }
  return (
    <svg className="lp-swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden>
      {swatch.shape === "fill" && (
        <>
          {swatch.hatch && (
            <defs>
              <pattern
                id={hatchId}
                width="5"
                height="5"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <line x1="0" y1="0" x2="0" y2="5" stroke={swatch.stroke ?? "#5a2a10"} strokeWidth="1.6" />
              </pattern>
            </defs>
          )}
          <rect
            x="1"
            y="1"
            width={W - 2}
            height={H - 2}
            rx="2"
            fill={swatch.fill}
            fillOpacity={swatch.opacity ?? 0.8}
            stroke={swatch.stroke ?? "none"}
            strokeWidth="1.5"
          />
          {swatch.hatch && <rect x="1" y="1" width={W - 2} height={H - 2} rx="2" fill={`url(#${hatchId})`} />}
        </>
      )}
      {swatch.shape === "line" && (
        <>
          {swatch.casing && (
            <line
              x1="2"
              y1={H / 2}
              x2={W - 2}
              y2={H / 2}
              stroke={swatch.casing}
              strokeWidth={swatch.width + 2}
            />
          )}
          <line
            x1="2"
            y1={H / 2}
            x2={W - 2}
            y2={H / 2}
            stroke={swatch.stroke}
            strokeWidth={swatch.width}
            strokeDasharray={swatch.dash ? "4 3" : undefined}
          />
        </>
      )}
      {swatch.shape === "circle" && (
        <circle
          cx={W / 2}
          cy={H / 2}
          r={swatch.radius}
          fill={swatch.fill}
          stroke={swatch.stroke}
          strokeWidth={swatch.strokeWidth ?? 1}
        />
      )}
      {swatch.shape === "ring" && (
        <circle
          cx={W / 2}
          cy={H / 2}
          r={swatch.radius}
          fill={swatch.stroke}
          fillOpacity="0.18"
          stroke={swatch.stroke}
          strokeWidth="2.5"
        />
      )}
    </svg>
  );
}
