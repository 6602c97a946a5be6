import type { ValueMaps } from "@lianpian/domain";
import type { SevenParams } from "@lianpian/geo";
import type { FastifyRequest } from "fastify";
import { apiError } from "../errors.ts";
import type { StageChoices } from "./stage-file.ts";

/** A JSON text field of the form, or a 400 naming it. */
function json(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw apiError("import_bad_mapping", { field: name });
  }
}

/** A mapping sent either flat ({ field: column }) or as { fields, values } with value maps. */
export function splitMapping(raw: unknown): { mapping: unknown; valueMaps: ValueMaps | undefined } {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw apiError("import_bad_mapping");
  const o = raw as Record<string, unknown>;
  if ("fields" in o || "values" in o) {
    return { mapping: o.fields ?? {}, valueMaps: valueMapsOf(o.values) };
  }
  return { mapping: o, valueMaps: undefined };
}

/** Value maps: { field: { raw text: vocabulary value } }, strings only. */
export function valueMapsOf(raw: unknown): ValueMaps | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "object" || Array.isArray(raw))
    throw apiError("import_bad_mapping", { field: "values" });
  const out: ValueMaps = {};
  for (const [field, map] of Object.entries(raw as Record<string, unknown>)) {
    if (map === null || typeof map !== "object" || Array.isArray(map))
      throw apiError("import_bad_mapping", { field });
    out[field] = Object.fromEntries(
      Object.entries(map as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === "string",
      ),
    );
  }
  return out;
}

/** Seven parameters for a Xi'an 80 / Beijing 54 file: "dx,dy,dz,rx,ry,rz,ppm" or a JSON object. */
export function datumParamsOf(raw: unknown): SevenParams | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  const names = ["dx", "dy", "dz", "rx", "ry", "rz", "ppm"] as const;
  const values =
    typeof raw === "string" && !raw.trim().startsWith("{")
      ? raw.split(",").map((v) => Number(v.trim()))
      : names.map((n) =>
          Number(
            (typeof raw === "string"
              ? (json("datum_params", raw) as Record<string, unknown>)
              : (raw as Record<string, unknown>))[n],
          ),
        );
  if (values.length !== 7 || !values.every(Number.isFinite))
    throw apiError("import_bad_mapping", { field: "datum_params" });
  return Object.fromEntries(names.map((n, i) => [n, values[i]])) as unknown as SevenParams;
}

/**
 * Reads the multipart form: the text fields (encoding, crs, mapping, layer,
 * datum_params) and the one file, its bytes capped at `maxBytes` (413 past it).
 */
export async function readUploadForm(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Uint8Array; choices: StageChoices }> {
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Uint8Array } | undefined;
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 1024 * 1024 },
    })) {
      if (part.type === "file") {
        if (part.fieldname !== "file" || file) {
          await part.toBuffer();
          continue;
        }
        const buffer = await part.toBuffer();
        file = {
          fileName: part.filename || "upload",
          bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        };
      } else if (typeof part.value === "string") {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_PARTS_LIMIT" || code === "FST_FILES_LIMIT")
      throw apiError("import_too_large", { max_bytes: maxBytes });
    if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") throw apiError("unsupported_media_type");
    throw e;
  }
  if (!file) throw apiError("import_file_missing");
  const mapping = fields.mapping
    ? splitMapping(json("mapping", fields.mapping))
    : { mapping: undefined, valueMaps: undefined };
  const valueMaps = fields.value_maps
    ? valueMapsOf(json("value_maps", fields.value_maps))
    : mapping.valueMaps;
  return {
    ...file,
    choices: {
      encoding: fields.encoding || undefined,
      crs: fields.crs || undefined,
      mapping: mapping.mapping,
      valueMaps,
      sourceLayer: fields.layer || undefined,
      datumParams: datumParamsOf(fields.datum_params),
    },
  };
}
