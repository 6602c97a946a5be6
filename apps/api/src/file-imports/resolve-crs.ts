import type { ImportIssue } from "@lianpian/domain";
import type { DeclaredCrs } from "@lianpian/formats";
import { type CrsRef, customDatumCrs, identifyCrs, type SevenParams } from "@lianpian/geo";

/** How a file's coordinates become EPSG:4326. */
export type CrsPlan =
  | { kind: "crs"; ref: CrsRef; srid: number; label: string }
  | { kind: "web"; system: "gcj02" | "bd09"; label: string }
  | { kind: "refused"; issue: ImportIssue; label: string | null };

const issue = (
  code: ImportIssue["code"],
  message: string,
  message_en: string,
  details?: object,
): ImportIssue => ({
  row: null,
  field: "crs",
  code,
  message,
  message_en,
  ...(details ? { details: details as Record<string, unknown> } : {}),
});

/** The user's CRS text as a declaration: "EPSG:4547", "4547", "CRS84", "GCJ02", "BD-09", or WKT. */
function declaredOf(text: string): DeclaredCrs | "gcj02" | "bd09" {
  const t = text.trim();
  const squashed = t.toUpperCase().replace(/[\s_-]/g, "");
  if (squashed === "GCJ02") return "gcj02";
  if (squashed === "BD09") return "bd09";
  if (squashed === "CRS84" || squashed === "WGS84") return { epsg: 4326 };
  const epsg = /^(?:EPSG:)?(\d{4,5})$/i.exec(t);
  if (epsg) return { epsg: Number(epsg[1]) };
  return /^(PROJCS|GEOGCS|PROJCRS|GEOGCRS)\[/i.test(t) ? { wkt: t } : { description: t };
}

/**
 * The CRS the rows are read in: the user's choice, else what the file
 * declares, else WGS 84 for formats that have no other (said as a warning).
 * Xi'an 80 / Beijing 54 are refused unless the seven parameters are given;
 * GCJ-02 / BD-09 are converted.
 */
export function resolveCrs(
  chosen: string | undefined,
  declared: DeclaredCrs | null,
  params: SevenParams | undefined,
): { plan: CrsPlan; warnings: ImportIssue[] } {
  const source = chosen ? declaredOf(chosen) : declared;
  if (source === "gcj02" || source === "bd09")
    return { plan: { kind: "web", system: source, label: source.toUpperCase() }, warnings: [] };
  if (source === null || (!source.epsg && !source.wkt && !source.description)) {
    return {
      plan: { kind: "crs", ref: 4326, srid: 4326, label: "EPSG:4326" },
      warnings: [
        issue(
          "crs_unknown",
          "文件未说明坐标系，按 WGS84 经纬度读取；如不对请选择坐标系",
          "The file names no CRS; read as WGS 84 longitude/latitude. Choose the CRS if that is wrong",
        ),
      ],
    };
  }
  const found = identifyCrs(source);
  const label = source.epsg ? `EPSG:${source.epsg}` : (chosen ?? source.description ?? null);
  if (found.ok)
    return {
      plan: { kind: "crs", ref: found.srid, srid: found.srid, label: `EPSG:${found.srid}` },
      warnings: [],
    };
  if (found.reason === "gcj02" || found.reason === "bd09") {
    const note = issue("crs_converted", found.message_zh, found.message_en);
    return {
      plan: { kind: "web", system: found.reason, label: found.reason.toUpperCase() },
      warnings: [note],
    };
  }
  if ((found.reason === "xian80" || found.reason === "beijing54") && params) {
    const proj = customDatumCrs({
      datum: found.reason,
      params,
      ...(found.projection
        ? { centralMeridian: found.projection.centralMeridian, falseEasting: found.projection.falseEasting }
        : {}),
    });
    return {
      plan: { kind: "crs", ref: proj, srid: source.epsg ?? 0, label: label ?? found.reason },
      warnings: [],
    };
  }
  return {
    plan: {
      kind: "refused",
      issue: issue("crs_refused", found.message_zh, found.message_en, { reason: found.reason }),
      label,
    },
    warnings: [],
  };
}
