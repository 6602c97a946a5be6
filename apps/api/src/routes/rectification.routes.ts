import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  type ClassedMine,
  checkProposal,
  classifyMines,
  countByCounty,
  createProposal,
  findConsolidationCandidates,
  listProposals,
  newVersusClosedCount,
  recordRectificationClass,
  setProposalStatus,
  writeRectificationFacts,
} from "@lianpian/db";
import { buildCsv, disposition, mineStatus } from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import {
  AllocationCheckBody,
  AllocationCheckReply,
  ClassesReply,
  ClassFilter,
  ConsolidationReply,
  FactsBody,
  ProposalBody,
  ProposalStatusBody,
  ProposalsReply,
  RecordClassBody,
} from "../schemas/rectification.schema.ts";
import { checkGeometry } from "../zones/geometry-input.ts";
import { ZONE_BODY_LIMIT_BYTES } from "../zones/zone-params.ts";

const tags = ["rectification"];
const MineId = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const today = () => new Date().toISOString().slice(0, 10);
const label = (c: string | null) =>
  c === "closed"
    ? `${mineStatus.labels.closed.zh} closed`
    : c
      ? `${disposition.labels[c as "retain"]?.zh ?? c} ${c}`
      : "";

function classesCsv(mines: readonly ClassedMine[]): string {
  return buildCsv<ClassedMine>(
    [
      { header: "矿山 mine", value: (m) => m.mine_name },
      { header: "采矿许可证号 licence", value: (m) => m.license_no ?? "" },
      { header: "县 county", value: (m) => m.county_code },
      { header: "矿权人 holder", value: (m) => m.company_name ?? "" },
      { header: "矿种 mineral", value: (m) => m.mineral },
      { header: "状态 status", value: (m) => m.status },
      { header: "计算类别 computed", value: (m) => label(m.computed.class) },
      { header: "依据 reasons", value: (m) => m.computed.reasons.map((r) => r.zh).join("；") },
      { header: "缺少 missing", value: (m) => m.computed.missing.join(" ") },
      { header: "认定类别 recorded", value: (m) => label(m.disposition) },
      { header: "认定依据 basis", value: (m) => m.disposition_doc ?? "" },
      { header: "执行类别 in force", value: (m) => label(m.effective) },
    ],
    mines,
  );
}

/**
 * Non-coal mine rectification (Zezhou plan): each mine's computed class with
 * its reasons beside the planner's recorded class (which wins, audited),
 * consolidation candidates, the new-allocation check of a proposed area and
 * the running count of new sites against mines closed.
 */
export const rectificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const read = app.requirePermission("analysis.run");
  const write = app.requirePermission("zones.write");

  app.get(
    "/api/rectification/mines",
    {
      preHandler: read,
      schema: {
        tags,
        summary: "Non-coal mines with computed and recorded rectification classes",
        description:
          "Every licensed non-coal mine (optionally of a county, of a class in force) classed on `as_of` " +
          "(default today); `format=csv` downloads the table. Counts per county and class, and approved new " +
          "sites against mines closed (close-and-ban or guided exit).",
        querystring: ClassFilter,
        response: {
          200: {
            description: "the classes (JSON) or the table (CSV)",
            content: {
              "application/json": { schema: ClassesReply },
              "text/csv": { schema: Type.String() },
            },
          },
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const asOf = q.as_of ?? today();
      const all = await classifyMines(app.db.kysely, { asOf, countyCode: q.county });
      const mines = q.class ? all.filter((m) => m.effective === q.class) : all;
      if (q.format === "csv")
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="rectification.csv"')
          .header("cache-control", "no-store")
          .send(classesCsv(mines));
      return {
        as_of: asOf,
        mines,
        counts_by_county: countByCounty(all),
        new_vs_closed: await newVersusClosedCount(app.db.kysely, all, q.county),
      };
    },
  );

  app.put(
    "/api/rectification/mines/:id/class",
    {
      preHandler: write,
      schema: {
        tags,
        summary: "Record the planner's class of a mine (or clear it with null)",
        description:
          "A class needs its basis (the document); recorded in the audit log with the class before.",
        params: MineId,
        body: RecordClassBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { disposition: cls, basis } = request.body;
      if (cls !== null && basis === null) throw apiError("rectification_basis_required");
      const ok = await app.db.kysely
        .transaction()
        .execute((trx) =>
          recordRectificationClass(trx, request.params.id, { disposition: cls, basis }, actorOf(request)),
        );
      if (!ok) throw apiError("rectification_mine_not_found");
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/api/rectification/mines/:id/facts",
    {
      preHandler: write,
      schema: {
        tags,
        summary: "Set the facts a mine's class is computed from",
        params: MineId,
        body: FactsBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ok = await app.db.kysely
        .transaction()
        .execute((trx) => writeRectificationFacts(trx, request.params.id, request.body, actorOf(request)));
      if (!ok) throw apiError("rectification_mine_not_found");
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/rectification/consolidation",
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          "Consolidation candidates: operations closer than the safety distance, or one ore body's owners",
        querystring: Type.Object({ county: Type.Optional(Type.String({ pattern: "^\\d{6}$" })) }),
        response: { 200: ConsolidationReply, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      pairs: await findConsolidationCandidates(app.db.kysely, { countyCode: request.query.county }),
    }),
  );

  app.post(
    "/api/rectification/allocation-check",
    {
      preHandler: read,
      bodyLimit: ZONE_BODY_LIMIT_BYTES,
      schema: {
        tags,
        summary: "Check a proposed licence area: overlaps (m², 亩) and the medium-scale rule",
        body: AllocationCheckBody,
        response: { 200: AllocationCheckReply, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request) => {
      await checkGeometry(app.db, request.body.geometry, ["polygonal"]);
      return checkProposal(app.db.kysely, {
        ...request.body,
        production_unit: request.body.production_unit ?? "万t/a",
      });
    },
  );

  app.get(
    "/api/rectification/proposals",
    {
      preHandler: read,
      schema: {
        tags,
        summary: "Proposed new licence areas",
        response: { 200: ProposalsReply, ...errorResponses(401, 403) },
      },
    },
    async () => ({ proposals: await listProposals(app.db.kysely) }),
  );

  app.post(
    "/api/rectification/proposals",
    {
      preHandler: write,
      bodyLimit: ZONE_BODY_LIMIT_BYTES,
      schema: {
        tags,
        summary: "Store a proposed new licence area (drawn or imported) and check it",
        body: ProposalBody,
        response: {
          201: Type.Object({ id: Type.Integer(), check: AllocationCheckReply }),
          ...errorResponses(400, 401, 403, 413),
        },
      },
    },
    async (request, reply) => {
      await checkGeometry(app.db, request.body.geometry, ["polygonal"]);
      const input = {
        ...request.body,
        county_code: request.body.county_code ?? null,
        production_unit: request.body.production_unit ?? ("万t/a" as const),
      };
      const id = await app.db.kysely
        .transaction()
        .execute((trx) => createProposal(trx, input, actorOf(request)));
      const check = await checkProposal(app.db.kysely, input, id);
      return reply.status(201).send({ id, check });
    },
  );

  app.post(
    "/api/rectification/proposals/:id/status",
    {
      preHandler: write,
      schema: {
        tags,
        summary: "Approve or reject a proposed licence area (audited)",
        params: MineId,
        body: ProposalStatusBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ok = await app.db.kysely
        .transaction()
        .execute((trx) => setProposalStatus(trx, request.params.id, request.body.status, actorOf(request)));
      if (!ok) throw apiError("proposal_not_found");
      return reply.status(204).send(null);
    },
  );
};
