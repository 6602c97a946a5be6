import type { TargetFormat, WriteInput, WrittenFile } from "./types.ts";
import { writeCsv } from "./write-csv.ts";
import { writeGeoJson } from "./write-geojson.ts";
import { writeGeoPackage } from "./write-geopackage.ts";
import { writeGuotuTxt } from "./write-guotu-txt.ts";
import { writeKml } from "./write-kml.ts";
import { writeShapefile } from "./write-shapefile.ts";
import { writeXlsx } from "./write-xlsx.ts";

/** Writes features (already in the target CRS) as a file of the given format. */
export async function writeTargetFile(format: TargetFormat, input: WriteInput): Promise<WrittenFile> {
  switch (format) {
    case "geojson":
      return writeGeoJson(input);
    case "shp":
      return writeShapefile(input);
    case "gpkg":
      return writeGeoPackage(input);
    case "kml":
      return writeKml(input);
    case "csv":
      return writeCsv(input);
    case "xlsx":
      return writeXlsx(input);
    case "txt":
      return writeGuotuTxt(input);
  }
}
