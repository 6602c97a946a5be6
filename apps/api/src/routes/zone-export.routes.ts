import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { readAllZones, readZone } from "@lianpian/db";
import { zoneStatus } from "@lianpian/domain";
import type { FastifyReply } from "fastify";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { zonesCsv, zonesGeoJson } from "../zones/zone-export.ts";
import { ZoneIdParams } from "../zones/zone-params.ts";

const Format = Type.Enum(["geojson", "csv"], { default: "geojson" });
const FormatQuery = Type.Object({ format: Format }, { additionalProperties: false });
const ExportAllQuery = Type.Object(
  {
    format: Format,
    status: Type.Optional(
      Type.Enum([...zoneStatus.values], {
        description: "only zones in this status, e.g. draft for the planner's map",
      }),
    ),
  },
  { additionalProperties: false },
);

function send(
  reply: FastifyReply,
  zones: Parameters<typeof zonesCsv>[0],
  format: "geojson" | "csv",
  name: string,
) {
  const csv = format === "csv";
  const body = csv ? zonesCsv(zones) : JSON.stringify(zonesGeoJson(zones));
  return reply
    .type(csv ? "text/csv; charset=utf-8" : "application/geo+json; charset=utf-8")
    .header("content-disposition", `attachment; filename="${name}.${csv ? "csv" : "geojson"}"`)
    .send(body);
}

/** Zones as GeoJSON or CSV downloads (areas in 亩 and ha). */
export const zoneExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const read = { preHandler: app.requirePermission("zones.read") };
  const produced = {
    200: {
      description: "GeoJSON FeatureCollection or CSV (UTF-8 with BOM)",
      content: {
        "application/geo+json": { schema: Type.Object({ type: Type.Literal("FeatureCollection") }) },
        "text/csv": { schema: Type.String() },
      },
    },
  };

  app.get(
    "/api/zones/export",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "All zones (or those in one status) as GeoJSON or CSV",
        querystring: ExportAllQuery,
        response: { ...produced, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { format, status } = request.query;
      return send(
        reply,
        await readAllZones(app.db.kysely, status),
        format,
        status ? `zones-${status}` : "zones",
      );
    },
  );

  app.get(
    "/api/zones/:id/export",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "One zone as GeoJSON or CSV",
        params: ZoneIdParams,
        querystring: FormatQuery,
        response: { ...produced, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const zone = await readZone(app.db.kysely, request.params.id);
      if (!zone) throw apiError("zone_not_found");
      return send(reply, [zone], request.query.format, zone.code);
    },
  );
};
