import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  checkDamsByCounty,
  createCheckDam,
  greenMineRatesByCounty,
  importCheckDams,
  listCheckDams,
  swcRatesByCounty,
  updateCheckDam,
} from "@lianpian/db";
import { CheckDamBody } from "@lianpian/domain";
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

  const write = app.requirePermission("zones.write");
  const damWrite = {
    tags,
    description:
      "Every field checked (CheckDamBody, then the shared checkDamProblems: ranges, inside the service area, " +
      "code free, county known); a bad one writes nothing: 422 check_dam_invalid with every problem by field. " +
      "One transaction with its audit row.",
    body: CheckDamBody,
  };

  app.post(
    "/api/check-dams",
    {
      preHandler: write,
      schema: {
        ...damWrite,
        summary: "Add one check dam (the /plan form)",
        response: { 201: Type.Object({ id: Type.Integer() }), ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const r = await app.db.kysely
        .transaction()
        .execute((trx) => createCheckDam(trx, request.body, actorOf(request)));
      if (!r.ok) throw apiError("check_dam_invalid", { problems: "problems" in r ? r.problems : [] });
      return reply.status(201).send({ id: r.id });
    },
  );

  app.put(
    "/api/check-dams/:id",
    {
      preHandler: write,
      schema: {
        ...damWrite,
        summary: "Edit one check dam (the /plan form)",
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: Type.Object({ id: Type.Integer() }), ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const r = await app.db.kysely
        .transaction()
        .execute((trx) => updateCheckDam(trx, request.params.id, request.body, actorOf(request)));
      if (!r.ok && "notFound" in r) throw apiError("check_dam_not_found");
      if (!r.ok) throw apiError("check_dam_invalid", { problems: r.problems });
      return { id: r.id };
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
