import {
  type Db,
  type ExportLayerDef,
  type ExportSelection,
  readExportCentre,
  readExportRows,
} from "@lianpian/db";
import type { TargetFormat } from "@lianpian/formats";
import type { FastifyReply } from "fastify";
import { apiError } from "../errors.ts";
import { type ExportCrsChoice, formatTakesSrid, resolveExportSrid } from "./export-crs.ts";
import { attachment, writeLayerFile } from "./export-file.ts";

/** A file export asked for: format, CRS, text encoding and the file's base names (zh, and ASCII). */
export interface ExportAsk {
  format: TargetFormat;
  crs: ExportCrsChoice;
  encoding: "utf-8" | "gbk";
  /** Base name without the CRS, e.g. 矿山 / mines or the zone code. */
  name: { zh: string; ascii: string };
}

/** Refuses a format the layer's geometry cannot take (国土 TXT holds polygons only). */
function checkFormatForLayer(layer: ExportLayerDef, format: string): void {
  if (format === "txt" && layer.geometryKind !== "polygon") {
    throw apiError("export_not_possible", {
      reason: "txt_polygons_only",
      layer: layer.name,
      problem: "国土 TXT (坐标交换文本) holds polygons only",
    });
  }
}

/**
 * Reads the selected rows in the target CRS and replies with the written
 * file: Content-Disposition with the UTF-8 name (e.g. 矿山_EPSG4547.zip),
 * Content-Crs naming the CRS, no caching.
 */
export async function sendExport(
  db: Db,
  reply: FastifyReply,
  layer: ExportLayerDef,
  selection: ExportSelection,
  ask: ExportAsk,
) {
  checkFormatForLayer(layer, ask.format);
  const centre = ask.crs.kind === "auto-gk" ? await readExportCentre(db.kysely, layer, selection) : null;
  const srid = resolveExportSrid(ask.crs, centre);
  if (!formatTakesSrid(ask.format, srid)) {
    throw apiError("export_not_possible", {
      reason: "kml_lonlat_only",
      srid,
      problem: "KML is EPSG:4326 / 4490 only",
    });
  }
  const rows = await readExportRows(db.kysely, layer, srid, selection);
  const file = await writeLayerFile(layer, rows, {
    format: ask.format,
    srid,
    encoding: ask.encoding,
    includePrivate: selection.includePrivate,
    name: `${ask.name.zh}_EPSG${srid}`,
  });
  const ascii = file.fileName.replace(ask.name.zh, ask.name.ascii);
  return reply
    .type(file.contentType)
    .header("content-disposition", attachment(file.fileName, ascii))
    .header("content-crs", `<http://www.opengis.net/def/crs/EPSG/0/${srid}>`)
    .header("cache-control", "no-store")
    .send(Buffer.from(file.bytes) as unknown as string);
}
