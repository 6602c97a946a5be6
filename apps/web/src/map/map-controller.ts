import { JINCHENG_BBOX } from "@lianpian/domain";
import {
  AttributionControl,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type MapSourceDataEvent,
  NavigationControl,
  Popup,
  ScaleControl,
  type VectorTileSource,
} from "maplibre-gl";
import type { Locale } from "../i18n/locale.ts";
import { countyLabelPoints, NO_COUNTY_LABELS } from "./county-labels.ts";
import { type FeatureSelection, pickSelection } from "./feature-selection.ts";
import { identifyFeatures } from "./identify.ts";
import { isTileLayer, type TileFace, type TileLayer, type Visibility } from "./layer-catalog.ts";
import { type MapStatus, TileProgress } from "./map-status.ts";
import "./maplibre-worker.ts";
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import { fetchAllFeatures } from "./fetch-features.ts";
import {
  fetchLayerVersions,
  LAYER_VERSION_POLL_MS,
  type LayerVersions,
  movedLayers,
} from "./layer-versions.ts";
import { buildStyle, type StyleInput, TILE_SOURCE, tileJsonUrl } from "./style/build-style.ts";
import { STYLE_IMAGES } from "./style/style-images.ts";
import { groupOf } from "./style/style-types.ts";
import { LOCAL_FONT_FAMILY } from "./style/text.ts";

declare global {
  interface Window {
    /** The MapLibre map, for browser tests and the console. */
    __lianpianMap?: MapLibreMap;
  }
}

export interface MapControllerEvents {
  onStatus(status: MapStatus): void;
  onCursor(lngLat: [number, number] | null, zoom: number): void;
  onSelect(selection: FeatureSelection | null): void;
  /** Every feature under a click, once each, topmost first (the identify list). */
  onIdentify?(features: FeatureSelection[]): void;
  /** The popup closed by its own button or Esc; when given, the selection is kept (no onSelect(null)). */
  onPopupClosed?(): void;
  /** Layers whose tiles were reloaded because someone edited them (following edits). */
  onEdited?(layers: readonly TileLayer[]): void;
}

export interface MapControllerOptions {
  container: HTMLElement;
  /** The API's origin; the page's own origin in every deployment. */
  origin: string;
  locale: Locale;
  visibility: Visibility;
  /** The face whose composite tiles the map draws: one tile request per place for all layers (default map). */
  face?: TileFace;
  events: MapControllerEvents;
  /** A face's rewrite of the built style (its own layers, colours, filters), applied on every restyle. */
  transformStyle?: (style: StyleSpecification) => StyleSpecification;
  /**
   * Reload a layer's tiles when someone edits it elsewhere: the layers' data
   * versions are read every 30 s and whenever the window regains focus.
   */
  followEdits?: boolean;
}

/** Layers whose features open a popup (labels and the heat map are never the click target). */
const isSelectable = (layer: { type: string; metadata?: unknown }) =>
  layer.type !== "symbol" &&
  layer.type !== "background" &&
  layer.type !== "heatmap" &&
  groupOf(layer) !== undefined;

/**
 * Owns the MapLibre map: builds it, feeds it state, turns its events into
 * plain callbacks. React talks to the map only through this class.
 */
export class MapController {
  readonly map: MapLibreMap;
  private readonly events: MapControllerEvents;
  private styleInput: StyleInput;
  private readonly progress = new TileProgress();
  private readonly abort = new AbortController();
  private popup: Popup | null = null;
  /** The first style load is over, so later styles can be applied as diffs. */
  private styleReady = false;
  private lastError: string | null = null;
  private hoverFrame = 0;
  /** The layers' data versions the loaded tiles show, when following edits. */
  private versions: LayerVersions | null = null;
  /** The last check of the versions, when following edits: checks run one after another. */
  private checks: Promise<void> | null = null;

  private readonly transformStyle: (style: StyleSpecification) => StyleSpecification;

  constructor({
    container,
    origin,
    locale,
    visibility,
    face = "map",
    events,
    transformStyle,
    followEdits = false,
  }: MapControllerOptions) {
    this.events = events;
    this.transformStyle = transformStyle ?? ((style) => style);
    this.styleInput = { origin, face, locale, visibility, countyLabels: NO_COUNTY_LABELS };
    const [west, south, east, north] = JINCHENG_BBOX;
    this.map = new MapLibreMap({
      container,
      style: this.styled(),
      bounds: [west, south, east, north],
      fitBoundsOptions: { padding: 16 },
      // Keep the view on south-east Shanxi, where the tiles are.
      maxBounds: [west - 3, south - 2, east + 3, north + 2],
      minZoom: 6,
      maxZoom: 17,
      localIdeographFontFamily: LOCAL_FONT_FAMILY,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    window.__lianpianMap = this.map;

    this.map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    this.map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
    this.map.addControl(
      // The tiles bring their own data attribution (e.g. synthetic demo data); this names the software.
      new AttributionControl({ compact: true, customAttribution: "连片 Lianpian" }),
      "bottom-right",
    );
    this.listen();
    this.loadCountyLabels();
    if (followEdits) this.followEdits();
    events.onStatus({ phase: "style" });
  }

  /** Applies a new language or layer visibility by diffing the pure style. */
  update(locale: Locale, visibility: Visibility): void {
    this.restyle({ ...this.styleInput, locale, visibility });
  }

  /**
   * Reloads the face's tiles after an edit: its TileJSON (never cached)
   * names the tiles with the layers' new versions, so the map shows the
   * change without a page reload.
   */
  private refreshTiles(): void {
    const source = this.map.getSource<VectorTileSource>(TILE_SOURCE);
    source?.setUrl(tileJsonUrl(this.styleInput.origin, this.styleInput.face ?? "map"));
  }

  /**
   * Reads the layers' data versions and reloads the tiles of every layer
   * whose version moved since the last reading (an edit here or in another
   * browser). Offline or failing, it keeps the last reading and tries again
   * next time.
   */
  checkEdits(): Promise<void> {
    if (!this.checks) return Promise.resolve();
    this.checks = this.checks.then(() => this.compareVersions()).catch(this.warn("following edits"));
    return this.checks;
  }

  private async compareVersions(): Promise<void> {
    const after = await fetchLayerVersions(this.styleInput.origin, this.abort.signal).catch(() => null);
    if (!after) return;
    const edited = this.versions ? movedLayers(this.versions, after).filter(isTileLayer) : [];
    this.versions = after;
    if (edited.length === 0) return;
    this.refreshTiles();
    if (edited.includes("counties")) this.loadCountyLabels();
    this.events.onEdited?.(edited);
  }

  private followEdits(): void {
    // The first reading is taken as the map starts, so an edit made while its tiles load is caught.
    this.checks = this.compareVersions().catch(this.warn("following edits"));
    const timer = window.setInterval(() => {
      if (!document.hidden) void this.checkEdits();
    }, LAYER_VERSION_POLL_MS);
    const onFocus = () => void this.checkEdits();
    window.addEventListener("focus", onFocus);
    this.abort.signal.addEventListener("abort", () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    });
  }

  private styled(): StyleSpecification {
    return this.transformStyle(buildStyle(this.styleInput));
  }

  private restyle(next: StyleInput): void {
    this.styleInput = next;
    // Before the first load a diff has nothing to compare with; the load handler applies the latest input.
    if (this.styleReady) this.map.setStyle(this.styled(), { diff: true });
  }

  /** Opens (or moves) the popup and returns the element React renders the record into. */
  showPopup(lngLat: [number, number]): HTMLElement {
    const content = document.createElement("div");
    content.className = "lp-popup";
    this.closePopup();
    const popup = new Popup({ maxWidth: "340px", closeOnClick: false, focusAfterOpen: false })
      .setLngLat(lngLat)
      .setDOMContent(content)
      .addTo(this.map);
    // React fills the popup after MapLibre chose its anchor for an empty box; choose again as it grows.
    const resize = new ResizeObserver(() => popup.setLngLat(popup.getLngLat()));
    resize.observe(content);
    popup.on("close", () => {
      resize.disconnect();
      // Closed by its own button (not replaced by us): the popup's face decides about the selection.
      if (this.popup === popup) {
        this.popup = null;
        if (this.events.onPopupClosed) this.events.onPopupClosed();
        else this.events.onSelect(null);
      }
    });
    this.popup = popup;
    return content;
  }

  closePopup(): void {
    const popup = this.popup;
    this.popup = null;
    popup?.remove();
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.hoverFrame);
    this.closePopup();
    if (window.__lianpianMap === this.map) window.__lianpianMap = undefined;
    this.map.remove();
  }

  private get selectableLayerIds(): string[] {
    return (this.map.getStyle()?.layers ?? []).filter(isSelectable).map((layer) => layer.id);
  }

  private listen(): void {
    const { map, events, progress } = this;
    const tileKey = (e: MapSourceDataEvent) => `${e.sourceId}/${e.tile?.tileID?.key ?? "?"}`;

    // Patterns are generated in code and handed over when a layer first asks (no sprite to fetch).
    map.setMissingStyleImageResolver((id) => {
      const image = STYLE_IMAGES[id];
      if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: 2 });
    });
    map.on("sourcedataloading", (e) => {
      if (!e.tile) return;
      progress.started(tileKey(e));
      this.reportLoading();
    });
    map.on("sourcedata", (e) => {
      if (e.tile) progress.settled(tileKey(e), true);
    });
    map.on("sourcedataabort", (e) => {
      if (e.tile) progress.settled(tileKey(e), false);
    });
    map.on("error", (e) => {
      const source = (e as { sourceId?: string }).sourceId;
      const tile = (e as { tile?: MapSourceDataEvent["tile"] }).tile;
      if (source && tile) progress.settled(`${source}/${tile.tileID?.key ?? "?"}`, false);
      this.lastError = e.error?.message ?? "error";
      console.warn("[map]", this.lastError);
    });
    map.once("load", () => {
      this.styleReady = true;
      map.setStyle(this.styled(), { diff: true });
    });
    map.on("idle", () => {
      progress.idle();
      if (this.lastError) events.onStatus({ phase: "error", message: this.lastError });
      else events.onStatus({ phase: "ready", loaded: progress.loaded });
      this.lastError = null;
    });
    map.on("mousemove", (e) => {
      events.onCursor([e.lngLat.lng, e.lngLat.lat], map.getZoom());
      this.updateHoverCursor(e.point);
    });
    map.on("mouseout", () => events.onCursor(null, map.getZoom()));
    map.on("click", (e) => {
      const features = map.queryRenderedFeatures(e.point, { layers: this.selectableLayerIds });
      const rendered = features.map(toRenderedFeature);
      const selection = pickSelection(rendered, [e.lngLat.lng, e.lngLat.lat]);
      if (!selection) this.closePopup();
      events.onIdentify?.(identifyFeatures(rendered, [e.lngLat.lng, e.lngLat.lat]));
      events.onSelect(selection);
    });
  }

  private reportLoading(): void {
    this.events.onStatus({ phase: "tiles", pending: this.progress.inFlight, loaded: this.progress.loaded });
  }

  // Pointer cursor over clickable features, at most once per frame.
  private updateHoverCursor(point: { x: number; y: number }): void {
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      if (!this.styleReady) return;
      const layers = this.selectableLayerIds.filter((id) => !id.startsWith("counties-"));
      const hit = this.map.queryRenderedFeatures([point.x, point.y], { layers }).length > 0;
      this.map.getCanvas().style.cursor = hit ? "pointer" : "";
    });
  }

  private warn(what: string) {
    return (error: unknown) => {
      if (!this.abort.signal.aborted) console.warn(`[map] ${what} unavailable:`, error);
    };
  }

  /** What the tiles cannot give: one label point per county (one page of a seven-row collection). */
  private loadCountyLabels(): void {
    fetchAllFeatures(this.styleInput.origin, "counties", this.abort.signal, 1)
      .then((features) => this.restyle({ ...this.styleInput, countyLabels: countyLabelPoints(features) }))
      .catch(this.warn("county labels"));
  }
}

function toRenderedFeature(feature: MapGeoJSONFeature) {
  return { id: feature.id, sourceLayer: feature.sourceLayer, properties: feature.properties };
}
