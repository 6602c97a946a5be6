import { createHash } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  findInspectionResult,
  type InspectionFilter,
  listInspections,
  markInspectionReviewed,
  recordAudit,
  recordInspection,
} from "@lianpian/db";
import {
  can,
  canonicalInspectionJson,
  InspectionInput,
  InspectionReply,
  InspectionReviewInput,
  InspectionView,
  inspectionsCsv,
  type Permission,
} from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { type Static, Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf, permissionGuard, roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { ClientKeyParams } from "../schemas/inspection-reply.schema.ts";
import { inspectionPhotosRoutes } from "./inspection-photos.routes.ts";

/** Most rows one CSV export carries. */
const EXPORT_MAX_ROWS = 10_000;

const InspectionListQuery = Type.Object(
  {
    needs_review: Type.Optional(Type.Boolean()),
    hazard_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
    user_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: "the monitor" })),
    from: Type.Optional(Type.String({ format: "date-time", description: "inspected at or after" })),
    to: Type.Optional(Type.String({ format: "date-time", description: "inspected before" })),
    alert: Type.Optional(Type.Boolean({ description: "raised an alert (true) or not (false)" })),
    review: Type.Optional(Type.Enum(["pending", "accepted", "rejected"])),
    mine: Type.Boolean({ default: false }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
  },
  { additionalProperties: false },
);
type InspectionListQuery = Static<typeof InspectionListQuery>;

function inspectionFilter(q: InspectionListQuery): InspectionFilter {
  return {
    ...(q.hazard_id !== undefined ? { hazardId: q.hazard_id } : {}),
    ...(q.user_id !== undefined ? { userId: q.user_id } : {}),
    ...(q.needs_review !== undefined ? { needsReview: q.needs_review } : {}),
    ...(q.from ? { from: new Date(q.from) } : {}),
    ...(q.to ? { to: new Date(q.to) } : {}),
    ...(q.alert !== undefined ? { raisedAlert: q.alert } : {}),
    ...(q.review ? { review: q.review as "pending" | "accepted" | "rejected" } : {}),
  };
}

/** Phones' clocks drift; an inspection dated further ahead than this is refused. */
const MAX_CLOCK_AHEAD_MS = 60 * 60 * 1000;

/** preHandler: any one of the permissions lets the request through (401 anonymous, 403 otherwise). */
function requireAny(...permissions: Permission[]) {
  return permissionGuard(async (request: FastifyRequest) => {
    if (permissions.some((p) => can(roleOf(request), p))) return;
    throw apiError(request.user ? "forbidden" : "unauthorized", { permission: permissions });
  });
}

/**
 * Inspections (巡查记录): stored exactly once per client key, listed for
 * their owner and for reviewers, reviewed by planners. Photos: see
 * inspection-photos.routes.ts.
 */
export const inspectionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/api/inspections",
    {
      preHandler: app.requirePermission("inspections.write"),
      schema: {
        tags: ["inspections"],
        summary: "Store an inspection once per client key (201 new, 200 same content again)",
        description:
          "Same client_key with the same content returns the stored result (200); with other content 422; " +
          "while another send of the key is being stored 409 (retry). If the point changed since the phone " +
          "downloaded it, the inspection is kept with needs_review and `conflict` says why.",
        body: InspectionInput,
        response: {
          200: InspectionReply,
          201: InspectionReply,
          ...errorResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const input = request.body;
      if (Date.parse(input.inspected_at) > Date.now() + MAX_CLOCK_AHEAD_MS) {
        throw apiError("validation_failed", [{ field: "/inspected_at", problem: "is in the future" }]);
      }
      const contentHash = createHash("sha256").update(canonicalInspectionJson(input)).digest("hex");
      const outcome = await recordInspection(app.db.kysely, {
        input,
        contentHash,
        user: { id: user.id, displayName: user.display_name },
        actor: actorOf(request),
      });
      switch (outcome.kind) {
        case "created":
          return reply.status(201).send({ ...outcome.result, replayed: false });
        case "replayed":
          return reply.status(200).send({ ...outcome.result, replayed: true });
        case "key_reused":
          throw apiError("idempotency_key_reused", { client_key: input.client_key });
        case "in_flight":
          reply.header("retry-after", "2");
          throw apiError("inspection_in_flight", { client_key: input.client_key });
        case "hazard_not_found":
          throw apiError("hazard_not_found", { id: input.hazard_id });
      }
    },
  );

  app.get(
    "/api/inspections",
    {
      preHandler: requireAny("inspections.write", "inspections.review"),
      schema: {
        tags: ["inspections"],
        summary:
          "Inspections newest first: a field user's own; reviewers may see all, by point, monitor, date, " +
          "alert and review state",
        querystring: InspectionListQuery,
        response: {
          200: Type.Object({ inspections: Type.Array(InspectionView) }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const q = request.query;
      const reviewer = can(roleOf(request), "inspections.review");
      const rows = await listInspections(app.db.kysely, {
        ...inspectionFilter(q),
        ...(q.mine || !reviewer ? { userId: user.id } : {}),
        limit: q.limit,
        offset: q.offset,
      });
      return { inspections: rows.map(({ content_hash: _h, ...row }) => row) };
    },
  );

  app.get(
    "/api/inspections/:key",
    {
      preHandler: requireAny("inspections.write", "inspections.review"),
      schema: {
        tags: ["inspections"],
        summary: "One inspection by its client key (its owner or a reviewer)",
        params: ClientKeyParams,
        response: { 200: InspectionReply, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const found = await findInspectionResult(app.db.kysely, request.params.key);
      if (!found) throw apiError("inspection_not_found", { client_key: request.params.key });
      const reviewer = can(roleOf(request), "inspections.review");
      if (!reviewer && found.userId !== request.user?.id) throw apiError("forbidden", { owner: false });
      return { ...found.result, replayed: true };
    },
  );

  app.post(
    "/api/inspections/:key/review",
    {
      preHandler: app.requirePermission("inspections.review"),
      // no body is an acceptance (the phone-era review button sends none)
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = { decision: "accept" };
      },
      schema: {
        tags: ["inspections"],
        summary: "Review an inspection: accept it, or reject it with a reason (clears needs_review)",
        description: "Without a body the inspection is accepted.",
        params: ClientKeyParams,
        body: InspectionReviewInput,
        response: { 200: InspectionReply, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const key = request.params.key;
      const body = request.body;
      const reason = body.reason?.trim() || null;
      if (body.decision === "reject" && !reason) throw apiError("review_reason_required");
      const decision =
        body.decision === "reject" && reason
          ? { decision: "rejected" as const, note: reason }
          : { decision: "accepted" as const, note: reason };
      const found = await findInspectionResult(app.db.kysely, key);
      if (!found) throw apiError("inspection_not_found", { client_key: key });
      const id = found.result.inspection.id;
      await app.db.kysely.transaction().execute(async (trx) => {
        await markInspectionReviewed(trx, id, user.id, decision);
        await recordAudit(trx, actorOf(request), {
          action: "inspection.review",
          entity: "inspection",
          entityId: id,
          details: {
            client_key: key,
            review_reason: found.result.inspection.review_reason,
            decision: decision.decision,
            note: decision.note,
          },
        });
      });
      const after = await findInspectionResult(app.db.kysely, key);
      if (!after) throw apiError("inspection_not_found", { client_key: key });
      return { ...after.result, replayed: true };
    },
  );

  app.get(
    "/api/inspections/export.csv",
    {
      preHandler: app.requirePermission("inspections.review"),
      schema: {
        tags: ["inspections"],
        summary: "The listed inspections as CSV (UTF-8 with BOM), same filters as the list",
        querystring: InspectionListQuery,
      },
    },
    async (request, reply) => {
      const q = request.query;
      const rows = await listInspections(app.db.kysely, {
        ...inspectionFilter(q),
        limit: EXPORT_MAX_ROWS,
        offset: 0,
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="inspections.csv"')
        .header("cache-control", "no-store")
        .send(inspectionsCsv(rows));
    },
  );

  await app.register(inspectionPhotosRoutes);
};
