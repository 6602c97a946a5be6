import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { apiError } from "../errors.ts";

/**
 * One rule at the edge for text and numbers in every request, run before the
 * schema validators (which coerce URL text to numbers too leniently: "0x1",
 * "1e1", " 1" and "01" all become numbers there):
 * - no control characters (NUL and the rest of C0 and DEL; tab, newline and
 *   carriage return are text) in any string of the path, query or JSON body;
 * - a number in the path or query is written canonically, is finite, and an
 *   integer fits PostgreSQL's int4 unless its schema allows more.
 */
export const inputEdge = fp(async (app: FastifyInstance) => {
  // Callback style: no promise per request (every request passes here, the vector tile too).
  app.addHook("preValidation", (request, _reply, done) => {
    let refused: Error | undefined;
    try {
      const schema = request.routeOptions.schema as RouteSchemas | undefined;
      checkUrlPart(request, "params", schema?.params);
      checkUrlPart(request, "querystring", schema?.querystring);
      const field = controlCharacterAt(request.body, "body", 0);
      if (field) refused = refusal("control_characters", field, "holds a control character");
    } catch (error) {
      refused = error as Error;
    }
    done(refused);
  });
});

/** Details in the validators' shape: a list of { field, problem }. */
function refusal(
  code: "control_characters" | "non_canonical_number" | "number_out_of_range",
  field: string,
  problem: string,
  value?: string,
) {
  return apiError(code, [{ field, problem, ...(value === undefined ? {} : { value: value.slice(0, 40) }) }]);
}

interface JsonSchemaLike {
  type?: string | string[];
  maximum?: number;
  minimum?: number;
  properties?: Record<string, JsonSchemaLike>;
  anyOf?: JsonSchemaLike[];
  items?: JsonSchemaLike;
}
interface RouteSchemas {
  params?: JsonSchemaLike;
  querystring?: JsonSchemaLike;
}

const INT4_MAX = 2_147_483_647;
const INT4_MIN = -2_147_483_648;
const CANONICAL_INTEGER = /^(0|-?[1-9][0-9]*)$/;
const CANONICAL_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
// C0 controls but tab (09), line feed (0A) and carriage return (0D); and DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkUrlPart(request: FastifyRequest, part: "params" | "querystring", schema?: JsonSchemaLike) {
  const values = (part === "params" ? request.params : request.query) as Record<string, unknown> | undefined;
  if (!values || typeof values !== "object") return;
  for (const [name, raw] of Object.entries(values)) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value !== "string") continue;
      const field = `${part}/${name}`;
      if (CONTROL.test(value)) throw refusal("control_characters", field, "holds a control character");
      const kind = numericKind(schema?.properties?.[name]);
      if (!kind) continue;
      const property = schema?.properties?.[name] as JsonSchemaLike;
      if (!(kind === "integer" ? CANONICAL_INTEGER : CANONICAL_NUMBER).test(value))
        throw refusal("non_canonical_number", field, "must be a plain decimal number", value);
      // Past int4 an id would reach PostgreSQL and fail there; a schema may allow more on purpose.
      const n = Number(value);
      const allowsBig = (property.maximum ?? 0) > INT4_MAX || (property.minimum ?? 0) < INT4_MIN;
      if (kind === "integer" && !allowsBig && (n > INT4_MAX || n < INT4_MIN))
        throw refusal("number_out_of_range", field, "is outside the 32-bit integer range", value);
    }
  }
}

/** "integer" or "number" when the property (or every branch of its union) is numeric. */
function numericKind(schema: JsonSchemaLike | undefined): "integer" | "number" | undefined {
  if (!schema) return undefined;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 1 && (types[0] === "integer" || types[0] === "number")) return types[0];
  if (schema.items) return numericKind(schema.items);
  return undefined;
}

/** The path of the first string holding a control character, walking at most 32 levels deep. */
function controlCharacterAt(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === "string") return CONTROL.test(value) ? path : undefined;
  if (depth > 32 || value === null || typeof value !== "object" || Buffer.isBuffer(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterAt(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (CONTROL.test(key)) return `${path}/${key.replace(CONTROL, "?")}`;
    const found = controlCharacterAt(inner, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
