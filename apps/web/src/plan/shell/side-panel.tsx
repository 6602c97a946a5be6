import type { Map as MapLibreMap } from "maplibre-gl";
import { type PointerEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { clampWidth, PANEL, type PanelState, readPanelState, widthAfterKey } from "./panel-size.ts";

const STORAGE_KEY = "lianpian.plan.panel";

function remembered(): PanelState {
  try {
    return readPanelState(localStorage.getItem(STORAGE_KEY));
  } catch {
    return readPanelState(null);
  }
}

/**
 * The workspace's side panel beside the map: collapsible (the map then takes
 * the width) and resizable by dragging its edge or with the arrow keys on it;
 * both are remembered in this browser. The map is told of each change.
 */
export function SidePanel({
  wide,
  map,
  children,
}: {
  wide: boolean;
  map: MapLibreMap | null;
  children: ReactNode;
}) {
  const { t } = usePlanText();
  const [state, setState] = useState(remembered);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const viewport = () => window.innerWidth;
  const width = clampWidth(wide ? Math.max(state.width, PANEL.wide) : state.width, viewport());

  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // private mode without storage: the panel just is not remembered
    }
  }, [state]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is resized after each change of the panel
  useEffect(() => {
    map?.resize();
  }, [map, width, state.collapsed]);

  const setWidth = (next: number) => setState((s) => ({ ...s, width: next }));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(clampWidth(drag.current.width + event.clientX - drag.current.x, viewport()));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <>
      <aside
        id="lp-planner-side"
        className={wide ? "lp-planner-side lp-planner-side-wide" : "lp-planner-side"}
        style={{ width }}
        hidden={state.collapsed}
        data-testid="planner-side"
      >
        {children}
      </aside>
      <div className="lp-planner-gutter">
        <button
          type="button"
          className="lp-planner-toggle"
          data-testid="panel-toggle"
          aria-controls="lp-planner-side"
          aria-expanded={!state.collapsed}
          title={t(state.collapsed ? "panelExpand" : "panelCollapse")}
          aria-label={t(state.collapsed ? "panelExpand" : "panelCollapse")}
          onClick={() => setState((s) => ({ ...s, collapsed: !s.collapsed }))}
        >
          {state.collapsed ? "›" : "‹"}
        </button>
        {!state.collapsed && (
          // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a resize handle
          <div
            className="lp-planner-resize"
            role="separator"
            aria-orientation="vertical"
            aria-controls="lp-planner-side"
            aria-label={t("panelResize")}
            aria-valuenow={width}
            aria-valuemin={PANEL.min}
            aria-valuemax={clampWidth(Number.POSITIVE_INFINITY, viewport())}
            tabIndex={0}
            data-testid="panel-resize"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onKeyDown={(event) => {
              const next = widthAfterKey(width, event.key, viewport());
              if (next === null) return;
              event.preventDefault();
              setWidth(next);
            }}
          />
        )}
      </div>
    </>
  );
}
