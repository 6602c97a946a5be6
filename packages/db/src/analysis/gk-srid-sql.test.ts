import { gkSridFor } from "@lianpian/geo";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { gkSridSql } from "./geometry-sql.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

describe("the GK zone rule in SQL", () => {
  it("names the same 3° zone as @lianpian/geo for every longitude, borders included", async () => {
    const longitudes = [
      73.5, 75.0001, 110.9999, 111, 111.5, 112.2, 112.5, 113.4999, 113.5, 115.5, 118.5, 121.7, 135, 136.4999,
    ];
    for (let lng = 74; lng < 136; lng += 0.37) longitudes.push(Number(lng.toFixed(4)));
    const { rows } = await sql<{ lng: number; srid: number }>`
      SELECT x AS lng, ${gkSridSql(sql`x`)} AS srid FROM unnest(${longitudes}::float8[]) AS x`.execute(
      t.db.kysely,
    );
    expect(rows).toHaveLength(longitudes.length);
    for (const { lng, srid } of rows)
      expect({ lng, srid }).toEqual({ lng, srid: gkSridFor(lng, { width: 3, prefix: false }) });
  });
});
