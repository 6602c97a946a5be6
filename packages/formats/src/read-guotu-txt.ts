import { sridFromGuotuHeader } from "@lianpian/geo";
import type { Position } from "geojson";
import { appendTo, ringsToPolygon, toNumber } from "./columns-to-geometry.ts";
import type { ReadBudget } from "./limits.ts";
import { chooseEncoding, decodeText } from "./text-encoding.ts";
import {
  type DeclaredCrs,
  type FeatureProblem,
  FormatError,
  type SourceFeature,
  type SourceLayer,
  type TextEncodingInfo,
} from "./types.ts";

/** The fields of a 国土 TXT block header line, in file order (the line ends with "@"). */
export const GUOTU_BLOCK_FIELDS = [
  "界址点数",
  "地块面积",
  "地块编号",
  "地块名称",
  "记录图形属性",
  "图幅号",
  "地块用途",
  "地类编码",
] as const;

/** The [属性描述] keys that describe the coordinate system, kept in crs.description. */
const CRS_KEYS = ["坐标系", "几度分带", "投影类型", "计量单位", "带号", "转换参数"];

/**
 * Reads a 国土 coordinate exchange text (电子报盘): the [属性描述] header as
 * metadata and CRS description, each [地块坐标] block as one polygon (点号,
 * 圈号, X northing, Y easting; 圈号 > 1 are holes) with its header fields.
 */
export function readGuotuFile(
  bytes: Uint8Array,
  name: string,
  budget: ReadBudget,
  override?: string,
): { layer: SourceLayer; encoding: TextEncodingInfo } {
  const encoding = chooseEncoding(bytes, override);
  const lines = decodeText(bytes, encoding.used)
    .split(/\r?\n/)
    .map((l) => l.trim());
  const coordsAt = lines.findIndex((l) => l.startsWith("[地块坐标]"));
  if (coordsAt < 0)
    throw new FormatError("corrupt_file", "The text file has no [地块坐标] section: not a 国土 TXT file.");
  const metadata: Record<string, string> = {};
  for (const line of lines.slice(0, coordsAt)) {
    const eq = line.indexOf("=");
    if (eq > 0) metadata[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  const features: SourceFeature[] = [];
  let block: {
    line: number;
    properties: SourceFeature["properties"];
    rings: Map<number, Position[]>;
    problems: FeatureProblem[];
  } | null = null;
  const finish = () => {
    if (!block) return;
    const geometry = block.problems.length > 0 ? null : ringsToPolygon(block.rings, block.problems);
    budget.count(geometry);
    const feature: SourceFeature = { row: features.length + 1, properties: block.properties, geometry };
    if (block.problems.length > 0) feature.problems = block.problems;
    features.push(feature);
  };
  for (let i = coordsAt + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "") continue;
    if (line.startsWith("[")) break;
    const cells = line.split(/[,，]/).map((c) => c.trim());
    if (line.endsWith("@")) {
      finish();
      block = { line: i + 1, properties: blockProperties(cells), rings: new Map(), problems: [] };
      continue;
    }
    if (!block)
      throw new FormatError("corrupt_file", `Line ${i + 1}: a coordinate line before any block header.`, {
        line: i + 1,
      });
    const [, ring, x, y] = cells;
    const northing = toNumber(x);
    const easting = toNumber(y);
    if (northing === null || easting === null || cells.length < 4) {
      block.problems.push({
        field: northing === null ? "X" : "Y",
        code: "unreadable_coordinate",
        message: `Line ${i + 1}: "${line}" is not 点号,圈号,X,Y.`,
      });
      continue;
    }
    const ringNo = toNumber(ring) ?? 1;
    appendTo(block.rings, ringNo, [easting, northing]);
  }
  finish();
  const description = CRS_KEYS.filter((k) => metadata[k])
    .map((k) => `${k}=${metadata[k]}`)
    .join("; ");
  const crs: DeclaredCrs | null = description ? { description } : null;
  const resolved = sridFromGuotuHeader({
    coordinateSystem: metadata.坐标系,
    zoneWidth: metadata.几度分带,
    projection: metadata.投影类型,
    zoneNumber: metadata.带号,
    easting: firstEasting(features),
  });
  if (crs && resolved.ok) crs.epsg = resolved.srid;
  return {
    layer: {
      name,
      fields: [...GUOTU_BLOCK_FIELDS],
      crs,
      features,
      metadata,
    },
    encoding,
  };
}

function firstEasting(features: SourceFeature[]): number | undefined {
  const g = features.find((f) => f.geometry)?.geometry;
  if (g?.type === "Polygon") return g.coordinates[0]?.[0]?.[0];
  if (g?.type === "MultiPolygon") return g.coordinates[0]?.[0]?.[0]?.[0];
  return undefined;
}

function blockProperties(cells: string[]): SourceFeature["properties"] {
  const properties: SourceFeature["properties"] = {};
  GUOTU_BLOCK_FIELDS.forEach((field, i) => {
    const text = cells[i] ?? "";
    if (text === "@") return;
    properties[field] =
      field === "界址点数" || field === "地块面积" ? (toNumber(text) ?? (text || null)) : text || null;
  });
  for (const field of GUOTU_BLOCK_FIELDS) properties[field] ??= null;
  return properties;
}
