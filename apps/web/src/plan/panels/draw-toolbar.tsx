import type { DrawTool } from "../draw/draw-controller.ts";
import type { OutlineProblem } from "../draw/outline-check.ts";
import type { PlanMessageKey } from "../i18n/plan-messages.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText } from "../plan-format.ts";

const TOOLS: { tool: DrawTool; label: PlanMessageKey }[] = [
  { tool: "pick", label: "pick" },
  { tool: "polygon", label: "drawPolygon" },
  { tool: "rectangle", label: "drawRectangle" },
  { tool: "circle", label: "drawCircle" },
  { tool: "freehand", label: "drawFreehand" },
  { tool: "select", label: "editVertices" },
  { tool: "lasso", label: "lasso" },
];

export interface DrawToolbarProps {
  tool: DrawTool;
  liveAreaM2: number | null;
  problem: OutlineProblem | null;
  canUndo: boolean;
  canRedo: boolean;
  onTool(tool: DrawTool): void;
  onUndo(): void;
  onRedo(): void;
  onClear(): void;
}

/** Drawing tools, undo/redo, the live area and the outline's problem if any. */
export function DrawToolbar(props: DrawToolbarProps) {
  const { p, locale } = usePlanText();
  return (
    <div className="lp-plan-toolbar" role="toolbar" data-testid="draw-toolbar">
      <div className="lp-plan-row">
        {TOOLS.map(({ tool, label }) => (
          <button
            key={tool}
            type="button"
            data-tool={tool}
            aria-pressed={props.tool === tool}
            onClick={() => props.onTool(tool)}
          >
            {p(label)}
          </button>
        ))}
      </div>
      <div className="lp-plan-row">
        <button type="button" disabled={!props.canUndo} onClick={props.onUndo} title="Ctrl+Z">
          {p("undo")}
        </button>
        <button type="button" disabled={!props.canRedo} onClick={props.onRedo} title="Ctrl+Shift+Z">
          {p("redo")}
        </button>
        <button type="button" onClick={props.onClear}>
          {p("clear")}
        </button>
        {props.liveAreaM2 !== null && (
          <span data-testid="live-area">
            {p("liveArea")} {areaText(props.liveAreaM2, locale)}
          </span>
        )}
      </div>
      {props.problem && (
        <p className="lp-plan-warn" role="alert" data-testid="outline-problem">
          {p(props.problem)}
        </p>
      )}
      {props.tool !== "pick" && props.tool !== "select" && <p className="lp-plan-muted">{p("drawHint")}</p>}
    </div>
  );
}
