import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { uploadImport } from "../file-imports/upload-test-support.ts";

/**
 * Out and back in through the real routes: a layer exported in a bureau's
 * format and CRS (`GET /api/export/{layer}`) is staged again by the import
 * (`POST /api/imports`), and what the import read equals what was exported:
 * every geometry within 1 mm in the Gauss-Krüger zone, the Chinese names as
 * they were, in UTF-8 and GBK.
 */
let h: TestApp;
let planner: Record<string, string>;

beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => h?.close());

interface Case {
  format: string;
  crs: string;
  encoding?: "utf-8" | "gbk";
}
const EXTENSION: Record<string, string> = {
  geojson: "geojson",
  shp: "zip",
  gpkg: "gpkg",
  kml: "kml",
  csv: "csv",
  xlsx: "xlsx",
  txt: "txt",
};
const CRSS = ["EPSG:4525", "EPSG:4547", "EPSG:4490"];
const casesFor = (formats: string[]): Case[] =>
  formats.flatMap((format) =>
    format === "kml"
      ? [{ format, crs: "EPSG:4490" }]
      : format === "txt"
        ? [
            { format, crs: "EPSG:4525" },
            { format, crs: "EPSG:4547" },
          ]
        : format === "shp" || format === "csv"
          ? CRSS.flatMap((crs) => [
              { format, crs, encoding: "utf-8" as const },
              { format, crs, encoding: "gbk" as const },
            ])
          : CRSS.map((crs) => ({ format, crs })),
  );

/** Exports the rows, stages the file as an import of the same layer, and gives back the staged rows (4326). */
async function outAndIn(layer: string, ids: number[], c: Case) {
  const query = new URLSearchParams({ format: c.format, crs: c.crs, ids: ids.join(",") });
  if (c.encoding) query.set("encoding", c.encoding);
  const exported = await h.app.inject({ url: `/api/export/${layer}?${query}`, headers: planner });
  expect(exported.statusCode, exported.body.slice(0, 300)).toBe(200);
  // A spreadsheet carries no CRS of its own: the user says which, as the import page asks.
  const fields: Record<string, string> = c.format === "csv" || c.format === "xlsx" ? { crs: c.crs } : {};
  if (c.encoding) fields.encoding = c.encoding === "gbk" ? "gb18030" : "utf-8";
  const staged = await uploadImport(
    h.app,
    planner,
    layer,
    `round-trip.${EXTENSION[c.format]}`,
    exported.rawPayload,
    fields,
  );
  expect(staged.statusCode, staged.body.slice(0, 500)).toBe(201);
  expect(staged.json().feature_count).toBe(ids.length);
  const features = await h.app.inject({ url: `/api/imports/${staged.json().id}/features`, headers: planner });
  expect(features.statusCode).toBe(200);
  await h.app.inject({ method: "DELETE", url: `/api/imports/${staged.json().id}`, headers: planner });
  return features.json().features as { geometry: unknown; properties: Record<string, unknown> }[];
}

/** Each layer's natural key: the column the import matches rows by. */
const KEY = { hazard_points: "unified_code", treatment_zones: "code" } as const;

/** The largest distance, in metres in EPSG:4547, between each staged geometry and the stored row of the same key. */
async function worstDistanceM(
  table: keyof typeof KEY,
  staged: { geometry: unknown; properties: Record<string, unknown> }[],
) {
  let worst = 0;
  for (const f of staged) {
    const key = String(f.properties[KEY[table]]);
    const { rows } = await sql<{ d: number | null }>`
      SELECT ST_HausdorffDistance(ST_Transform(t.geom, 4547),
               ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(f.geometry)}), 4326), 4547)) AS d
      FROM ${sql.table(table)} t WHERE ${sql.ref(`t.${KEY[table]}`)} = ${key}`.execute(h.t.db.kysely);
    expect(rows, `no stored row with ${KEY[table]} ${key}`).toHaveLength(1);
    worst = Math.max(worst, rows[0]?.d ?? Number.POSITIVE_INFINITY);
  }
  return worst;
}

async function firstIds(table: string, n: number): Promise<{ ids: number[]; names: string[] }> {
  const { rows } = await sql<{ id: number; name_zh: string }>`
    SELECT id, name_zh FROM ${sql.table(table)} ORDER BY id LIMIT ${n}`.execute(h.t.db.kysely);
  return { ids: rows.map((r) => r.id), names: rows.map((r) => r.name_zh).sort() };
}

describe("hazard points out and back in", () => {
  it.each(casesFor(["geojson", "shp", "gpkg", "kml", "csv", "xlsx"]))(
    "$format in $crs $encoding",
    async (c) => {
      const { ids, names } = await firstIds("hazard_points", 3);
      const staged = await outAndIn("hazards", ids, c);
      expect(staged.map((f) => String(f.properties.name_zh)).sort()).toEqual(names);
      expect(await worstDistanceM("hazard_points", staged)).toBeLessThan(0.001);
    },
  );
});

describe("treatment zones out and back in", () => {
  it.each(casesFor(["geojson", "shp", "gpkg", "kml", "csv", "xlsx", "txt"]))(
    "$format in $crs $encoding",
    async (c) => {
      const { ids, names } = await firstIds("treatment_zones", 2);
      const staged = await outAndIn("zones", ids, c);
      expect(staged.map((f) => String(f.properties.name_zh)).sort()).toEqual(names);
      expect(await worstDistanceM("treatment_zones", staged)).toBeLessThan(0.001);
    },
  );
});
