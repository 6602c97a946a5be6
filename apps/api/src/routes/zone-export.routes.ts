import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { readAllZones, readZone } from "@lianpian/db";
import type { FastifyReply } from "fastify";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { zonesCsv, zonesGeoJson } from "../zones/zone-export.ts";
import { ZoneIdParams } from "../zones/zone-params.ts";

const FormatQuery = Type.Object(
  { format: Type.Enum(["geojson", "csv"], { default: "geojson" }) },
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
        summary: "All zones as GeoJSON or CSV",
        querystring: FormatQuery,
        response: { ...produced, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => send(reply, await readAllZones(app.db.kysely), request.query.format, "zones"),
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
