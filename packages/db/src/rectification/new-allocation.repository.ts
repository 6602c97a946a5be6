import {
  type AllocationOverlap,
  type AllocationReason,
  checkNewAllocation,
  type Mineral,
  type MiningMethod,
  type ProductionUnit,
  type ScaleClass,
} from "@lianpian/domain";
import { squareMetersToMu } from "@lianpian/geo";
import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import { geomFromGeoJson } from "../analysis/geometry-sql.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * What a proposed licence area meets: protected areas, key infrastructure,
 * other licences (mines, and other proposals not rejected) and treatment
 * zones past draft, each with the polygonal overlap on the ellipsoid (m²,
 * and 亩). Infrastructure drawn as a line or point counts when it crosses.
 */
export async function findAllocationOverlaps(
  db: Executor,
  geometry: unknown,
  excludeProposalId: number | null = null,
): Promise<AllocationOverlap[]> {
  const { rows } = await sql<Omit<AllocationOverlap, "overlap_mu">>`
    WITH z AS MATERIALIZED (SELECT ${geomFromGeoJson(geometry)} AS g),
    hits AS (
      SELECT 'protected_area' AS kind, p.id, p.name_zh, p.geom FROM protected_areas p, z WHERE ST_Intersects(p.geom, z.g)
      UNION ALL
      SELECT 'infrastructure', i.id, i.name_zh, i.geom FROM infrastructure i, z WHERE ST_Intersects(i.geom, z.g)
      UNION ALL
      SELECT 'licence', m.id, m.mine_name, m.geom FROM mines m, z
      WHERE m.license_no IS NOT NULL AND ST_Intersects(m.geom, z.g)
      UNION ALL
      SELECT 'proposal', pl.id, pl.name_zh, pl.geom FROM proposed_licences pl, z
      WHERE pl.status <> 'rejected' AND pl.id IS DISTINCT FROM ${excludeProposalId}::int AND ST_Intersects(pl.geom, z.g)
      UNION ALL
      SELECT 'zone', t.id, t.name_zh, t.geom FROM treatment_zones t, z
      WHERE t.status <> 'draft' AND ST_Intersects(t.geom, z.g)
    )
    SELECT h.kind, h.id, h.name_zh,
           coalesce(ST_Area(ST_CollectionExtract(ST_Intersection(h.geom, z.g), 3)::geography), 0)::float8 AS overlap_m2
    FROM hits h, z
    ORDER BY h.kind, overlap_m2 DESC, h.id`.execute(db);
  return rows
    .map((r) => ({ ...r, overlap_mu: squareMetersToMu(r.overlap_m2) }))
    .filter((r) => r.kind === "infrastructure" || r.overlap_m2 >= 1);
}

/** A proposed new licence area as drawn or imported. */
export interface ProposedLicenceInput {
  name_zh: string;
  county_code: string | null;
  mineral: Mineral;
  mining_method: MiningMethod;
  deposit_scale: ScaleClass;
  production_scale: number;
  production_unit: ProductionUnit;
  geometry: unknown;
  remarks?: string | null;
}

export interface ProposedLicence extends Omit<ProposedLicenceInput, "geometry" | "remarks"> {
  remarks: string | null;
  id: number;
  status: "proposed" | "approved" | "rejected";
  geometry: unknown;
  area_m2: number;
}

/** A proposal with the check of it: may it be allocated, and why not. */
export interface CheckedProposal {
  ok: boolean;
  production_class: ScaleClass | null;
  reasons: AllocationReason[];
  overlaps: AllocationOverlap[];
}

/** Checks a proposed area against the layers and the plan's scale rule. */
export async function checkProposal(
  db: Executor,
  input: Omit<ProposedLicenceInput, "name_zh" | "county_code">,
  excludeProposalId: number | null = null,
): Promise<CheckedProposal> {
  const overlaps = await findAllocationOverlaps(db, input.geometry, excludeProposalId);
  const r = checkNewAllocation(
    {
      mineral: input.mineral,
      miningMethod: input.mining_method,
      depositScale: input.deposit_scale,
      productionScale: input.production_scale,
      productionUnit: input.production_unit,
    },
    overlaps,
  );
  return { ok: r.ok, production_class: r.productionClass, reasons: r.reasons, overlaps };
}

/** Stores a proposal (status proposed), audited; its county is the one holding most of it when not given. */
export async function createProposal(
  trx: Transaction<Database>,
  input: ProposedLicenceInput,
  actor: Actor,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    WITH z AS (SELECT ST_Multi(${geomFromGeoJson(input.geometry)}) AS g)
    INSERT INTO proposed_licences (name_zh, county_code, mineral, mining_method, deposit_scale, production_scale,
      production_unit, geom, data_source, remarks)
    SELECT ${input.name_zh}, coalesce(${input.county_code}::text, (
             SELECT c.code FROM counties c WHERE c.level = 'county' AND ST_Intersects(c.geom, z.g)
             ORDER BY ST_Area(ST_Intersection(c.geom, z.g)) DESC LIMIT 1)),
           ${input.mineral}, ${input.mining_method}, ${input.deposit_scale}, ${input.production_scale}::numeric,
           ${input.production_unit}, z.g, ${`lianpian:${actor.username}`}, ${input.remarks ?? null}
    FROM z RETURNING id`.execute(trx);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("proposal insert returned no id");
  await recordAudit(trx, actor, {
    action: "rectification.propose",
    entity: "proposed_licence",
    entityId: id,
  });
  return id;
}

/** Moves a proposal to approved or rejected (or back to proposed), audited; false when there is none. */
export async function setProposalStatus(
  trx: Transaction<Database>,
  id: number,
  status: ProposedLicence["status"],
  actor: Actor,
): Promise<boolean> {
  const { rows } = await sql<{ status: string }>`
    SELECT status FROM proposed_licences WHERE id = ${id}::int FOR UPDATE`.execute(trx);
  const before = rows[0];
  if (!before) return false;
  await sql`UPDATE proposed_licences SET status = ${status} WHERE id = ${id}::int`.execute(trx);
  await recordAudit(trx, actor, {
    action: "rectification.proposal_status",
    entity: "proposed_licence",
    entityId: id,
    details: { before: before.status, after: status },
  });
  return true;
}

/** Every proposal, newest first. */
export async function listProposals(db: Executor, countyCode?: string): Promise<ProposedLicence[]> {
  const county = countyCode ?? null;
  const { rows } = await sql<ProposedLicence>`
    SELECT id, name_zh, county_code::text AS county_code, mineral, mining_method, deposit_scale,
           production_scale::float8 AS production_scale, production_unit, status, remarks,
           ST_AsGeoJSON(geom, 9)::json AS geometry, ST_Area(geom::geography)::float8 AS area_m2
    FROM proposed_licences WHERE ${county}::text IS NULL OR county_code = ${county}::text
    ORDER BY id DESC`.execute(db);
  return rows;
}
