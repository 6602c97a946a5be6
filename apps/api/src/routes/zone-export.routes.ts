import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { findExportLayer, readAllZones, readZone } from "@lianpian/db";
import { zoneStatus } from "@lianpian/domain";
import type { FastifyReply } from "fastify";
import type { Geometry } from "geojson";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { parseExportCrs } from "../exports/export-crs.ts";
import { attachment } from "../exports/export-file.ts";
import { sendExport } from "../exports/send-export.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { cornerTableXlsx, XLSX_TYPE } from "../zones/corner-table-xlsx.ts";
import { centreLongitude, cornerSrid, zoneCorners } from "../zones/zone-corners.ts";
import { zonesCsv, zonesGeoJson } from "../zones/zone-export.ts";
import { ZoneIdParams } from "../zones/zone-params.ts";
import { readerSelection } from "./layer-export.routes.ts";

const Format = Type.Enum(["geojson", "csv"], { default: "geojson" });
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

const ONE_ZONE_FORMATS = [
  "geojson",
  "csv",
  "shp",
  "gpkg",
  "kml",
  "xlsx",
  "txt",
  "corners.xlsx",
  "corners.json",
] as const;
const OneZoneQuery = Type.Object(
  {
    format: Type.Enum([...ONE_ZONE_FORMATS], {
      default: "geojson",
      description:
        "geojson/csv without crs: the zone record in WGS 84 as before; with crs or any other format: the file in the bureau's forms; corners.xlsx / corners.json: the 拐点坐标表",
    }),
    crs: Type.Optional(
      Type.String({
        description:
          "EPSG:4490, EPSG:4326, a CGCS2000 GK zone EPSG:4491–4554, or auto-gk. Corner tables are always in a GK zone (auto-gk when not given one).",
        examples: ["EPSG:4547", "auto-gk"],
      }),
    ),
    prefix: Type.Boolean({ default: false, description: "auto-gk: with the zone number in the easting" }),
    encoding: Type.Enum(["utf-8", "gbk"], { default: "utf-8" }),
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

/**
 * Zones as downloads: all of them (GeoJSON or CSV, areas in 亩 and ha), or one
 * in every export format and CRS, and its 拐点坐标表 (XLSX, or JSON for the
 * print report) from the stored, cleaned outline.
 */
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
        summary:
          "One zone as a file (GeoJSON, CSV, Shapefile, GeoPackage, KML, XLSX, 国土 TXT) or its 拐点坐标表",
        params: ZoneIdParams,
        querystring: OneZoneQuery,
        response: {
          200: {
            description:
              "The file, with Content-Disposition naming it; corners.json is the corner table as JSON",
            content: {
              "application/geo+json": { schema: Type.Object({ type: Type.Literal("FeatureCollection") }) },
              "text/csv": { schema: Type.String() },
              "application/octet-stream": { schema: Type.String() },
            },
          },
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { format, crs, prefix, encoding } = request.query;
      const zone = await readZone(app.db.kysely, request.params.id);
      if (!zone) throw apiError("zone_not_found");
      if ((format === "geojson" || format === "csv") && crs === undefined)
        return send(reply, [zone], format, zone.code);
      const choice = parseExportCrs(crs ?? "EPSG:4490", prefix);
      if (format === "corners.xlsx" || format === "corners.json") {
        const table = zoneCorners(zone, cornerSrid(choice, centreLongitude(zone.geometry as Geometry)));
        if (format === "corners.json") {
          return reply
            .type("application/json")
            .header("cache-control", "no-store")
            .send(JSON.stringify(table));
        }
        const name = `${zone.code}_拐点坐标表_EPSG${table.crs.epsg}.xlsx`;
        return reply
          .type(XLSX_TYPE)
          .header("content-disposition", attachment(name, `${zone.code}_corners_EPSG${table.crs.epsg}.xlsx`))
          .header("cache-control", "no-store")
          .send(Buffer.from(await cornerTableXlsx(table)) as unknown as string);
      }
      const layer = findExportLayer("zones");
      if (!layer) throw new Error("the zones layer is missing from the export registry");
      return sendExport(
        app.db,
        reply,
        layer,
        { ...readerSelection(request), zoneId: zone.id },
        { format, crs: choice, encoding, name: { zh: zone.code, ascii: zone.code } },
      );
    },
  );
};
