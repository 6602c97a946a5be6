import ExcelJS from "exceljs";
import { tabularRows } from "./tabular-rows.ts";
import type { WriteInput, WrittenFile } from "./types.ts";

/** XLSX by ExcelJS: one sheet named after the layer, a header row, points as x/y, other geometry as WKT. */
export async function writeXlsx(input: WriteInput): Promise<WrittenFile> {
  const { header, rows } = tabularRows(input);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(input.name));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(buffer as ArrayBuffer),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${input.name}.xlsx`,
  };
}

/** A worksheet name Excel accepts: no []:*?/\ and at most 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}
