import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DBFFile, type FieldDescriptor } from "dbffile";
import iconv from "iconv-lite";
import type { TargetField } from "./types.ts";

/** A .dbf field made from a target field: its name cut to 10 bytes in the encoding, unique. */
export interface DbfColumn {
  field: TargetField;
  name: string;
}

/**
 * Cuts field names to the .dbf limit of 10 bytes in the given encoding
 * (whole characters only) and keeps them unique with a numbered suffix, as
 * GDAL does ("矿山名_1").
 */
export function dbfColumns(fields: TargetField[], encoding: string): DbfColumn[] {
  const taken = new Set<string>();
  return fields.map((field) => {
    let name = cutToBytes(field.name, 10, encoding) || "field";
    for (let n = 1; taken.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`;
      name = cutToBytes(field.name, 10 - suffix.length, encoding) + suffix;
    }
    taken.add(name.toLowerCase());
    return { field, name };
  });
}

/** The longest prefix of a text that fits in `max` bytes in the encoding. */
function cutToBytes(text: string, max: number, encoding: string): string {
  if (iconv.encode(text, encoding).length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (iconv.encode(out + ch, encoding).length > max) break;
    out += ch;
  }
  return out;
}

/** The .dbf bytes of attribute rows, text in the given iconv encoding ("utf-8", "gbk"). */
export async function writeDbf(
  columns: DbfColumn[],
  rows: Record<string, unknown>[],
  encoding: string,
): Promise<Uint8Array> {
  const descriptors = columns.map(({ field, name }) => descriptor(field, name, rows, encoding));
  const records = rows.map((row) =>
    Object.fromEntries(columns.map(({ field, name }) => [name, dbfValue(field, row[field.name], encoding)])),
  );
  const dir = await mkdtemp(join(tmpdir(), "lianpian-dbf-"));
  try {
    const path = join(dir, "table.dbf");
    const dbf = await DBFFile.create(path, descriptors, { encoding });
    if (records.length > 0) await dbf.appendRecords(records);
    return new Uint8Array(await readFile(path));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function descriptor(
  field: TargetField,
  name: string,
  rows: Record<string, unknown>[],
  encoding: string,
): FieldDescriptor {
  switch (field.type) {
    case "integer":
      return { name, type: "N", size: 18, decimalPlaces: 0 };
    case "number":
      return { name, type: "N", size: 20, decimalPlaces: 8 };
    case "boolean":
      return { name, type: "L", size: 1 };
    case "date":
      return { name, type: "D", size: 8 };
    case "string": {
      const longest = rows.reduce(
        (n, r) => Math.max(n, iconv.encode(text(r[field.name]), encoding).length),
        1,
      );
      return { name, type: "C", size: Math.min(254, longest) };
    }
  }
}

function dbfValue(field: TargetField, value: unknown, encoding: string): unknown {
  if (value == null || value === "") return null;
  switch (field.type) {
    case "integer":
      return Number.isFinite(Number(value)) ? Math.round(Number(value)) : null;
    case "number":
      return Number.isFinite(Number(value)) ? Number(Number(value).toFixed(8)) : null;
    case "boolean":
      return value === true || value === "true" || value === 1;
    case "date": {
      const date = value instanceof Date ? value : new Date(String(value));
      return Number.isNaN(date.getTime()) ? null : date;
    }
    case "string":
      return cutToBytes(text(value), 254, encoding);
  }
}

function text(value: unknown): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
