/** What can be exported: a whole layer (or some of its rows), or one zone. */
export type ExportTarget =
  | { kind: "layer"; layer: string; ids?: readonly (string | number)[] }
  | { kind: "zone"; zoneId: number };

export const EXPORT_FORMATS = ["geojson", "shp", "gpkg", "kml", "csv", "xlsx", "txt"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number] | "corners.xlsx";

export interface ExportChoice {
  format: ExportFormat;
  crs: string;
  /** GK only: the zone number in the easting. */
  prefix: boolean;
  encoding: "utf-8" | "gbk";
}

/** Formats whose attribute text can be GBK (a .dbf or a CSV for old Excel). */
export const takesEncoding = (f: ExportFormat) => f === "shp" || f === "csv";
/** KML is WGS84 by definition; the corner table carries both GK and lon/lat whatever is chosen. */
export const takesCrs = (f: ExportFormat) => f !== "kml";

/** The download's URL: GET /api/export/{layer}… or /api/zones/{id}/export…, with only the parameters that apply. */
export function exportHref(target: ExportTarget, choice: ExportChoice): string {
  const q = new URLSearchParams({ format: choice.format });
  if (takesCrs(choice.format)) {
    q.set("crs", choice.crs);
    if (choice.crs === "auto-gk") q.set("prefix", String(choice.prefix));
  }
  if (takesEncoding(choice.format)) q.set("encoding", choice.encoding);
  if (target.kind === "zone") return `/api/zones/${target.zoneId}/export?${q}`;
  if (target.ids?.length) q.set("ids", target.ids.join(","));
  return `/api/export/${encodeURIComponent(target.layer)}?${q}`;
}

/** The file name a reply's Content-Disposition gives (RFC 5987 filename* first), else a fallback. */
export function downloadName(disposition: string | null, fallback: string): string {
  if (disposition) {
    const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
    if (star?.[1]) {
      try {
        return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
      } catch {
        // a malformed escape: the plain name below
      }
    }
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    if (plain?.[1]) return plain[1];
  }
  return fallback;
}
