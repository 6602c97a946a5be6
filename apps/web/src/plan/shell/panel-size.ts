/** The side panel's width in px: bounds, keyboard steps, and what is remembered between visits. */
export const PANEL = { min: 280, initial: 420, wide: 620, step: 24, max: 900 } as const;

export interface PanelState {
  width: number;
  collapsed: boolean;
}

/** At least PANEL.min; at most PANEL.max and 60 % of the window, so the map keeps room. */
export function clampWidth(width: number, viewportWidth: number): number {
  const max = Math.max(PANEL.min, Math.min(PANEL.max, Math.round(viewportWidth * 0.6)));
  return Math.round(Math.min(max, Math.max(PANEL.min, width)));
}

/** The width after a key on the resize handle (arrows step, Home/End go to the bounds), or null for other keys. */
export function widthAfterKey(width: number, key: string, viewportWidth: number): number | null {
  switch (key) {
    case "ArrowLeft":
      return clampWidth(width - PANEL.step, viewportWidth);
    case "ArrowRight":
      return clampWidth(width + PANEL.step, viewportWidth);
    case "Home":
      return clampWidth(PANEL.min, viewportWidth);
    case "End":
      return clampWidth(Number.POSITIVE_INFINITY, viewportWidth);
    default:
      return null;
  }
}

/** The remembered state (localStorage text), or the initial one when there is none or it is not ours. */
export function readPanelState(raw: string | null): PanelState {
  const initial = { width: PANEL.initial, collapsed: false };
  if (!raw) return initial;
  try {
    const value = JSON.parse(raw) as Partial<PanelState>;
    return {
      width: typeof value.width === "number" && Number.isFinite(value.width) ? value.width : initial.width,
      collapsed: value.collapsed === true,
    };
  } catch {
    return initial;
  }
}
