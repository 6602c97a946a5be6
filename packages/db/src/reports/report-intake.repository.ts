import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import { withPublic } from "../public/public-tables.ts";
import type { Database } from "../schema.ts";

export interface NewReport {
  category: string;
  text: string;
  contact: string | null;
  locationSource: "map" | "gps";
  accuracyM: number | null;
  /** [lng, lat] in EPSG:4326 */
  position: readonly [number, number];
  photo: { contentType: string; bytes: Uint8Array } | null;
  /** A resend of the same report carries the same key; the hash is of its canonical content. */
  resend?: { clientKey: string; contentHash: string } | null;
}

export type IntakeResult =
  | { ok: true; id: number; trackingCode: string; countyCode: string; replayed?: { status: string } }
  | { ok: false; reason: "outside_area" | "key_reused" };

/** Advisory lock namespace of citizen report client keys (inspections use 4041). */
const REPORT_KEY_LOCK_SPACE = 4_042;

/** Attempts at a fresh tracking code when one is taken (45 random bits: a second try is already rare). */
const CODE_ATTEMPTS = 5;

/**
 * Stores a citizen report, its photo and an audit row in one transaction,
 * or nothing: a point outside every county of the database is refused. The
 * audit row names the category and county only, never the text or contact.
 */
export async function insertPublicReport(
  db: Kysely<Database>,
  actor: Actor,
  report: NewReport,
  newTrackingCode: () => string,
): Promise<IntakeResult> {
  const [lng, lat] = report.position;
  for (let attempt = 1; attempt <= CODE_ATTEMPTS; attempt++) {
    const trackingCode = newTrackingCode();
    const result = await db.transaction().execute(async (base): Promise<IntakeResult | "code_taken"> => {
      const trx = withPublic(base);
      if (report.resend) {
        const earlier = await storedUnderKey(base, report.resend.clientKey);
        if (earlier) {
          if (earlier.content_hash !== report.resend.contentHash) return { ok: false, reason: "key_reused" };
          return {
            ok: true,
            id: earlier.id,
            trackingCode: earlier.tracking_code,
            countyCode: earlier.county_code,
            replayed: { status: earlier.status },
          };
        }
      }
      const county = await sql<{ code: string }>`
        SELECT c.code::text AS code FROM counties c
        WHERE c.level = 'county' AND ST_Intersects(c.geom, ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326))
        ORDER BY c.code LIMIT 1`.execute(base);
      const countyCode = county.rows[0]?.code;
      if (!countyCode) return { ok: false, reason: "outside_area" };
      const taken = await trx
        .selectFrom("public_reports")
        .select("id")
        .where("tracking_code", "=", trackingCode)
        .executeTakeFirst();
      if (taken) return "code_taken";
      const inserted = await sql<{ id: number }>`
        INSERT INTO public_reports (tracking_code, category, report_text, reporter_contact, location_source,
                                    location_accuracy_m, county_code, geom, client_key, content_hash)
        VALUES (${trackingCode}, ${report.category}, ${report.text}, ${report.contact}, ${report.locationSource},
                ${report.accuracyM}, ${countyCode}, ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326),
                ${report.resend?.clientKey ?? null}::uuid, ${report.resend?.contentHash ?? null})
        RETURNING id`.execute(base);
      const id = inserted.rows[0]?.id;
      if (id === undefined) throw new Error("report insert returned no id");
      if (report.photo) {
        await trx
          .insertInto("public_report_photos")
          .values({
            report_id: id,
            sha256: createHash("sha256").update(report.photo.bytes).digest("hex"),
            content_type: report.photo.contentType,
            byte_size: report.photo.bytes.length,
            data: Buffer.from(report.photo.bytes),
          })
          .execute();
      }
      await recordAudit(base, actor, {
        action: "report.create",
        entity: "public_report",
        entityId: id,
        details: { category: report.category, county_code: countyCode, photo: report.photo !== null },
      });
      return { ok: true, id, trackingCode, countyCode };
    });
    if (result !== "code_taken") return result;
  }
  throw new Error(`no free tracking code after ${CODE_ATTEMPTS} attempts`);
}

/**
 * The report stored under a client key, after taking the key's lock for the
 * rest of the transaction: a second send of the key waits for the first,
 * then finds it.
 */
async function storedUnderKey(base: Kysely<Database>, clientKey: string) {
  await sql`SELECT pg_advisory_xact_lock(${REPORT_KEY_LOCK_SPACE}::int, hashtext(${clientKey}::uuid::text))`.execute(
    base,
  );
  const { rows } = await sql<{
    id: number;
    tracking_code: string;
    county_code: string;
    status: string;
    content_hash: string;
  }>`
    SELECT id, tracking_code, county_code::text AS county_code, status, content_hash
      FROM public_reports WHERE client_key = ${clientKey}::uuid`.execute(base);
  return rows[0];
}

/** What the public sees of a report by its tracking code: the status and the public reply, nothing else. */
export interface ReportStatusView {
  tracking_code: string;
  status: string;
  public_reply: string | null;
  status_changed_at: Date;
}

/** The public view of a report, or undefined for an unknown code. */
export async function findReportStatus(
  db: Kysely<Database>,
  trackingCode: string,
): Promise<ReportStatusView | undefined> {
  return withPublic(db)
    .selectFrom("public_reports")
    .select(["tracking_code", "status", "public_reply", "status_changed_at"])
    .where("tracking_code", "=", trackingCode)
    .executeTakeFirst();
}
