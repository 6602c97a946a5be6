import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prjWkt } from "@lianpian/geo";
import type { Geometry } from "geojson";
import type { WriteInput } from "./types.ts";

// Fixtures and the GDAL oracle for this package's tests (not exported by index.ts).

/** True when ogrinfo runs here; CI must have it. */
export const hasGdal = spawnSync("ogrinfo", ["--version"]).status === 0;
if (!hasGdal && process.env.CI) throw new Error("ogrinfo (gdal-bin) is required in CI for the format tests");

const run = promisify(execFile);

/** ogrinfo's full listing (-al) of a file's bytes written to a temporary path with the given name. */
export async function ogrinfo(fileName: string, bytes: Uint8Array, args: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "lianpian-ogr-"));
  try {
    const path = join(dir, fileName);
    await writeFile(path, bytes);
    const source = fileName.endsWith(".zip") ? `/vsizip/${path}` : path;
    const { stdout } = await run("ogrinfo", ["-ro", "-al", ...args, source], { timeout: 60_000 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The EPSG codes GDAL names for the layers' CRS (ID["EPSG",n] at the end of the WKT). */
export function epsgCodesIn(ogrinfoText: string): number[] {
  return [...ogrinfoText.matchAll(/^ {0,4}ID\["EPSG",(\d+)\]\]\s*$/gm)].map((m) => Number(m[1]));
}

/** A Jincheng outline in EPSG:4547 (CM 114°E, no zone prefix) with a hole, offset by `dx` metres east. */
export function gkParcel(dx = 0, prefix = 0): Geometry {
  const e = 393_000 + dx + prefix;
  const n = 3_930_000;
  return {
    type: "Polygon",
    coordinates: [
      [
        [e, n],
        [e + 120.5, n],
        [e + 120.5, n + 80.25],
        [e, n + 80.25],
        [e, n],
      ],
      [
        [e + 20, n + 20],
        [e + 20, n + 40],
        [e + 40, n + 40],
        [e + 40, n + 20],
        [e + 20, n + 20],
      ],
    ],
  };
}

/** Two mines in a GK zone with Chinese attribute text. */
export function minesInput(srid = 4547, encoding: "utf-8" | "gbk" = "utf-8", prefix = 0): WriteInput {
  return {
    name: "mines",
    fields: [
      { name: "矿山名称", type: "string" },
      { name: "采矿许可证号", type: "string" },
      { name: "威胁人数", type: "integer" },
      { name: "面积公顷", type: "number" },
      { name: "在产", type: "boolean" },
    ],
    features: [
      {
        id: 1,
        properties: {
          矿山名称: "晋城市泽州县巴公煤矿",
          采矿许可证号: "C1400002009111220045678",
          威胁人数: 12,
          面积公顷: 0.9671,
          在产: true,
        },
        geometry: gkParcel(0, prefix),
      },
      {
        id: 2,
        properties: {
          矿山名称: "高平市河西镇石料厂（闭坑）",
          采矿许可证号: "C1400002010031220056789",
          威胁人数: 0,
          面积公顷: 1.5,
          在产: false,
        },
        geometry: gkParcel(500, prefix),
      },
    ],
    crs: { epsg: srid, wkt: prjWkt(srid, "ogc") },
    encoding,
  };
}

/** Three hazard points in EPSG:4326 with Chinese names. */
export function pointsInput(): WriteInput {
  return {
    name: "hazard_points",
    fields: [
      { name: "名称", type: "string" },
      { name: "威胁人数", type: "integer" },
    ],
    features: [
      {
        properties: { 名称: "北义城镇滑坡", 威胁人数: 30 },
        geometry: { type: "Point", coordinates: [112.8512, 35.4521] },
      },
      {
        properties: { 名称: "南村崩塌", 威胁人数: 5 },
        geometry: { type: "Point", coordinates: [112.9, 35.5] },
      },
      { properties: { 名称: "无坐标点", 威胁人数: null }, geometry: null },
    ],
    crs: { epsg: 4326, wkt: prjWkt(4326, "ogc") },
  };
}

/** A geometry with every ring anticlockwise and starting at its lowest-left vertex, to compare shapes whatever a format's ring order. */
export function canonical(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  if (geometry.type === "Polygon")
    return { type: "Polygon", coordinates: geometry.coordinates.map(canonicalRing) };
  if (geometry.type === "MultiPolygon") {
    return { type: "MultiPolygon", coordinates: geometry.coordinates.map((p) => p.map(canonicalRing)) };
  }
  return geometry;
}

function canonicalRing(ring: number[][]): number[][] {
  const open = ring.slice(0, -1);
  let twice = 0;
  for (let i = 0; i < open.length; i++) {
    const a = open[i] as number[];
    const b = open[(i + 1) % open.length] as number[];
    twice += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  const ccw = twice > 0 ? open : [...open].reverse();
  let start = 0;
  ccw.forEach((p, i) => {
    const s = ccw[start] as number[];
    if ((p[1] as number) < (s[1] as number) || (p[1] === s[1] && (p[0] as number) < (s[0] as number)))
      start = i;
  });
  const rotated = [...ccw.slice(start), ...ccw.slice(0, start)];
  return [...rotated, rotated[0] as number[]];
}
