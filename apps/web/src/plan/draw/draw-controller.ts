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
  TerraDrawSessionUndoRedo,
  TerraDrawUndoRedoKeyboardShortcuts,
} from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import { type OutlineProblem, outlineProblem } from "./outline-check.ts";
import { snapToRendered } from "./snap-to-rendered.ts";

/** The tools of the planner's toolbar. `pick` hands clicks back to the map (feature selection). */
export type DrawTool = "polygon" | "rectangle" | "circle" | "freehand" | "select" | "lasso" | "pick";

export interface DrawEvents {
  /** A finished or edited outline (one at a time), or null when cleared. */
  onOutline(outline: Polygon | null): void;
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

/**
 * terra-draw on the planner's map: the outline modes, vertex editing with
 * midpoints, a lasso, snapping to the vertices and edges of rendered features,
 * undo/redo (buttons and Ctrl+Z / Ctrl+Shift+Z), and the outline checks.
 */
export class DrawController {
  private readonly draw: TerraDraw;
  private outlineId: string | number | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly events: DrawEvents,
  ) {
    const toCustom: SnapToCustom = (event) =>
      snapToRendered(map, { x: event.containerX, y: event.containerY }, SNAP_RADIUS_PX, isMapLayer);
    const validation = (feature: GeoJSONStoreFeatures, { updateType }: { updateType: string }) => {
      // terra-draw's UpdateTypes.Finish (the enum is not exported)
      if (updateType !== "finish") return { valid: true };
      const problem = outlineProblem(feature);
      events.onProblem(problem);
      return problem ? { valid: false, reason: problem } : { valid: true };
    };
    const outline = {
      fillColor: "#1f6f8b",
      outlineColor: "#1f6f8b",
      fillOpacity: 0.2,
      outlineWidth: 2,
    } as const;
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: "td" }),
      modes: [
        new TerraDrawPolygonMode({ snapping: { toCustom }, validation, styles: outline }),
        new TerraDrawRectangleMode({ validation, styles: outline }),
        new TerraDrawCircleMode({ validation, styles: outline }),
        new TerraDrawFreehandMode({ validation, styles: outline }),
        new TerraDrawFreehandMode({
          modeName: "lasso",
          styles: { fillColor: "#d9822b", outlineColor: "#d9822b", fillOpacity: 0.1 },
        }),
        new TerraDrawSelectMode({
          flags: {
            polygon: {
              feature: {
                draggable: true,
                validation,
                coordinates: { midpoints: true, draggable: true, deletable: true, snappable: { toCustom } },
              },
            },
            // rectangles, circles and freehand outlines become plain polygons once drawn
            rectangle: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true } } },
            circle: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true } } },
            freehand: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true } } },
          },
        }),
      ],
      undoRedo: {
        sessionLevel: new TerraDrawSessionUndoRedo(),
        modeLevel: new TerraDrawModeUndoRedo(),
        keyboardShortcuts: new TerraDrawUndoRedoKeyboardShortcuts(),
      },
    });
    this.draw.start();
    this.draw.setMode("static");
    this.draw.on("change", (ids) => this.changed(ids));
    this.draw.on("finish", (id, context) => this.finished(id, context.mode));
    this.draw.on("history", () => events.onHistory(this.draw.canUndo(), this.draw.canRedo()));
  }

  setTool(tool: DrawTool): void {
    if (tool === "pick") this.draw.setMode("static");
    else this.draw.setMode(tool);
    if (tool === "select" && this.outlineId !== null && this.draw.hasFeature(this.outlineId))
      this.draw.selectFeature(this.outlineId);
  }

  /** Shows an outline for editing (a saved zone, an operation's result). */
  load(outline: Polygon | null): void {
    this.draw.clear();
    this.outlineId = null;
    if (outline) {
      const [result] = this.draw.addFeatures([
        { type: "Feature", geometry: outline, properties: { mode: "polygon" } } as GeoJSONStoreFeatures,
      ]);
      if (result?.valid) this.outlineId = result.id as string | number;
    }
    this.events.onLiveArea(null);
  }

  clear(): void {
    this.load(null);
    this.events.onOutline(null);
  }

  undo(): void {
    this.draw.undo();
    this.emitOutline();
  }

  redo(): void {
    this.draw.redo();
    this.emitOutline();
  }

  destroy(): void {
    this.draw.stop();
  }

  private changed(ids: (string | number)[]): void {
    const mode = this.draw.getMode();
    if (!OUTLINE_MODES.includes(mode)) return;
    const feature = ids.length > 0 ? this.draw.getSnapshotFeature(ids[0] as string) : undefined;
    if (feature?.geometry.type === "Polygon" && feature.properties.mode === mode)
      this.events.onLiveArea(geodesicArea(feature.geometry));
  }

  private finished(id: string | number, mode: string): void {
    const feature = this.draw.getSnapshotFeature(id as string);
    if (feature?.geometry.type !== "Polygon") return;
    if (mode === "lasso") {
      this.draw.removeFeatures([id as string]);
      this.events.onLasso(feature.geometry);
      return;
    }
    if (OUTLINE_MODES.includes(mode)) {
      // One outline at a time: a new drawing replaces the previous one.
      const others = this.draw
        .getSnapshot()
        .map((f) => f.id)
        .filter((fid) => fid !== id && fid !== undefined) as string[];
      if (others.length > 0) this.draw.removeFeatures(others);
      this.outlineId = id;
    }
    this.events.onProblem(null);
    this.events.onLiveArea(null);
    this.emitOutline();
  }

  private emitOutline(): void {
    const feature =
      this.outlineId !== null ? this.draw.getSnapshotFeature(this.outlineId as string) : undefined;
    this.events.onOutline(feature?.geometry.type === "Polygon" ? feature.geometry : null);
  }
}
