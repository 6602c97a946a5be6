import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  findHazardCard,
  findNearestHazards,
  listHazardCards,
  listInspections,
  listMonitoredHazardIds,
  listMonitoredPointHistories,
} from "@lianpian/db";
import { CardReply, can, compassPoint, MyPointsReply, NearestReply, PackReply } from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { NearestQuery, PackQuery } from "../schemas/field.schema.ts";
import { fieldTasksRoutes } from "./field-tasks.routes.ts";

/** Most points an offline pack carries; Jincheng has a few hundred. */
const PACK_MAX_POINTS = 1000;
/** Largest pack area in square degrees (all of Jincheng is about 1.6). */
const PACK_MAX_BBOX_DEG2 = 4;
const RECENT_INSPECTIONS = 5;
const PACK_SINCE_OVERLAP_MS = 5 * 60_000;

/** The field face's reads: nearest points, a point's card (明白卡), the offline pack. */
export const fieldRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/field/hazards/nearest",
    {
      schema: {
        tags: ["field"],
        summary: "Active hazard points nearest a position, with distance and direction",
        querystring: NearestQuery,
        response: { 200: NearestReply, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const q = request.query;
      const rows = await findNearestHazards(app.db.kysely, {
        lng: q.lng,
        lat: q.lat,
        limit: q.limit,
        userId: user.id,
        monitoredBy: q.mine ? user.id : undefined,
        alertLevels: q.alert,
      });
      return {
        hazards: rows.map((r) => ({
          ...r,
          compass: r.bearing_deg === null ? null : compassPoint(r.bearing_deg),
        })),
      };
    },
  );

  app.get(
    "/api/field/hazards/:id/card",
    {
      schema: {
        tags: ["field"],
        summary: "The point's card (明白卡); private fields and inspections only with hazards.read_private",
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }),
        response: { 200: CardReply, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const includePrivate = can(roleOf(request), "hazards.read_private");
      const card = await findHazardCard(app.db.kysely, request.params.id, { includePrivate });
      if (!card) throw apiError("hazard_not_found", { id: request.params.id });
      const recent = includePrivate
        ? await listInspections(app.db.kysely, { hazardId: card.id, limit: RECENT_INSPECTIONS, offset: 0 })
        : [];
      return {
        card,
        private: includePrivate,
        recent_inspections: recent.map((i) => ({
          client_key: i.client_key,
          inspected_at: i.inspected_at,
          inspector_name: i.inspector_name,
          kind: i.kind,
          assessment: i.assessment,
          alert_level: i.alert_level,
          needs_review: i.needs_review,
          photo_count: i.photos_received.length,
        })),
      };
    },
  );

  app.get(
    "/api/field/pack",
    {
      preHandler: app.requirePermission("hazards.read_private"),
      schema: {
        tags: ["field"],
        summary: "Cards of the points in an area and of the user's own points, for offline use",
        querystring: PackQuery,
        response: { 200: PackReply, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const bbox = request.query.bbox === undefined ? undefined : parseBbox(request.query.bbox);
      // A write committed just after the last pack was read may carry an earlier updated_at: overlap a little.
      const since =
        request.query.since === undefined
          ? undefined
          : new Date(Date.parse(request.query.since) - PACK_SINCE_OVERLAP_MS);
      const generatedAt = new Date().toISOString();
      const hazards = await listHazardCards(
        app.db.kysely,
        {
          ...(bbox ? { bbox } : {}),
          monitoredBy: user.id,
          ...(since ? { updatedSince: since, includeWrittenOff: true } : {}),
        },
        { includePrivate: true, limit: PACK_MAX_POINTS + 1 },
      );
      return {
        generated_at: generatedAt,
        since: since ? (request.query.since ?? null) : null,
        bbox: bbox ? [...bbox] : null,
        monitored_ids: await listMonitoredHazardIds(app.db.kysely, user.id),
        truncated: hazards.length > PACK_MAX_POINTS,
        hazards: hazards.slice(0, PACK_MAX_POINTS),
      };
    },
  );

  app.get(
    "/api/field/my-points",
    {
      preHandler: app.requirePermission("inspections.write"),
      schema: {
        tags: ["field"],
        summary:
          "The monitor's own points with their last inspection, last pre- and post-flood check (monitor's day)",
        response: { 200: MyPointsReply, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      return {
        generated_at: new Date().toISOString(),
        points: await listMonitoredPointHistories(app.db.kysely, user.id),
      };
    },
  );

  await app.register(fieldTasksRoutes);
};

function parseBbox(raw: string): [number, number, number, number] {
  const parts = raw.split(",").map(Number);
  const [w, s, e, n] = parts as [number, number, number, number];
  const ok = parts.every(Number.isFinite) && w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n;
  if (!ok) throw apiError("bad_bbox", { bbox: raw });
  if ((e - w) * (n - s) > PACK_MAX_BBOX_DEG2)
    throw apiError("bbox_too_large", { max_deg2: PACK_MAX_BBOX_DEG2 });
  return [w, s, e, n];
}
