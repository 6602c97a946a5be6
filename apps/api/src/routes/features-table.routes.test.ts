import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

// The attribute table's reading of OGC items: property filters, sortby, bbox,
// a zone or a drawn outline, paging, rows without geometry, and drafts only
// for planners. Every expectation is checked against SQL over the same rows.

interface Page {
  numberMatched: number;
  numberReturned: number;
  links: { rel: string; href: string }[];
  features: {
    id: number;
    geometry: unknown;
    bbox?: [number, number, number, number];
    properties: Record<string, unknown>;
  }[];
}

let h: TestApp;
let planner: Record<string, string>;
let draftId: number;
let zone: { id: number; minx: number; miny: number; maxx: number; maxy: number };
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  const db = h.t.db.kysely;
  // A published zone over the first subsidence area, and a draft beside it.
  const { rows } = await sql<{ id: number }>`
    INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
    SELECT 'TABLE-ZONE-1', '表格测试片区', 'subsidence', 'near', 'planned', ST_Multi(ST_Buffer(geom, 0.002)), 'test'
    FROM subsidence_areas ORDER BY id LIMIT 1 RETURNING id`.execute(db);
  const zoneId = rows[0]?.id ?? 0;
  const draft = await sql<{ id: number }>`
    INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
    SELECT 'TABLE-DRAFT-1', '表格草稿片区', 'subsidence', 'near', 'draft', ST_Multi(ST_Buffer(geom, 0.001)), 'test'
    FROM subsidence_areas ORDER BY id OFFSET 1 LIMIT 1 RETURNING id`.execute(db);
  draftId = draft.rows[0]?.id ?? 0;
  const box = await sql<typeof zone>`
    SELECT id, ST_XMin(geom) AS minx, ST_YMin(geom) AS miny, ST_XMax(geom) AS maxx, ST_YMax(geom) AS maxy
    FROM treatment_zones WHERE id = ${zoneId}`.execute(db);
  zone = box.rows[0] as typeof zone;
});
afterAll(async () => {
  await h?.close();
});

const items = async (collection: string, query: string, headers: Record<string, string> = {}) => {
  const res = await h.app.inject({ url: `/collections/${collection}/items?${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const count = async (where: ReturnType<typeof sql>) => {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${where}`.execute(h.t.db.kysely);
  return rows[0]?.n ?? -1;
};

describe("items filters for the attribute table", () => {
  it("filters by a vocabulary field and by a text pattern, as SQL counts them", async () => {
    const producing = await items("mines", "status=producing&limit=5");
    expect(producing.numberMatched).toBe(await count(sql`mines WHERE status = 'producing'`));
    expect(producing.numberMatched).toBeGreaterThan(0);
    expect(producing.features.every((f) => f.properties.status === "producing")).toBe(true);

    const pattern = await items("mines", `mine_name=${encodeURIComponent("*煤*")}&limit=1000`);
    expect(pattern.numberMatched).toBe(await count(sql`mines WHERE mine_name LIKE '%煤%'`));
    expect(pattern.features.every((f) => String(f.properties.mine_name).includes("煤"))).toBe(true);
    // A field of a joined expression (the right holder's name) filters too.
    const holder = String(pattern.features[0]?.properties.company_name ?? "");
    const byHolder = await items("mines", `company_name=${encodeURIComponent(holder)}`);
    expect(byHolder.features.every((f) => f.properties.company_name === holder)).toBe(true);
    expect(byHolder.numberMatched).toBeGreaterThan(0);
  });

  it("filters numbers by range and lists by member", async () => {
    const many = await items("hazard_points", "threatened_people=100..&limit=1000");
    expect(many.numberMatched).toBe(await count(sql`hazard_points WHERE threatened_people >= 100`));
    expect(many.features.every((f) => Number(f.properties.threatened_people) >= 100)).toBe(true);
    const mode = await items("subsidence_areas", "treatment_modes=reclamation&limit=1000");
    expect(mode.numberMatched).toBe(
      await count(sql`subsidence_areas WHERE 'reclamation' = ANY(treatment_modes)`),
    );
  });

  it("sorts by any field, descending, with id breaking ties, across pages", async () => {
    const first = await items("mines", "sortby=-area_km2&limit=10");
    const second = await items("mines", "sortby=-area_km2&limit=10&offset=10");
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM mines ORDER BY area_km2 DESC NULLS LAST, id LIMIT 20`.execute(h.t.db.kysely);
    expect([...first.features, ...second.features].map((f) => f.id)).toEqual(rows.map((r) => r.id));
    const next = first.links.find((l) => l.rel === "next")?.href ?? "";
    expect(next).toContain("sortby=-area_km2");
    expect(next).toContain("offset=10");
  });

  it("narrows to the map extent and to a zone's outline", async () => {
    const bbox = [zone.minx, zone.miny, zone.maxx, zone.maxy].join(",");
    const inBox = await items("subsidence_areas", `bbox=${bbox}&limit=1000`);
    expect(inBox.numberMatched).toBe(
      await count(
        sql`subsidence_areas WHERE ST_Intersects(geom, ST_MakeEnvelope(${zone.minx}, ${zone.miny}, ${zone.maxx}, ${zone.maxy}, 4326))`,
      ),
    );
    const inZone = await items("subsidence_areas", `zone=${zone.id}&limit=1000`);
    expect(inZone.numberMatched).toBe(
      await count(
        sql`subsidence_areas WHERE ST_Intersects(geom, (SELECT geom FROM treatment_zones WHERE id = ${zone.id}))`,
      ),
    );
    expect(inZone.numberMatched).toBeGreaterThan(0);
    expect(inZone.numberMatched).toBeLessThanOrEqual(inBox.numberMatched);
  });

  it("narrows to a drawn outline, and refuses one that is not a polygon", async () => {
    const outline = {
      type: "Polygon",
      coordinates: [
        [
          [zone.minx, zone.miny],
          [zone.maxx, zone.miny],
          [zone.maxx, zone.maxy],
          [zone.minx, zone.maxy],
          [zone.minx, zone.miny],
        ],
      ],
    };
    const drawn = await items(
      "subsidence_areas",
      `intersects=${encodeURIComponent(JSON.stringify(outline))}`,
    );
    const bbox = [zone.minx, zone.miny, zone.maxx, zone.maxy].join(",");
    expect(drawn.numberMatched).toBe((await items("subsidence_areas", `bbox=${bbox}`)).numberMatched);
    const bad = await h.app.inject({
      url: `/collections/mines/items?intersects=${encodeURIComponent('{"type":"Point","coordinates":[1,2]}')}`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("validation_failed");
    expect(bad.json().error.details.parameter).toBe("intersects");
  });

  it("pages with a stable count, rows without geometry carry their bbox, ids select rows", async () => {
    const page = await items("mines", "limit=7&offset=3&skipGeometry=true");
    expect(page.numberReturned).toBe(7);
    expect(page.numberMatched).toBe(await count(sql`mines`));
    const row = page.features[0];
    expect(row?.geometry).toBeNull();
    const { rows } = await sql<{ minx: number; maxy: number }>`
      SELECT ST_XMin(geom) AS minx, ST_YMax(geom) AS maxy FROM mines WHERE id = ${row?.id ?? 0}`.execute(
      h.t.db.kysely,
    );
    expect(row?.bbox?.[0]).toBeCloseTo(rows[0]?.minx ?? Number.NaN, 6);
    expect(row?.bbox?.[3]).toBeCloseTo(rows[0]?.maxy ?? Number.NaN, 6);
    const ids = page.features.slice(0, 3).map((f) => f.id);
    const chosen = await items("mines", `ids=${ids.join(",")}`);
    expect(chosen.features.map((f) => f.id)).toEqual([...ids].sort((a, b) => a - b));
  });

  it("shows draft zones to planners only, and a draft zone's filter selects nothing for the public", async () => {
    const anyone = await items("treatment_zones", "code=TABLE-DRAFT-1");
    expect(anyone.numberMatched).toBe(0);
    const planners = await items("treatment_zones", "code=TABLE-DRAFT-1", planner);
    expect(planners.features.map((f) => f.id)).toEqual([draftId]);
    expect((await items("subsidence_areas", `zone=${draftId}`)).numberMatched).toBe(0);
    expect((await items("subsidence_areas", `zone=${draftId}`, planner)).numberMatched).toBeGreaterThan(0);
  });

  it("refuses a field the layer does not have, an unsortable field and a bad value", async () => {
    const refused = [
      "mines/items?unified_code=X",
      "treatment_zones/items?sortby=restoration_m2",
      "hazard_points/items?threatened_people=many",
      "mines/items?ids=0",
    ];
    for (const query of refused) {
      const res = await h.app.inject({ url: `/collections/${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.message).toBeTruthy();
      expect(res.json().error.message_en).toBeTruthy();
    }
  });
});
