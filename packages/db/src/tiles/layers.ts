import { TILE_MAX_ZOOM, type TileLayerName } from "@lianpian/domain";
import { type RawBuilder, sql } from "kysely";
import { zoneIsPublished } from "../zones/zone-published.ts";

// The layer names live in the domain package; re-exported so the API keeps importing them from here.
export { TILE_LAYER_NAMES, type TileLayerName } from "@lianpian/domain";

export type TileGeometryKind = "point" | "line" | "polygon";

/** One attribute of a tile feature: its SQL expression and what TileJSON says of it. */
export interface TileField {
  name: string;
  type: "String" | "Number";
  description: string;
  expr: RawBuilder<unknown>;
  /**
   * Tiles below this zoom leave the field out. For names and codes, unique to
   * each feature, that only a label drawn from this zoom on and the popup
   * (which reads the whole record) need: at low zooms they were most of a
   * tile's bytes and of the database's work to encode it.
   */
  minzoom?: number;
}

/** A layer of the fixed registry. Every SQL fragment here is a constant: nothing comes from a request. */
export interface TileLayer {
  name: TileLayerName;
  title: string;
  description: string;
  kind: TileGeometryKind;
  minzoom: number;
  maxzoom: number;
  /** Table read, aliased `t` in the expressions. */
  table: string;
  /** Its GiST-indexed geometry column (EPSG:4326), filtered with `&&` and drawn. */
  geomColumn: string;
  /** Extra joins after `t` (e.g. the mine's company), if any. */
  join?: RawBuilder<unknown>;
  /** Integer feature id. */
  fid: RawBuilder<unknown>;
  /** The rows tiles show, when not all: tiles are public (e.g. no draft zone). */
  published?: RawBuilder<boolean>;
  fields: readonly TileField[];
  /**
   * Below this zoom the geometry is simplified in EPSG:4326 (by a quarter of
   * the tile's pixel) before it is projected, so a low-zoom tile never drags
   * full-resolution shapes through ST_Transform and the encoder.
   */
  simplifyBelowZoom: number;
}

const text = (name: string, description: string, expr?: RawBuilder<unknown>): TileField => ({
  name,
  type: "String",
  description,
  expr: expr ?? sql`t.${sql.ref(name)}::text`,
});
const int = (name: string, description: string, expr?: RawBuilder<unknown>): TileField => ({
  name,
  type: "Number",
  description,
  expr: expr ?? sql`t.${sql.ref(name)}::int`,
});
/** The field, carried in tiles of zoom z and above only (see TileField.minzoom). */
const fromZoom = (z: number, field: TileField): TileField => ({ ...field, minzoom: z });
const ID = int("id", "Row id, also the feature id (要素编号)");
const NAME_ZH = text("name_zh", "Chinese name (中文名称)");
const NAME_EN = text("name_en", "English name (英文名称)");
const CODE = text("code", "Code (编号)");
const rowId = sql`t.id::int`;

const LAYERS: readonly TileLayer[] = [
  {
    name: "counties",
    title: "县区界 Counties",
    description:
      "Jincheng city and its counties (GB/T 2260 codes); feature id = the 6-digit code as an integer",
    kind: "polygon",
    minzoom: 5,
    maxzoom: TILE_MAX_ZOOM,
    table: "counties",
    geomColumn: "geom",
    fid: sql`t.code::int`,
    fields: [
      text("code", "GB/T 2260 administrative code (行政区划代码)"),
      NAME_ZH,
      NAME_EN,
      text("level", "city | county (级别)"),
    ],
    simplifyBelowZoom: 14,
  },
  {
    name: "rivers",
    title: "河流 Rivers",
    description: "Rivers and streams",
    kind: "line",
    minzoom: 7,
    maxzoom: TILE_MAX_ZOOM,
    table: "rivers",
    geomColumn: "geom",
    fid: rowId,
    fields: [ID, NAME_ZH, NAME_EN, text("river_class", "main | tributary | stream (河流等级)")],
    simplifyBelowZoom: 14,
  },
  {
    name: "transport",
    title: "交通 Transport",
    description: "Expressways, railways (incl. high-speed rail), national and provincial roads",
    kind: "line",
    minzoom: 6,
    maxzoom: TILE_MAX_ZOOM,
    table: "transport_lines",
    geomColumn: "geom",
    fid: rowId,
    fields: [
      ID,
      NAME_ZH,
      NAME_EN,
      text("kind", "expressway | high_speed_rail | railway | national_road | provincial_road (类型)"),
      text("ref", "Route number, e.g. G55 (编号)"),
    ],
    simplifyBelowZoom: 14,
  },
  {
    name: "villages",
    title: "村庄 Villages",
    description: "Villages with their population",
    kind: "point",
    minzoom: 9,
    maxzoom: TILE_MAX_ZOOM,
    table: "villages",
    geomColumn: "geom",
    fid: rowId,
    fields: [ID, NAME_ZH, int("population", "Registered population (人口)")],
    simplifyBelowZoom: 0,
  },
  {
    name: "protected_areas",
    title: "保护区 Protected areas",
    description: "Ecological red line, water-source protection, nature reserves, forest parks, scenic areas",
    kind: "polygon",
    minzoom: 7,
    maxzoom: TILE_MAX_ZOOM,
    table: "protected_areas",
    geomColumn: "geom",
    fid: rowId,
    fields: [
      ID,
      NAME_ZH,
      text("kind", "ecological_red_line | water_source | nature_reserve | forest_park | scenic_area (类型)"),
      text("protection_level", "national | provincial | city | county (保护级别)"),
    ],
    simplifyBelowZoom: 14,
  },
  {
    name: "mines",
    title: "矿山 Mines",
    description: "Licensed mines and historic abandoned pits (mining-right boundaries)",
    kind: "polygon",
    minzoom: 8,
    maxzoom: TILE_MAX_ZOOM,
    table: "mines",
    geomColumn: "geom",
    join: sql`LEFT JOIN companies c ON c.id = t.company_id`,
    fid: rowId,
    fields: [
      ID,
      fromZoom(11, text("mine_name", "Mine name (矿山名称)")),
      text("mineral", "Main mineral (开采矿种)"),
      text("mining_method", "underground | open_pit | combined (开采方式)"),
      text("status", "producing | building | suspended | closed | historic_abandoned (状态)"),
      text("scale_class", "large | medium | small (生产规模分类)"),
      fromZoom(11, text("company_name", "Licence holder (矿业权人)", sql`c.name_zh`)),
      text("disposition", "Rectification class (整治分类)"),
      text("green_mine_level", "national | provincial | submitted | none (绿色矿山)"),
      text("restoration_state", "not_started | in_progress | restored | accepted (修复状态)"),
    ],
    simplifyBelowZoom: 12,
  },
  {
    name: "subsidence",
    title: "采空塌陷区 Subsidence",
    description: "Mining subsidence areas and their treatment",
    kind: "polygon",
    minzoom: 8,
    maxzoom: TILE_MAX_ZOOM,
    table: "subsidence_areas",
    geomColumn: "geom",
    fid: rowId,
    fields: [
      ID,
      fromZoom(10, CODE),
      fromZoom(10, NAME_ZH),
      text("status", "untreated | planned | in_progress | completed | accepted (治理状态)"),
      text("severity", "light | moderate | severe (破坏程度)"),
      text("responsibility", "enterprise | government | mixed (治理责任)"),
      int("plan_year", "Planned treatment year (计划治理年度)"),
      int("treated_year", "Year treated (完成治理年度)"),
    ],
    simplifyBelowZoom: 12,
  },
  {
    name: "hazards",
    title: "地质灾害隐患点 Hazard points",
    description: "Geo-hazard points; danger_grade includes a planner's override",
    kind: "point",
    minzoom: 7,
    maxzoom: TILE_MAX_ZOOM,
    table: "hazard_points",
    geomColumn: "geom",
    fid: rowId,
    fields: [
      ID,
      fromZoom(11, text("unified_code", "12-digit unified code (统一编号)")),
      fromZoom(11, NAME_ZH),
      text("hazard_type", "collapse | landslide | debris_flow | ground_collapse | … (灾种)"),
      text(
        "danger_grade",
        "small | medium | large | huge, the override when set (险情等级)",
        sql`coalesce(t.danger_grade_override, t.danger_grade)`,
      ),
      int("threatened_people", "People threatened (威胁人数)"),
      // confirmed by a planner (issue 16): raw field alerts stay internal
      text("current_alert", "none | blue | yellow | orange | red (当前预警, confirmed)", sql`t.public_alert`),
      text("inventory_status", "active | written_off (台账状态)"),
    ],
    simplifyBelowZoom: 0,
  },
  {
    name: "corridors",
    title: "生态廊道 Ecological corridors",
    description:
      "Corridor bands (the centerline buffered by its widths) along rivers, roads, railways, ridgelines",
    kind: "polygon",
    minzoom: 8,
    maxzoom: TILE_MAX_ZOOM,
    table: "corridors",
    geomColumn: "zone_geom",
    fid: rowId,
    fields: [
      ID,
      CODE,
      NAME_ZH,
      text("corridor_type", "river | road | railway | ridgeline (廊道类型)"),
      text("status", "planned | building | built (建设状态)"),
      text("anchor", "What the corridor follows (依托对象)"),
    ],
    simplifyBelowZoom: 13,
  },
  {
    name: "zones",
    title: "治理片区 Treatment zones",
    description: "Contiguous treatment zones (集中连片治理区)",
    kind: "polygon",
    minzoom: 7,
    maxzoom: TILE_MAX_ZOOM,
    table: "treatment_zones",
    geomColumn: "geom",
    fid: rowId,
    published: zoneIsPublished("t"),
    fields: [
      ID,
      CODE,
      NAME_ZH,
      text(
        "status",
        "planned | approved | in_progress | completed | accepted | aftercare; drafts are not in tiles (状态)",
      ),
      text("phase", "near | middle | long (实施期)"),
      text("zone_type", "contiguous_mine | historic_pit | subsidence | hazard_works | erosion (片区类型)"),
    ],
    simplifyBelowZoom: 13,
  },
  {
    name: "check_dams",
    title: "淤地坝 Check dams",
    description:
      "The check-dam register (Jincheng soil-and-water plan): type, storage, control area, condition, risk level",
    kind: "point",
    minzoom: 8,
    maxzoom: TILE_MAX_ZOOM,
    table: "check_dams",
    geomColumn: "geom",
    fid: rowId,
    fields: [
      ID,
      fromZoom(11, CODE),
      fromZoom(11, NAME_ZH),
      text("dam_type", "key | medium | small (坝型)"),
      {
        name: "storage_wan_m3",
        type: "Number",
        description: "Storage capacity, 10,000 m³ (库容，万m³)",
        expr: sql`t.storage_wan_m3::float8`,
      },
      text("condition", "good | fair | poor | damaged (工程状况)"),
      text("risk_level", "low | medium | high (风险等级)"),
    ],
    simplifyBelowZoom: 0,
  },
];

const BY_NAME = new Map<string, TileLayer>(LAYERS.map((l) => [l.name, l]));

/** All tile layers in drawing order (bottom first). */
export const TILE_LAYERS: readonly TileLayer[] = LAYERS;

/** The fields a tile of zoom z carries: all of them from the highest field minzoom on. */
export function tileFieldsAt(layer: TileLayer, z: number): readonly TileField[] {
  return layer.fields.filter((f) => (f.minzoom ?? 0) <= z);
}

/** The layer of that name, or undefined; the only way a request's layer name reaches the SQL. */
export function findTileLayer(name: string): TileLayer | undefined {
  return BY_NAME.get(name);
}
