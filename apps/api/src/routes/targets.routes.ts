import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { listPlanTargets, upsertPlanTarget } from "@lianpian/db";
import { INDICATOR_UNIT, PlanFigure, planFigureKind, planIndicator, planUnit } from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const TargetBody = Type.Object(
  {
    region_code: Type.String({ pattern: "^[0-9]{6}$" }),
    indicator: Type.Enum(planIndicator.values),
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    kind: Type.Enum(planFigureKind.values, { default: "target" }),
    value: Type.Number({ minimum: 0, maximum: 1e9 }),
    unit: Type.Enum(planUnit.values),
    period_start: Type.Optional(Type.Union([Type.Integer({ minimum: 2000, maximum: 2100 }), Type.Null()])),
    is_real: Type.Boolean({ description: "true only for a figure copied from an official document" }),
    source_document: Type.String({ minLength: 2, maxLength: 200 }),
    source_detail: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
    remarks: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

/**
 * Plan targets are data: an administrator enters or corrects a region's
 * figure (a county its own targets), one transaction, audited with the
 * value before and after.
 */
export const targetsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    "/api/targets",
    {
      preHandler: app.requirePermission("imports.write"),
      schema: {
        tags: ["targets"],
        summary: "Add or replace a plan figure (region, indicator, year, kind)",
        body: TargetBody,
        response: { 200: PlanFigure, 201: PlanFigure, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      if (b.unit !== INDICATOR_UNIT[b.indicator]) {
        throw apiError("target_unit_mismatch", { indicator: b.indicator, unit: INDICATOR_UNIT[b.indicator] });
      }
      if (b.period_start != null && b.period_start > b.year) {
        throw apiError("validation_failed", [{ field: "/body/period_start", problem: "is after year" }]);
      }
      const result = await app.db.kysely.transaction().execute((trx) =>
        upsertPlanTarget(trx, actorOf(request), {
          regionCode: b.region_code,
          indicator: b.indicator,
          year: b.year,
          kind: b.kind,
          value: b.value,
          unit: b.unit,
          periodStart: b.period_start ?? null,
          isReal: b.is_real,
          sourceDocument: b.source_document,
          sourceDetail: b.source_detail ?? null,
          remarks: b.remarks ?? null,
        }),
      );
      if (!result.ok) throw apiError("unknown_region", { region_code: b.region_code });
      const [row] = (
        await listPlanTargets(app.db.kysely, { regionCodes: [b.region_code], indicators: [b.indicator] })
      ).filter((t) => t.year === b.year && t.kind === b.kind);
      if (!row) throw new Error("upserted plan target not found");
      return reply
        .status(result.created ? 201 : 200)
        .send({ ...row, source_detail: row.source_detail ?? null });
    },
  );
};
