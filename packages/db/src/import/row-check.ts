import type { Vocabulary } from "@lianpian/domain";
import { type GeometryKind, type GeometryLimits, validateGeometry } from "@lianpian/geo";
import type { Rejection, RejectionCode } from "./import-result.ts";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A closed list of values: a domain vocabulary or a plain array. */
type Values = Vocabulary<string> | readonly string[];
const has = (values: Values, v: unknown) =>
  Array.isArray(values) ? values.includes(v as string) : (values as Vocabulary<string>).has(v);
const list = (values: Values) =>
  (Array.isArray(values) ? values : (values as Vocabulary<string>).values).join(", ");

interface Opt {
  optional?: boolean;
}

/**
 * Checks one row field by field, mirroring the migration's CHECKs, and keeps
 * the first problem of each field as a rejection. Never throws on bad data.
 */
export class RowCheck {
  readonly problems: Rejection[] = [];

  constructor(
    private readonly table: string,
    private readonly key: string,
    private readonly row: Record<string, unknown>,
  ) {}

  fail(code: RejectionCode, reason: string, table = this.table): void {
    this.problems.push({ table, key: this.key, code, reason });
  }

  private value(field: string, opt: Opt): { present: boolean; v: unknown } {
    const v = this.row[field];
    const present = v !== undefined && v !== null;
    if (!present && !opt.optional) this.fail("missing", `${field} is required`);
    return { present, v };
  }

  text(field: string, opt: Opt & { min?: number; max?: number } = {}) {
    const { present, v } = this.value(field, opt);
    if (!present) return;
    if (typeof v !== "string") return this.fail("bad_format", `${field} must be text`);
    const min = opt.min ?? 1;
    if (v.length < min || v.length > (opt.max ?? 10_000))
      this.fail("out_of_range", `${field} must be ${min}–${opt.max ?? 10_000} characters long`);
  }

  pattern(field: string, re: RegExp, what: string, opt: Opt = {}) {
    const { present, v } = this.value(field, opt);
    if (present && (typeof v !== "string" || !re.test(v)))
      this.fail("bad_format", `${field} is not ${what}: ${JSON.stringify(v)}`);
  }

  number(
    field: string,
    opt: Opt & { min?: number; max?: number; above?: number; below?: number; integer?: boolean } = {},
  ) {
    const { present, v } = this.value(field, opt);
    if (!present) return;
    if (typeof v !== "number" || !Number.isFinite(v))
      return this.fail("bad_format", `${field} must be a number`);
    if (opt.integer && !Number.isInteger(v))
      return this.fail("bad_format", `${field} must be a whole number`);
    const bad =
      (opt.min !== undefined && v < opt.min) ||
      (opt.max !== undefined && v > opt.max) ||
      (opt.above !== undefined && v <= opt.above) ||
      (opt.below !== undefined && v >= opt.below);
    if (bad) this.fail("out_of_range", `${field} = ${v} is out of range`);
  }

  oneOf(field: string, values: Values, opt: Opt = {}) {
    const { present, v } = this.value(field, opt);
    if (present && !has(values, v))
      this.fail(
        "unknown_value",
        `${field}: unknown value ${JSON.stringify(v)} (expected one of ${list(values)})`,
      );
  }

  subset(field: string, values: Values) {
    const { present, v } = this.value(field, { optional: true });
    if (!present) return;
    if (!Array.isArray(v)) return this.fail("bad_format", `${field} must be a list`);
    const unknown = v.filter((x) => !has(values, x));
    if (unknown.length > 0)
      this.fail(
        "unknown_value",
        `${field}: unknown value ${JSON.stringify(unknown[0])} (expected any of ${list(values)})`,
      );
  }

  textList(field: string) {
    const { present, v } = this.value(field, { optional: true });
    if (present && (!Array.isArray(v) || !v.every((x) => typeof x === "string")))
      this.fail("bad_format", `${field} must be a list of text`);
  }

  bool(field: string) {
    const { present, v } = this.value(field, { optional: true });
    if (present && typeof v !== "boolean") this.fail("bad_format", `${field} must be true or false`);
  }

  date(field: string, opt: Opt = {}) {
    const { present, v } = this.value(field, opt);
    if (!present) return;
    const m = typeof v === "string" ? DATE.exec(v) : null;
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1)
      this.fail("bad_format", `${field} is not a date (YYYY-MM-DD): ${JSON.stringify(v)}`);
  }

  timestamp(field: string, opt: Opt = {}) {
    const { present, v } = this.value(field, opt);
    if (present && (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(Date.parse(v))))
      this.fail("bad_format", `${field} is not an ISO 8601 timestamp: ${JSON.stringify(v)}`);
  }

  geometry(
    field: string,
    kinds: readonly GeometryKind[],
    opt: Opt & { limits?: Partial<GeometryLimits>; only?: string } = {},
  ) {
    const { present, v } = this.value(field, opt);
    if (!present) return;
    const r = validateGeometry(v, kinds, opt.limits);
    if (!r.ok) return this.fail("invalid_geometry", `${field}: ${r.message_en}（${r.message_zh}）`);
    const type = (v as { type: string }).type;
    if (opt.only && type !== opt.only)
      this.fail("invalid_geometry", `${field}: expected ${opt.only}, got ${type}`);
    if (type === "MultiPoint") this.fail("invalid_geometry", `${field}: expected Point, got MultiPoint`);
  }
}

/** Rejections for duplicate keys within a list (first one wins, the rest are duplicates). */
export function duplicates(
  table: string,
  keys: readonly (string | null | undefined)[],
  what: string,
): Rejection[] {
  const seen = new Set<string>();
  const out: Rejection[] = [];
  for (const k of keys) {
    if (k === null || k === undefined) continue;
    if (seen.has(k))
      out.push({
        table,
        key: k,
        code: "duplicate",
        reason: `${what} ${k} appears more than once in the bundle`,
      });
    seen.add(k);
  }
  return out;
}
