import { geodesicArea } from "@lianpian/geo";
import type { Polygonal } from "../api/plan-api.ts";
import type { DrawTool } from "../draw/draw-controller.ts";
import type { OutlineProblem } from "../draw/outline-check.ts";
import type { PlanMessageKey } from "../i18n/plan-messages.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText } from "../plan-format.ts";

const TOOLS: { tool: DrawTool; label: PlanMessageKey; hint: PlanMessageKey }[] = [
  { tool: "pick", label: "pick", hint: "hintPick" },
  { tool: "polygon", label: "drawPolygon", hint: "hintPolygon" },
  { tool: "rectangle", label: "drawRectangle", hint: "hintRectangle" },
  { tool: "circle", label: "drawCircle", hint: "hintCircle" },
  { tool: "freehand", label: "drawFreehand", hint: "hintFreehand" },
  { tool: "select", label: "editVertices", hint: "hintSelect" },
  { tool: "lasso", label: "lasso", hint: "hintLasso" },
];

export interface DrawToolbarProps {
  tool: DrawTool;
  liveAreaM2: number | null;
  /** The outline on the map (what the report describes). */
  outline: Polygonal | null;
  problem: OutlineProblem | null;
  canUndo: boolean;
  canRedo: boolean;
  onTool(tool: DrawTool): void;
  onUndo(): void;
  onRedo(): void;
  onClear(): void;
}

/** Drawing tools with the chosen tool's hint, undo/redo, the live and the outline's area, the outline's problem. */
export function DrawToolbar(props: DrawToolbarProps) {
  const { t, locale } = usePlanText();
  const hint = TOOLS.find((t) => t.tool === props.tool)?.hint;
  const outlineM2 = props.outline ? geodesicArea(props.outline) : null;
  const parts = props.outline?.type === "MultiPolygon" ? props.outline.coordinates.length : 1;
  return (
    <div className="lp-plan-toolbar" role="toolbar" data-testid="draw-toolbar">
      <div className="lp-plan-row">
        {TOOLS.map(({ tool, label, hint }) => (
          <button
            key={tool}
            type="button"
            data-tool={tool}
            aria-pressed={props.tool === tool}
            title={t(hint)}
            onClick={() => props.onTool(tool)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {hint && (
        <p className="lp-plan-muted lp-plan-hint" data-testid="draw-hint">
          {t(hint)}
        </p>
      )}
      <div className="lp-plan-row">
        <button type="button" disabled={!props.canUndo} onClick={props.onUndo} title="Ctrl+Z">
          {t("undo")}
        </button>
        <button type="button" disabled={!props.canRedo} onClick={props.onRedo} title="Ctrl+Shift+Z">
          {t("redo")}
        </button>
        <button type="button" onClick={props.onClear}>
          {t("clear")}
        </button>
        {props.liveAreaM2 !== null && (
          <span data-testid="live-area">
            {t("liveArea")} {areaText(props.liveAreaM2, locale)}
          </span>
        )}
        {props.liveAreaM2 === null && outlineM2 !== null && (
          <span data-testid="outline-area" data-m2={outlineM2}>
            {t("outlineArea")} {areaText(outlineM2, locale)}
            {parts > 1 && ` · ${parts} ${t("outlineParts")}`}
          </span>
        )}
      </div>
      {props.problem && (
        <p className="lp-plan-warn" role="alert" data-testid="outline-problem">
          {t(props.problem)}
        </p>
      )}
    </div>
  );
}
