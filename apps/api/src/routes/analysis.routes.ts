import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  bufferOperands,
  buildZoneReport,
  closeGaps,
  computeFundShares,
  findProposals,
  type OperationOutput,
  selectInPolygon,
  subtractOperands,
  unionOperands,
} from "@lianpian/db";
import {
  BufferRequest,
  CloseGapsRequest,
  checkBufferDistance,
  checkGapDistance,
  checkProposalDistance,
  FundShares,
  JINCHENG_BBOX,
  OPERATION_CAPS,
  Operands,
  OperationResult,
  ProposalReply,
  ProposalRequest,
  ReportRequest,
  SelectRequest,
  SelectResult,
  SubtractRequest,
  ZoneReport,
} from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { checkGeometry, checkOperands } from "../zones/geometry-input.ts";
import { refuseUnless } from "../zones/input-check.ts";
import { ZONE_BODY_LIMIT_BYTES } from "../zones/zone-params.ts";

/** The polygon an operation produced, or 422 when nothing with an area is left. */
function resultOrThrow(out: OperationOutput) {
  if (!out) throw apiError("empty_result");
  return { geometry: out.geometry as OperationResult["geometry"], area_m2: out.areaM2 };
}

/**
 * Analysis for planners, computed in PostGIS (the truth): the zone report
 * and fund shares of a drawn outline, geometry operations (buffer, union,
 * subtract, close gaps), lasso selection and contiguous-zone proposals.
 * Nothing here writes.
 */
export const analysisRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const opts = { preHandler: app.requirePermission("analysis.run"), bodyLimit: ZONE_BODY_LIMIT_BYTES };
  const errors = errorResponses(400, 401, 403, 404, 413, 422);

  app.post(
    "/api/analysis/report",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Zone report of a drawn outline",
        body: ReportRequest,
        response: { 200: ZoneReport, ...errors },
      },
    },
    async (request) => {
      await checkGeometry(app.db, request.body.geometry, ["polygonal"]);
      return buildZoneReport(app.db.kysely, request.body.geometry, request.body.exclude_zone_id ?? null);
    },
  );

  app.post(
    "/api/analysis/fund-shares",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Fund shares of a drawn outline by the damage rule",
        body: Type.Object({ geometry: ReportRequest.properties.geometry }, { additionalProperties: false }),
        response: { 200: FundShares, ...errors },
      },
    },
    async (request) => {
      await checkGeometry(app.db, request.body.geometry, ["polygonal"]);
      return computeFundShares(app.db.kysely, request.body.geometry);
    },
  );

  app.post(
    "/api/analysis/buffer",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Buffer geometries and/or features by N metres on the ground (negative shrinks)",
        body: BufferRequest,
        response: { 200: OperationResult, ...errors },
      },
    },
    async (request) => {
      const { distance_m, ...op } = request.body;
      refuseUnless(checkBufferDistance(distance_m), "bad_distance");
      await checkOperands(app.db, op);
      return resultOrThrow(await bufferOperands(app.db.kysely, op, distance_m));
    },
  );

  app.post(
    "/api/analysis/union",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Merge geometries and/or features into one (multi)polygon",
        body: Operands,
        response: { 200: OperationResult, ...errors },
      },
    },
    async (request) => {
      await checkOperands(app.db, request.body);
      return resultOrThrow(await unionOperands(app.db.kysely, request.body));
    },
  );

  app.post(
    "/api/analysis/subtract",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "The base minus the subtracted geometries and/or features",
        body: SubtractRequest,
        response: { 200: OperationResult, ...errors },
      },
    },
    async (request) => {
      await checkOperands(app.db, request.body.base, "/base");
      await checkOperands(app.db, request.body.subtract, "/subtract");
      return resultOrThrow(await subtractOperands(app.db.kysely, request.body.base, request.body.subtract));
    },
  );

  app.post(
    "/api/analysis/close-gaps",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Close gaps up to N metres between features (buffer out, union, buffer in)",
        body: CloseGapsRequest,
        response: { 200: OperationResult, ...errors },
      },
    },
    async (request) => {
      const { gap_m, ...op } = request.body;
      refuseUnless(checkGapDistance(gap_m), "bad_distance");
      await checkOperands(app.db, op);
      return resultOrThrow(await closeGaps(app.db.kysely, op, gap_m));
    },
  );

  app.post(
    "/api/analysis/select",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Features of the given layers inside a lasso polygon",
        body: SelectRequest,
        response: { 200: SelectResult, ...errors },
      },
    },
    async (request) => {
      await checkGeometry(app.db, request.body.geometry, ["polygonal"]);
      return selectInPolygon(
        app.db.kysely,
        request.body.geometry,
        request.body.layers,
        OPERATION_CAPS.maxSelectResults,
      );
    },
  );

  app.post(
    "/api/analysis/proposals",
    {
      ...opts,
      schema: {
        tags: ["analysis"],
        summary: "Candidate contiguous zones: damage clustered within a distance, ranked",
        body: ProposalRequest,
        response: { 200: ProposalReply, ...errors },
      },
    },
    async (request) => {
      const b = request.body;
      refuseUnless(checkProposalDistance(b.distance_m), "bad_distance");
      const bbox = b.bbox ?? JINCHENG_BBOX;
      const [w, s, e, n] = bbox as [number, number, number, number];
      if (!(w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90) || e - w > 5 || n - s > 5)
        throw apiError("bad_bbox", { field: "/bbox", bbox, max_span_deg: 5 });
      return findProposals(app.db.kysely, {
        distanceM: b.distance_m,
        historicPits: b.include_historic_pits,
        closedMines: b.include_closed_mines,
        subsidence: b.include_subsidence,
        hazardMinGrade: b.hazard_min_grade,
        allowProtected: b.allow_protected,
        bbox: [w, s, e, n],
        rankBy: b.rank_by,
        limit: b.limit,
      });
    },
  );
};
