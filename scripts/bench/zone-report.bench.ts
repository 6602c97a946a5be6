import { buildZoneReport, checkGeometryInPostgis, openDatabase, readAllZones } from "@lianpian/db";
import { JINCHENG_BBOX } from "@lianpian/domain";
import { fromProjected, gkZoneSrid, toProjected } from "@lianpian/geo";
import type { Polygon } from "geojson";
import type { Bench, BenchContext, BenchResult } from "./bench-types.ts";
import { replay, summarise } from "./replay.ts";

/** The bar of issue 3: median zone report at or under this on server PostGIS. */
const BAR_P50_MS = 150;
const ROUNDS = 3;
/** Square outlines of these sides (metres) on a grid over Jincheng, plus the saved zones. */
const SIDES_M = [2_000, 4_000, 8_000] as const;
const GRID = { columns: 6, rows: 4 } as const;

/** A square of `sideM` metres centred on [lng, lat], straight in its GK zone. */
function square([lng, lat]: [number, number], sideM: number): Polygon {
  const srid = gkZoneSrid(lng);
  const [e, n] = toProjected([lng, lat], srid);
  const h = sideM / 2;
  const corner = (de: number, dn: number) => fromProjected([e + de, n + dn], srid);
  return {
    type: "Polygon",
    coordinates: [[corner(-h, -h), corner(h, -h), corner(h, h), corner(-h, h), corner(-h, -h)]],
  };
}

/** Centres of a grid inside Jincheng's box (inset, so squares stay in the data). */
function gridCentres(): [number, number][] {
  const [w, s, e, n] = JINCHENG_BBOX;
  const centres: [number, number][] = [];
  for (let c = 0; c < GRID.columns; c++)
    for (let r = 0; r < GRID.rows; r++)
      centres.push([w + ((c + 0.5) / GRID.columns) * (e - w), s + ((r + 0.5) / GRID.rows) * (n - s)]);
  return centres;
}

/**
 * The zone report (what POST /api/analysis/report runs after parsing the
 * body: the PostGIS validity check and the report statements) on outlines
 * of 2, 4 and 8 km squares over Jincheng and the saved zones, one at a time.
 */
export const zoneReportBench: Bench = {
  name: "zone_report",
  async run(context: BenchContext): Promise<BenchResult> {
    const db = await openDatabase({ databaseUrl: context.databaseUrl, poolSize: 4 });
    try {
      const saved = await readAllZones(db.kysely);
      const outlines: { geometry: unknown; label: string }[] = [
        ...saved.map((z) => ({ geometry: z.geometry, label: `zone ${z.code}` })),
        ...gridCentres().flatMap((c) =>
          SIDES_M.map((side) => ({ geometry: square(c, side), label: `${side} m` })),
        ),
      ];
      const contents = { mines: 0, hazards: 0, subsidence: 0 };
      const report = async (o: { geometry: unknown }) => {
        const check = await checkGeometryInPostgis(db.kysely, o.geometry);
        if (!check.ok) throw new Error(`bench outline invalid: ${check.detail}`);
        const r = await buildZoneReport(db.kysely, o.geometry);
        contents.mines += r.mines.length;
        contents.hazards += r.hazards.count;
        contents.subsidence += r.subsidence.items.length;
      };
      context.log(`${outlines.length} outlines (${saved.length} saved zones); warming up…`);
      await replay(outlines, 1, report);
      const perOutline = {
        mines: Math.round(contents.mines / outlines.length),
        hazards: Math.round(contents.hazards / outlines.length),
        subsidence: Math.round(contents.subsidence / outlines.length),
      };
      const runs = [];
      for (let round = 0; round < ROUNDS; round++) {
        runs.push(await replay(outlines, 1, report));
        context.log(`round ${round + 1}/${ROUNDS} done`);
      }
      const stats = summarise(runs);
      const barMet = stats.p50Ms <= BAR_P50_MS;
      return {
        name: "zone_report",
        title: `zone report: ${outlines.length} outlines × ${ROUNDS} rounds, one at a time, ${context.dataset.scale}× demo data`,
        table: [
          {
            path: "validity check + report",
            requests: stats.requests,
            "p50 ms": stats.p50Ms.toFixed(1),
            "p95 ms": stats.p95Ms.toFixed(1),
            "max ms": stats.maxMs.toFixed(1),
          },
        ],
        notes: [
          `p50 ${stats.p50Ms.toFixed(1)} ms (bar ≤ ${BAR_P50_MS} ms: ${barMet ? "met" : "MISSED"})`,
          `an outline holds on average ${perOutline.mines} mines, ${perOutline.hazards} hazard points, ${perOutline.subsidence} subsidence areas`,
        ],
        figures: {
          outlines: outlines.length,
          rounds: ROUNDS,
          p50Ms: Math.round(stats.p50Ms * 10) / 10,
          p95Ms: Math.round(stats.p95Ms * 10) / 10,
          maxMs: Math.round(stats.maxMs * 10) / 10,
          bar: BAR_P50_MS,
          perOutline,
        },
        barMet,
      };
    } finally {
      await db.close();
    }
  },
};
