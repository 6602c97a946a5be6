import ExcelJS from "exceljs";
import type { ZoneCorners } from "./zone-corners.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Column headers of the corner rows, as a surveyor's 界址点坐标表 has them. */
const CORNER_HEADER = ["地块", "圈号", "点号", "X（m）", "Y（m）", "经度", "纬度"] as const;

/**
 * A zone's 拐点坐标表 as XLSX (ExcelJS): header rows with the zone's code and
 * name, CRS and area in m², 亩 and ha; then one row per corner, ring by
 * ring, X (northing) and Y (easting) to 0.01 m as numbers with two decimals,
 * longitude and latitude in DMS to 0.01″.
 */
export async function cornerTableXlsx(table: ZoneCorners): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("拐点坐标表");
  sheet.addRow(["拐点坐标表"]).font = { bold: true, size: 14 };
  sheet.addRow(["片区编号", table.zone.code, "片区名称", table.zone.name_zh]);
  sheet.addRow(["坐标系", `${table.crs.name}（EPSG:${table.crs.epsg}）`]);
  sheet.addRow(["面积（m²）", table.area.m2, "面积（亩）", table.area.mu, "面积（公顷）", table.area.ha]);
  sheet.addRow(["拐点数", table.corners.length]);
  sheet.addRow([]);
  sheet.addRow([...CORNER_HEADER]).font = { bold: true };
  for (const c of table.corners) {
    const row = sheet.addRow([c.part, c.ring, c.pointNo, c.x, c.y, c.lon, c.lat]);
    row.getCell(4).numFmt = "0.00";
    row.getCell(5).numFmt = "0.00";
  }
  sheet.columns.forEach((column, i) => {
    column.width = [8, 8, 8, 16, 16, 18, 18][i] ?? 12;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
