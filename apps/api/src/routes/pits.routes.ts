import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { pitPriority } from "@lianpian/db";
import { buildCsv, DEFAULT_VISIBLE_BAND_M, restorationState, suitability } from "@lianpian/domain";
import { Type } from "typebox";
import { errorResponses } from "../schemas/error.schema.ts";

const Line = Type.Union([
  Type.Object({
    id: Type.Integer(),
    name_zh: Type.String(),
    distance_m: Type.Number(),
    kind: Type.Optional(Type.String()),
  }),
  Type.Null(),
]);
const PitsReply = Type.Object({
  visible_band_m: Type.Number(),
  pits: Type.Array(
    Type.Object({
      id: Type.Integer(),
      rank: Type.Integer(),
      mine_name: Type.String(),
      county_code: Type.String(),
      suitability: Type.Union([Type.String(), Type.Null()]),
      restoration_state: Type.String(),
      area_m2: Type.Number(),
      position: Type.Array(Type.Number()),
      distance_m: Type.Union([Type.Number(), Type.Null()]),
      visible: Type.Boolean(),
      line: Line,
      nearest_hsr: Line,
      nearest_expressway: Line,
    }),
  ),
  progress: Type.Object({
    visible: Type.Integer(),
    restored: Type.Integer(),
    pct: Type.Number(),
    goal_year: Type.Integer(),
    met: Type.Boolean(),
  }),
});

type Pit = Awaited<ReturnType<typeof pitPriority>>["pits"][number];
const labelOf = (v: { labels: Record<string, { zh: string }> }, k: string | null) =>
  k ? (v.labels[k]?.zh ?? k) : "";

/**
 * Historic open pits (城区 plan): ranked nearest first to high-speed rail and
 * expressways (由近及远) with the line and distance, the "visible from the
 * line" band (`visible_m`, default 1000 m) and the progress on the 2025 goal.
 */
export const pitsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/pits/priority",
    {
      preHandler: app.requirePermission("analysis.run"),
      schema: {
        tags: ["pits"],
        summary: "Historic open pits ranked nearest first to high-speed rail and expressways",
        querystring: Type.Object(
          {
            county: Type.Optional(Type.String({ pattern: "^\\d{6}$" })),
            visible_m: Type.Optional(
              Type.Number({ minimum: 0, maximum: 20000, default: DEFAULT_VISIBLE_BAND_M }),
            ),
            format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            description: "the ranking (JSON) or the table (CSV)",
            content: { "application/json": { schema: PitsReply }, "text/csv": { schema: Type.String() } },
          },
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await pitPriority(app.db.kysely, { countyCode: q.county, visibleBandM: q.visible_m });
      if (q.format !== "csv") return result;
      const csv = buildCsv<Pit>(
        [
          { header: "序号 rank", value: (p) => String(p.rank) },
          { header: "矿坑 pit", value: (p) => p.mine_name },
          { header: "县 county", value: (p) => p.county_code },
          { header: "最近线路 line", value: (p) => p.line?.name_zh ?? "" },
          {
            header: "距离(米) distance m",
            value: (p) => (p.distance_m === null ? "" : String(p.distance_m)),
          },
          { header: "可视 visible", value: (p) => (p.visible ? "是 yes" : "否 no") },
          { header: "适宜性 suitability", value: (p) => labelOf(suitability, p.suitability) },
          { header: "治理状态 state", value: (p) => labelOf(restorationState, p.restoration_state) },
        ],
        result.pits,
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="historic-pits.csv"')
        .header("cache-control", "no-store")
        .send(csv);
    },
  );
};
