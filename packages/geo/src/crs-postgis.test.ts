import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-database.ts";
import { CRS_REGISTRY } from "./crs.ts";

// The registry's proj4 and OGC WKT are PostGIS's own, embedded and on the server.
describe("CRS_REGISTRY against PostGIS spatial_ref_sys", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("has proj4text and srtext equal to PostGIS for every srid", async () => {
    const srids = Object.keys(CRS_REGISTRY).map(Number);
    const { rows } = await sql<{ srid: number; proj4text: string; srtext: string }>`
      SELECT srid, proj4text, srtext FROM spatial_ref_sys WHERE srid = ANY(${srids}::int[]) ORDER BY srid`.execute(
      t.db.kysely,
    );
    expect(rows.map((r) => r.srid)).toEqual([...srids].sort((a, b) => a - b));
    for (const r of rows) {
      const info = CRS_REGISTRY[r.srid];
      expect(info?.proj4, `proj4 of ${r.srid}`).toBe(r.proj4text.trim());
      expect(info?.wkt, `wkt of ${r.srid}`).toBe(r.srtext);
    }
  });
});
