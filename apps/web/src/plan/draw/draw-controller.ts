import { geodesicArea } from "@lianpian/geo";
import type { Polygon } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import {
  type GeoJSONStoreFeatures,
  type SnapToCustom,
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawFreehandMode,
  TerraDrawModeUndoRedo,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  TerraDrawUndoRedoKeyboardShortcuts,
} from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import { dragProblem, type OutlineProblem, outlineProblem } from "./outline-check.ts";
import {
  type Outline,
  type OutlineHistory,
  outlineOf,
  partsOf,
  record,
  redo,
  startHistory,
  undo,
} from "./outline-history.ts";
import { snapToRendered } from "./snap-to-rendered.ts";

/** The tools of the planner's toolbar. `pick` hands clicks back to the map (feature selection). */
export type DrawTool = "polygon" | "rectangle" | "circle" | "freehand" | "select" | "lasso" | "pick";

export interface DrawEvents {
  /** The outline on the map after a drawing, an edit, an undo or a redo (several parts: a MultiPolygon). */
  onOutline(outline: Outline): void;
  /** Area in m² of the shape being drawn, while drawing. */
  onLiveArea(areaM2: number | null): void;
  onProblem(problem: OutlineProblem | null): void;
  /** A lasso was closed: select what it encloses. */
  onLasso(polygon: Polygon): void;
  onHistory(canUndo: boolean, canRedo: boolean): void;
}

const SNAP_RADIUS_PX = 12;
const OUTLINE_MODES = ["polygon", "rectangle", "circle", "freehand"];
const isMapLayer = (id: string) => !id.startsWith("td") && !id.startsWith("plan-overlay");
type Check = (
  feature: GeoJSONStoreFeatures,
  context: { updateType: string },
) => { valid: boolean; reason?: string };

/**
 * terra-draw on the planner's map: the outline modes (rectangle, circle and
 * freehand by drag or by clicks), vertex editing part by part with midpoints,
 * a lasso, snapping to rendered features, and the outline checks. Undo/redo
 * while drawing is terra-draw's (a vertex at a time); otherwise it is the
 * outline's own history (outline-history.ts), a whole outline per step, so
 * the map, the outline and the report agree after every step.
 */
export class DrawController {
  private readonly draw: TerraDraw;
  private history: OutlineHistory = startHistory(null);
  /** The outline last handed out, so the one coming back from the session is not loaded again. */
  private emitted: Outline = null;
  private blockedInDrag = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly events: DrawEvents,
  ) {
    const toCustom: SnapToCustom = (event) =>
      snapToRendered(map, { x: event.containerX, y: event.containerY }, SNAP_RADIUS_PX, isMapLayer);
    // terra-draw's UpdateTypes (the enum is not exported): "provisional" while a vertex is dragged, "finish" at the end
    const validation: Check = (feature, { updateType }) => {
      if (updateType !== "finish") return { valid: true };
      const problem = outlineProblem(feature);
      events.onProblem(problem);
      return problem ? { valid: false, reason: problem } : { valid: true };
    };
    const editValidation: Check = (feature, context) => {
      if (context.updateType !== "provisional") return validation(feature, context);
      const problem = dragProblem(feature);
      if (problem) {
        this.blockedInDrag = true;
        events.onProblem(problem);
        return { valid: false, reason: problem };
      }
      return { valid: true };
    };
    const outline = {
      fillColor: "#1f6f8b",
      outlineColor: "#1f6f8b",
      fillOpacity: 0.2,
      outlineWidth: 2,
    } as const;
    const editable = {
      feature: {
        draggable: true,
        // the drag reaches editValidation, which says why the vertex stops
        selfIntersectable: true,
        validation: editValidation,
        coordinates: { midpoints: true, draggable: true, deletable: true, snappable: { toCustom } },
      },
    };
    const byDrag = "click-move-or-drag" as const;
    this.draw = new TerraDraw({
      // a drag draws from where it started to within 3 px (terra-draw's default waits 8 px before a drag starts)
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: "td", minPixelDragDistanceDrawing: 3 }),
      modes: [
        new TerraDrawPolygonMode({ snapping: { toCustom }, validation, styles: outline }),
        new TerraDrawRectangleMode({ drawInteraction: byDrag, validation, styles: outline }),
        new TerraDrawCircleMode({ drawInteraction: byDrag, validation, styles: outline }),
        new TerraDrawFreehandMode({ drawInteraction: byDrag, validation, styles: outline }),
        new TerraDrawFreehandMode({
          modeName: "lasso",
          drawInteraction: byDrag,
          styles: { fillColor: "#d9822b", outlineColor: "#d9822b", fillOpacity: 0.1 },
        }),
        // rectangles, circles and freehand outlines become plain polygons once drawn
        new TerraDrawSelectMode({
          flags: { polygon: editable, rectangle: editable, circle: editable, freehand: editable },
        }),
      ],
      undoRedo: {
        modeLevel: new TerraDrawModeUndoRedo(),
        keyboardShortcuts: new TerraDrawUndoRedoKeyboardShortcuts(),
      },
    });
    this.draw.start();
    this.draw.setMode("static");
    this.draw.on("change", (ids) => this.changed(ids));
    this.draw.on("finish", (id, context) => this.finished(id, context.mode, context.action));
    this.draw.on("history", () => this.emitHistory());
    map.getContainer().addEventListener("keydown", this.onKey);
  }

  setTool(tool: DrawTool): void {
    if (tool === "pick") this.draw.setMode("static");
    else this.draw.setMode(tool);
    const [first, ...rest] = this.partIds();
    // one part is selected for editing at once; with several the planner clicks the part to edit
    if (tool === "select" && first !== undefined && rest.length === 0) this.draw.selectFeature(first);
  }

  /** Shows an outline for editing (a saved zone, an operation's result): each polygon an editable part. */
  load(outline: Outline): void {
    this.history = startHistory(outline);
    this.show(outline);
    this.emitted = outline;
    this.events.onLiveArea(null);
    this.events.onProblem(null);
    this.emitHistory();
  }

  /** The session's outline, unless it is the one this controller handed out. */
  follow(outline: Outline): void {
    if (outline !== this.emitted) this.load(outline);
  }

  clear(): void {
    this.show(null);
    this.commit(null);
  }

  undo(): void {
    if (this.isDrawing()) this.draw.undo();
    else this.step(undo(this.history));
  }

  redo(): void {
    if (this.isDrawing()) this.draw.redo();
    else this.step(redo(this.history));
  }

  destroy(): void {
    this.map.getContainer().removeEventListener("keydown", this.onKey);
    this.draw.stop();
  }

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside a drawing (terra-draw's shortcuts handle those inside one)
  private readonly onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || this.isDrawing()) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) this.undo();
    else if ((key === "z" && event.shiftKey) || key === "y") this.redo();
    else return;
    event.preventDefault();
  };

  private isDrawing(): boolean {
    return this.draw.getModeState() === "drawing";
  }

  private step(next: OutlineHistory): void {
    if (next === this.history) return;
    this.history = next;
    this.show(next.present);
    this.emit(next.present);
    this.events.onProblem(null);
  }

  private show(outline: Outline): void {
    this.draw.clear();
    const parts = partsOf(outline).map(
      (geometry) => ({ type: "Feature", geometry, properties: { mode: "polygon" } }) as GeoJSONStoreFeatures,
    );
    if (parts.length > 0) this.draw.addFeatures(parts);
  }

  private partIds(): (string | number)[] {
    return this.draw
      .getSnapshot()
      .filter((f) => f.geometry.type === "Polygon" && f.properties.mode !== "lasso" && f.id !== undefined)
      .map((f) => f.id as string | number);
  }

  private changed(ids: (string | number)[]): void {
    const mode = this.draw.getMode();
    if (!OUTLINE_MODES.includes(mode)) return;
    const feature = ids.length > 0 ? this.draw.getSnapshotFeature(ids[0] as string) : undefined;
    if (feature?.geometry.type === "Polygon" && feature.properties.mode === mode)
      this.events.onLiveArea(geodesicArea(feature.geometry));
  }

  private finished(id: string | number, mode: string, action: string): void {
    const feature = this.draw.getSnapshotFeature(id as string);
    if (feature?.geometry.type !== "Polygon") return;
    if (mode === "lasso") {
      this.draw.removeFeatures([id as string]);
      this.events.onLasso(feature.geometry);
      return;
    }
    if (OUTLINE_MODES.includes(mode)) {
      // One outline at a time: a new drawing replaces the previous one (all its parts).
      const others = this.partIds().filter((fid) => fid !== id);
      if (others.length > 0) this.draw.removeFeatures(others as string[]);
    }
    // an edit that a crossing stopped keeps saying so until the next action
    this.events.onProblem(this.blockedInDrag && action === "dragCoordinate" ? "vertexBlocked" : null);
    this.blockedInDrag = false;
    this.events.onLiveArea(null);
    this.commit(this.current());
  }

  private current(): Outline {
    const parts = this.partIds()
      .map((fid) => this.draw.getSnapshotFeature(fid as string)?.geometry)
      .filter((g): g is Polygon => g?.type === "Polygon");
    return outlineOf(parts);
  }

  private commit(outline: Outline): void {
    this.history = record(this.history, outline);
    this.emit(outline);
  }

  private emit(outline: Outline): void {
    this.emitted = outline;
    this.events.onOutline(outline);
    this.emitHistory();
  }

  private emitHistory(): void {
    if (this.isDrawing()) this.events.onHistory(this.draw.canUndo(), this.draw.canRedo());
    else this.events.onHistory(this.history.past.length > 0, this.history.future.length > 0);
  }
}
