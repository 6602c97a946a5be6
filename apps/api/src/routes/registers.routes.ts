import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  checkDamsByCounty,
  greenMineRatesByCounty,
  importCheckDams,
  listCheckDams,
  swcRatesByCounty,
} from "@lianpian/db";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const tags = ["registers"];
const County = Type.String({ pattern: "^\\d{6}$" });
/** Rows one import may carry: a county's register is a few hundred dams. */
const MAX_ROWS = 5000;

/**
 * The Jincheng soil-and-water plan's registers: check dams (淤地坝) with
 * their import (every row or none), the soil-and-water-conservation rate per
 * county by year against its 2025 and 2035 targets, and the green-mine rate
 * per county against the 36 % goal.
 */
export const registersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const read = app.requirePermission("analysis.run");

  app.get(
    "/api/check-dams",
    {
      preHandler: read,
      schema: {
        tags,
        summary: "The check-dam register with figures per county",
        querystring: Type.Object({ county: Type.Optional(County) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ dams: Type.Array(Type.Unknown()), by_county: Type.Array(Type.Unknown()) }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => ({
      dams: await listCheckDams(app.db.kysely, request.query.county),
      by_county: await checkDamsByCounty(app.db.kysely),
    }),
  );

  app.post(
    "/api/check-dams/import",
    {
      preHandler: app.requirePermission("zones.write"),
      schema: {
        tags,
        summary: "Import check dams: all rows or none",
        description:
          "Each row: code, name_zh, county_code, dam_type (key/medium/small), storage_wan_m3, control_area_km2, " +
          "built_year, condition (good/fair/poor/damaged), risk_level (low/medium/high), responsible_unit, lng, lat " +
          "(EPSG:4326). A bad row refuses the whole import with 422 check_dams_rejected and every problem by row.",
        body: Type.Object(
          {
            source: Type.String({ minLength: 2, maxLength: 200 }),
            rows: Type.Array(Type.Record(Type.String(), Type.Unknown()), { minItems: 1, maxItems: MAX_ROWS }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ written: Type.Integer() }),
          ...errorResponses(400, 401, 403, 413, 422),
        },
      },
    },
    async (request, reply) => {
      const r = await app.db.kysely
        .transaction()
        .execute((trx) => importCheckDams(trx, request.body.rows, request.body.source, actorOf(request)));
      if (!r.ok) throw apiError("check_dams_rejected", { problems: r.problems });
      return reply.status(201).send({ written: r.written });
    },
  );

  app.get(
    "/api/registers/swc-rates",
    {
      preHandler: read,
      schema: {
        tags,
        summary: "Soil-and-water-conservation rate per county by year, with the 2025 and 2035 targets",
        response: { 200: Type.Object({ counties: Type.Array(Type.Unknown()) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ counties: await swcRatesByCounty(app.db.kysely) }),
  );

  app.get(
    "/api/registers/green-mines",
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          "Green-mine rate per county (producing mines listed green by the year) against the 36 % goal",
        querystring: Type.Object(
          { year: Type.Optional(Type.Integer({ minimum: 2010, maximum: 2100, default: 2025 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Unknown(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => greenMineRatesByCounty(app.db.kysely, request.query.year ?? 2025),
  );
};
