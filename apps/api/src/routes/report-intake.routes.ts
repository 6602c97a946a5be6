import { createHash, randomBytes } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { findReportStatus, insertPublicReport } from "@lianpian/db";
import {
  canonicalReportJson,
  checkReportInput,
  makeTrackingCode,
  parseTrackingCode,
  ReportBody,
  ReportCreated,
  type ReportRejection,
  type ReportStatus,
  ReportStatusReply,
  reportStatus,
} from "@lianpian/domain";
import { Type } from "typebox";
import { apiError, type ErrorCode } from "../errors.ts";
import { sanitizedPhotoOrThrow } from "../photos/sanitize-photo.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { PUBLIC_RATE_LIMITS, publicRateLimit } from "./public-rate-limits.ts";

/** Room for a 2 MB photo in base64 (4/3) plus the text; anything larger is refused before parsing. */
const REPORT_BODY_LIMIT_BYTES = 3_500_000;

const REJECTION_CODE: Record<ReportRejection, ErrorCode> = {
  honeypot: "report_honeypot",
  unknown_category: "report_unknown_category",
  text_too_short: "report_text_too_short",
  text_too_long: "report_text_too_long",
  contact_too_long: "report_contact_too_long",
  photo_too_large: "report_photo_too_large",
  photo_type: "report_photo_type",
};

function statusFields(code: string, status: string) {
  const label = reportStatus.labels[status as ReportStatus];
  return { tracking_code: code, status: status as ReportStatus, status_zh: label.zh, status_en: label.en };
}

/** Base64 to bytes; undefined when the text is not base64 (Node would silently skip bad characters). */
function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return undefined;
  return new Uint8Array(Buffer.from(clean, "base64"));
}

/** Citizen reports (群众举报) from the anonymous public: submit one, look up its status by tracking code. */
export const reportIntakeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/api/public/reports",
    {
      bodyLimit: REPORT_BODY_LIMIT_BYTES,
      config: { rateLimit: publicRateLimit("report") },
      schema: {
        tags: ["public"],
        summary: "Report a problem at a place; returns the tracking code",
        description:
          "The text, photo and contact are kept private (staff only). `website` is a honeypot and must " +
          "stay empty. The point must lie inside one of the counties. A resend (the reply was lost) with " +
          "the same client_key and content is stored once and answered 200 with the stored tracking code; " +
          "the same key with other content is 422.",
        body: ReportBody,
        response: { 200: ReportCreated, 201: ReportCreated, ...errorResponses(400, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const photoBytes = body.photo ? decodeBase64(body.photo.data_base64) : null;
      if (photoBytes === undefined) throw apiError("report_photo_type", { problem: "photo is not base64" });
      const checked = checkReportInput({
        category: body.category,
        text: body.text,
        contact: body.contact,
        website: body.website,
        photo: body.photo && photoBytes ? { contentType: body.photo.content_type, bytes: photoBytes } : null,
      });
      if (!checked.ok) throw apiError(REJECTION_CODE[checked.reason]);
      const report = checked.report;
      const place = {
        lng: body.lng,
        lat: body.lat,
        locationSource: body.location_source,
        accuracyM: body.accuracy_m ?? null,
      };
      const photoSha = report.photo ? createHash("sha256").update(report.photo.bytes).digest("hex") : null;
      const resend = body.client_key
        ? {
            clientKey: body.client_key,
            contentHash: createHash("sha256")
              .update(canonicalReportJson(report, place, photoSha))
              .digest("hex"),
          }
        : null;
      const result = await insertPublicReport(
        app.db.kysely,
        actorOf(request),
        {
          category: report.category,
          text: report.text,
          contact: report.contact,
          locationSource: body.location_source,
          accuracyM: body.accuracy_m ?? null,
          position: [body.lng, body.lat],
          // Stored as pixels we encoded (no metadata, nothing hidden after the image).
          photo: report.photo
            ? await sanitizedPhotoOrThrow(report.photo.bytes, report.photo.contentType)
            : null,
          resend,
        },
        () => makeTrackingCode(randomBytes(9)),
      );
      if (!result.ok) {
        if (result.reason === "key_reused")
          throw apiError("report_key_reused", { client_key: body.client_key });
        throw apiError("report_outside_area", { lng: body.lng, lat: body.lat });
      }
      if (result.replayed)
        return reply.status(200).send(statusFields(result.trackingCode, result.replayed.status));
      return reply.status(201).send(statusFields(result.trackingCode, "new"));
    },
  );

  app.get(
    "/api/public/reports/:code",
    {
      config: { rateLimit: PUBLIC_RATE_LIMITS.lookup },
      schema: {
        tags: ["public"],
        summary: "The status and public reply of a report, by its tracking code (nothing else)",
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }),
        response: { 200: ReportStatusReply, ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const parsed = parseTrackingCode(request.params.code);
      if (!parsed.ok)
        throw apiError(parsed.reason === "typo" ? "tracking_code_typo" : "tracking_code_malformed");
      const found = await findReportStatus(app.db.kysely, parsed.code);
      if (!found) throw apiError("report_not_found");
      reply.header("cache-control", "no-store");
      return {
        ...statusFields(found.tracking_code, found.status),
        public_reply: found.public_reply,
        status_changed_at: found.status_changed_at.toISOString(),
      };
    },
  );
};
