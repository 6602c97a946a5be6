import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  type AreaFilter,
  listCountyNames,
  listPlanRegionLinks,
  listPlanRegions,
  listPlanTargets,
  progressAtYear,
} from "@lianpian/db";
import {
  ConfigReply,
  DashboardReply,
  PLAN_YEARS,
  ProgressReply,
  PublicQuery,
  REPORT_LIMITS,
  RegionsReply,
  TargetsQuery,
  TargetsReply,
} from "@lianpian/domain";
import { apiError } from "../errors.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { mapReviewNumber } from "./admin-settings.routes.ts";
import { buildDashboard } from "./public-dashboard.ts";
import { publicRateLimit } from "./public-rate-limits.ts";

/** The year in Jincheng now, kept inside the plans' years. */
function currentPlanYear(now = new Date()): number {
  const year = Number(
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(now),
  );
  return Math.min(PLAN_YEARS.last, Math.max(PLAN_YEARS.first, year));
}

const read = { rateLimit: publicRateLimit("read") };
/** Public figures change with edits, not by the second: a minute of caching is safe and spares the database. */
const CACHE = "public, max-age=60";

/**
 * The anonymous public face: settings, plan figures, dashboards and the
 * time slider's progress (citizen reports: citizen-reports.routes.ts). No route here
 * reads a private column; the reply schemas drop anything else.
 */
export const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** The county filter: a county's code, or null for all (no code, or a city's). */
  async function areaOf(code: string | undefined) {
    if (!code) return { filter: { county: null } as AreaFilter, county: null };
    const counties = await listCountyNames(app.db.reads);
    const found = counties.find((c) => c.code === code);
    if (!found) {
      // another plan's city (Changzhi): its own plan figures, and no actuals from this database
      const other = (await listPlanRegionLinks(app.db.reads)).find(
        (r) => r.code === code && r.level === "city",
      );
      if (!other) throw apiError("unknown_county", { county: code });
      const county = { code: other.code, name_zh: other.name_zh, name_en: other.name_en };
      return { filter: { county: other.code } as AreaFilter, county };
    }
    if (found.level === "city") return { filter: { county: null } as AreaFilter, county: null };
    const county = { code: found.code, name_zh: found.name_zh, name_en: found.name_en };
    return { filter: { county: found.code } as AreaFilter, county };
  }

  app.get(
    "/api/public/config",
    {
      config: read,
      schema: {
        tags: ["public"],
        summary: "Settings of the public page: map review number (审图号), years, counties, report limits",
        response: { 200: ConfigReply, ...errorResponses(429) },
      },
    },
    async (_request, reply) => {
      const counties = await listCountyNames(app.db.reads);
      reply.header("cache-control", CACHE);
      return {
        map_review_number: await mapReviewNumber(app),
        years: { ...PLAN_YEARS, current: currentPlanYear() },
        counties: counties
          .filter((c) => c.level === "county")
          .map((c) => ({ code: c.code, name_zh: c.name_zh, name_en: c.name_en, bbox: c.bbox })),
        limits: {
          text_max_chars: REPORT_LIMITS.textMaxChars,
          text_min_chars: REPORT_LIMITS.textMinChars,
          contact_max_chars: REPORT_LIMITS.contactMaxChars,
          photo_max_bytes: REPORT_LIMITS.photoMaxBytes,
        },
      };
    },
  );

  app.get(
    "/api/public/dashboard",
    {
      config: read,
      schema: {
        tags: ["public"],
        summary: "All dashboards for a county (or all) as at the end of a year",
        description:
          "Plan figures come from plan_targets (is_real = from a source document); actual figures are " +
          "computed from the database, and `demo` says when they come from synthetic demo data.",
        querystring: PublicQuery,
        response: { 200: DashboardReply, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { filter, county } = await areaOf(request.query.county);
      const year = request.query.year ?? currentPlanYear();
      reply.header("cache-control", CACHE);
      return buildDashboard(request.readDb(), filter, year, county);
    },
  );

  app.get(
    "/api/public/progress",
    {
      config: read,
      schema: {
        tags: ["public"],
        summary: "Time slider: the state of each public zone and subsidence area at the end of a year",
        querystring: PublicQuery,
        response: { 200: ProgressReply, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { filter } = await areaOf(request.query.county);
      const year = request.query.year ?? currentPlanYear();
      reply.header("cache-control", CACHE);
      return progressAtYear(request.readDb(), filter, year, currentPlanYear());
    },
  );

  app.get(
    "/api/public/targets",
    {
      config: read,
      schema: {
        tags: ["public"],
        summary: "Plan figures by region, indicator and year, with their source document",
        querystring: TargetsQuery,
        response: { 200: TargetsReply, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { region, indicator } = request.query;
      const rows = await listPlanTargets(request.readDb(), {
        ...(region ? { regionCodes: [region] } : {}),
        ...(indicator ? { indicators: [indicator] } : {}),
      });
      reply.header("cache-control", CACHE);
      return { targets: rows.map((t) => ({ ...t, source_detail: t.source_detail ?? null })) };
    },
  );

  app.get(
    "/api/public/regions",
    {
      config: read,
      schema: {
        tags: ["public"],
        summary: "Plan regions as GeoJSON (Changzhi's outline is an approximate sketch)",
        response: { 200: RegionsReply, ...errorResponses(429) },
      },
    },
    async (_request, reply) => {
      const regions = await listPlanRegions(app.db.reads);
      reply.header("cache-control", CACHE);
      return {
        type: "FeatureCollection" as const,
        features: regions.map((r) => ({
          type: "Feature" as const,
          id: r.code,
          geometry: (r.geometry ?? null) as { type: string; coordinates: unknown } | null,
          properties: {
            code: r.code,
            name_zh: r.name_zh,
            name_en: r.name_en,
            level: r.level,
            approximate: r.geom_approximate,
            data_source: r.data_source,
          },
        })),
      };
    },
  );
};
