import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { EXPORT_LAYER_NAMES, type ExportSelection, findExportLayer, parseBbox } from "@lianpian/db";
import { can } from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { parseExportCrs } from "../exports/export-crs.ts";
import { sendExport } from "../exports/send-export.ts";
import { roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const LAYER_EXPORT_FORMATS = ["geojson", "shp", "gpkg", "kml", "csv", "xlsx", "txt"] as const;

const ExportParams = Type.Object({
  layer: Type.String({ description: `One of ${EXPORT_LAYER_NAMES.join(", ")}`, examples: ["mines"] }),
});

const ExportQuery = Type.Object(
  {
    format: Type.Enum([...LAYER_EXPORT_FORMATS], {
      default: "geojson",
      description:
        "txt is the 国土 coordinate exchange text (polygon layers only); kml is EPSG:4326/4490 only",
    }),
    crs: Type.String({
      default: "EPSG:4490",
      description:
        "EPSG:4490, EPSG:4326, a CGCS2000 GK zone EPSG:4491–4554, or auto-gk (the 3° zone of the data's central meridian)",
      examples: ["EPSG:4547", "auto-gk"],
    }),
    prefix: Type.Boolean({
      default: false,
      description: "auto-gk: with the zone number in the easting (EPSG:4513–4533)",
    }),
    encoding: Type.Enum(["utf-8", "gbk"], {
      default: "utf-8",
      description: "Attribute text of .dbf and CSV",
    }),
    ids: Type.Optional(
      Type.String({
        pattern: "^[0-9]{1,10}(,[0-9]{1,10}){0,9999}$",
        description: "Only these rows (ids; county codes for counties)",
      }),
    ),
    bbox: Type.Optional(
      Type.String({ description: "Only rows intersecting minLon,minLat,maxLon,maxLat (CRS84)" }),
    ),
    zone: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: "Only rows intersecting this zone's outline (the zone itself for zones)",
      }),
    ),
  },
  { additionalProperties: false },
);

/** What the request's reader may see: drafts for roles that read zones, private columns for those that see them. */
export function readerSelection(
  request: FastifyRequest,
): Pick<ExportSelection, "includeDrafts" | "includePrivate"> {
  const role = roleOf(request);
  return { includeDrafts: can(role, "zones.read"), includePrivate: can(role, "hazards.read_private") };
}

/**
 * Any layer as a file in the bureau's formats and CRSs: every reader exports
 * what they may read (drafts and private columns only for the roles that see
 * them). Geometry is transformed by PostGIS; the file by @lianpian/formats.
 */
export const layerExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/export/:layer",
    {
      schema: {
        tags: ["exports"],
        summary:
          "A layer (or some of its rows) as GeoJSON, zipped Shapefile, GeoPackage, KML, CSV, XLSX or 国土 TXT",
        params: ExportParams,
        querystring: ExportQuery,
        response: {
          200: {
            description: "The file, with Content-Disposition naming it",
            content: { "application/octet-stream": { schema: Type.String() } },
          },
          ...errorResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const layer = findExportLayer(request.params.layer);
      if (!layer)
        throw apiError("unknown_export_layer", { layer: request.params.layer, layers: EXPORT_LAYER_NAMES });
      let bbox: ExportSelection["bbox"];
      if (request.query.bbox !== undefined) {
        const parsed = parseBbox(request.query.bbox);
        if (!parsed.ok) {
          throw apiError(parsed.reason === "bbox_too_large" ? "bbox_too_large" : "bad_bbox", {
            parameter: "bbox",
            problem: parsed.message,
          });
        }
        bbox = parsed.bbox;
      }
      const { format, encoding } = request.query;
      return sendExport(
        app.db,
        reply,
        layer,
        { ...readerSelection(request), ids: request.query.ids?.split(","), bbox, zoneId: request.query.zone },
        {
          format,
          crs: parseExportCrs(request.query.crs, request.query.prefix),
          encoding,
          name: { zh: layer.title.zh, ascii: layer.name },
        },
      );
    },
  );
};
