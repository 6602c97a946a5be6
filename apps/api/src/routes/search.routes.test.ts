import { formatDms, gkSridFor, toProjected } from "@lianpian/geo";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

interface Hit {
  kind: string;
  id: number;
  label: string;
  detail: string | null;
  position: [number, number];
  bbox: [number, number, number, number];
}
interface Reply {
  coordinates: { position: [number, number]; read_as: string }[];
  groups: { kind: string; hits: Hit[]; more: boolean }[];
}

let h: TestApp;
let planner: Record<string, string>;
let mine: { id: number; mine_name: string; license_no: string; company: string; lng: number; lat: number };
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  const { rows } = await sql<typeof mine>`
    SELECT m.id, m.mine_name, m.license_no, c.name_zh AS company,
           ST_X(ST_PointOnSurface(m.geom)) AS lng, ST_Y(ST_PointOnSurface(m.geom)) AS lat
    FROM mines m JOIN companies c ON c.id = m.company_id
    WHERE m.license_no IS NOT NULL AND length(m.mine_name) >= 6 ORDER BY m.id LIMIT 1`.execute(h.t.db.kysely);
  mine = rows[0] as typeof mine;
  await sql`
    INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
    VALUES ('SEARCH-DRAFT-1', '搜索草稿治理区', 'historic_pit', 'near', 'draft',
            ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(${mine.lng}, ${mine.lat}), 4326), 0.01)), 'test')`.execute(
    h.t.db.kysely,
  );
});
afterAll(async () => {
  await h?.close();
});

const find = async (q: string, headers: Record<string, string> = {}) => {
  const res = await h.app.inject({ url: `/api/search?q=${encodeURIComponent(q)}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json() as Reply;
};
const hitsOf = (r: Reply, kind: string) => r.groups.find((g) => g.kind === kind)?.hits ?? [];

describe("GET /api/search", () => {
  it("finds a mine by part of its name, by its licence number and by its right holder", async () => {
    const part = mine.mine_name.slice(1, 5);
    const byName = hitsOf(await find(part), "mine");
    expect(byName.map((m) => m.id)).toContain(mine.id);
    const byLicence = hitsOf(await find(mine.license_no), "mine");
    expect(byLicence[0]?.id).toBe(mine.id);
    expect(byLicence[0]?.detail).toContain(mine.license_no);
    const [minX, minY, maxX, maxY] = byLicence[0]?.bbox ?? [];
    expect(mine.lng).toBeGreaterThanOrEqual(minX as number);
    expect(mine.lng).toBeLessThanOrEqual(maxX as number);
    expect(mine.lat).toBeGreaterThanOrEqual(minY as number);
    expect(mine.lat).toBeLessThanOrEqual(maxY as number);
    expect(hitsOf(await find(mine.company), "mine").map((m) => m.id)).toContain(mine.id);
  });

  it("hides draft zones from the public and shows them to planners", async () => {
    expect(hitsOf(await find("SEARCH-DRAFT"), "zone")).toEqual([]);
    expect(hitsOf(await find("搜索草稿"), "zone")).toEqual([]);
    const seen = hitsOf(await find("search-draft", planner), "zone");
    expect(seen.map((z) => z.detail)).toEqual(["SEARCH-DRAFT-1"]);
  });

  it("reads GK X/Y with and without the zone number, decimal and DMS lon/lat", async () => {
    const near = (p: [number, number] | undefined) => {
      expect(p?.[0]).toBeCloseTo(mine.lng, 5);
      expect(p?.[1]).toBeCloseTo(mine.lat, 5);
    };
    const withZone = gkSridFor(mine.lng, { width: 3, prefix: true });
    const [e, n] = toProjected([mine.lng, mine.lat], withZone);
    const gk = await find(`${n.toFixed(2)}, ${e.toFixed(2)}`);
    expect(gk.coordinates.map((c) => c.read_as)).toEqual([`EPSG:${withZone}`]);
    near(gk.coordinates[0]?.position);
    near((await find(`X=${n.toFixed(2)} Y=${e.toFixed(2)}`)).coordinates[0]?.position);
    const bare = gkSridFor(mine.lng, { width: 3, prefix: false });
    const [e2, n2] = toProjected([mine.lng, mine.lat], bare);
    const noZone = await find(`${n2.toFixed(2)} ${e2.toFixed(2)}`);
    expect(noZone.coordinates.map((c) => c.read_as)).toContain(`EPSG:${bare}`);
    near(noZone.coordinates.find((c) => c.read_as === `EPSG:${bare}`)?.position);
    near((await find(`${mine.lng.toFixed(7)}, ${mine.lat.toFixed(7)}`)).coordinates[0]?.position);
    near((await find(`${mine.lat.toFixed(7)} ${mine.lng.toFixed(7)}`)).coordinates[0]?.position);
    const dms = await find(`${formatDms(mine.lng)}E ${formatDms(mine.lat)}N`);
    expect(dms.coordinates[0]?.position[0]).toBeCloseTo(mine.lng, 4);
    expect(dms.coordinates[0]?.position[1]).toBeCloseTo(mine.lat, 4);
  });

  it("takes wildcards literally, bounds every kind and refuses an empty or long query", async () => {
    expect((await find("%")).groups).toEqual([]);
    expect((await find("_")).groups).toEqual([]);
    const res = await h.app.inject({ url: "/api/search?q=%E7%9F%BF&limit=2" });
    for (const g of (res.json() as Reply).groups) expect(g.hits.length).toBeLessThanOrEqual(2);
    expect((await h.app.inject({ url: "/api/search?q=" })).statusCode).toBe(400);
    expect((await h.app.inject({ url: `/api/search?q=${"a".repeat(101)}` })).statusCode).toBe(400);
    expect((await h.app.inject({ url: "/api/search?q=a&limit=50" })).statusCode).toBe(400);
  });
});
