import ExcelJS from "exceljs";
import Papa from "papaparse";
import { type CellTable, detectColumns, tableToFeatures } from "./columns-to-geometry.ts";
import type { ReadBudget } from "./limits.ts";
import { chooseEncoding, decodeText } from "./text-encoding.ts";
import {
  FormatError,
  type LayerSummary,
  type ReadLimits,
  type ReadOptions,
  type SourceLayer,
  type TextEncodingInfo,
} from "./types.ts";
import { unzipEntries } from "./zip-entries.ts";

/** Reads a CSV or XLSX table of points or corner lists into one layer (CRS left to the user). */
export async function readColumnsFile(
  format: "csv" | "xlsx",
  bytes: Uint8Array,
  name: string,
  budget: ReadBudget,
  options: ReadOptions,
): Promise<{ layer: SourceLayer; encoding: TextEncodingInfo }> {
  const { table, encoding, sheet } =
    format === "csv"
      ? { ...readCsv(bytes, options.encoding), sheet: name }
      : await readXlsx(bytes, budget, options.layer);
  if (table.header.length === 0) throw new FormatError("no_layers", "The table has no header row.");
  const roles = detectColumns(table);
  const { fields, features } = tableToFeatures(table, roles, budget, options.angleMode);
  return { layer: { name: sheet, fields, crs: null, features }, encoding };
}

/** A CSV's cells, decoded by BOM, the user's choice or detection (UTF-8, else GB18030). */
function readCsv(bytes: Uint8Array, override?: string): { table: CellTable; encoding: TextEncodingInfo } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding: TextEncodingInfo =
    bom && !override
      ? { used: "utf-8", detected: "utf-8", source: "detected" }
      : chooseEncoding(bytes, override);
  const text = decodeText(bytes, encoding.used);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  const [header = [], ...rows] = parsed.data;
  return { table: { header: header.map((h) => h.trim()), rows }, encoding };
}

/** The sheets of a workbook with their data row counts (the header row not counted). */
export async function listSheets(bytes: Uint8Array, limits: ReadLimits): Promise<LayerSummary[]> {
  const workbook = await loadWorkbook(bytes, limits);
  return workbook.worksheets.map((w) => ({
    name: w.name,
    featureCount: Math.max(0, w.actualRowCount - 1),
    geometryType: null,
  }));
}

async function loadWorkbook(bytes: Uint8Array, limits: ReadLimits): Promise<ExcelJS.Workbook> {
  // Inflate once under the limits before ExcelJS does: a zip bomb stops here.
  unzipEntries(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new FormatError("corrupt_file", `The XLSX file cannot be read: ${(error as Error).message}`);
  }
  return workbook;
}

async function readXlsx(
  bytes: Uint8Array,
  budget: ReadBudget,
  sheetName?: string,
): Promise<{ table: CellTable; encoding: TextEncodingInfo; sheet: string }> {
  const workbook = await loadWorkbook(bytes, budget.limits);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    if (sheetName === undefined) throw new FormatError("no_layers", "The workbook has no sheets.");
    throw new FormatError("unknown_layer", `The workbook has no sheet "${sheetName}".`, {
      layers: workbook.worksheets.map((w) => w.name),
    });
  }
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    if (cells.some((v) => v !== null && v !== "")) rows.push(cells);
  });
  const [header = [], ...data] = rows;
  return {
    table: { header: header.map((h) => String(h ?? "").trim()), rows: data },
    encoding: { used: "utf-8", detected: null, source: "format" },
    sheet: sheet.name,
  };
}

/** The plain value of an ExcelJS cell (formulas by their result, rich text and links by their text). */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value == null) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return cellValue(value.text as ExcelJS.CellValue);
  if ("error" in value) return null;
  return String(value);
}
