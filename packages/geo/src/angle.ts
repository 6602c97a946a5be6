/**
 * Angles as bureaus type them: decimal degrees, degrees-minutes-seconds in
 * every common notation, and the surveyors' packed ddd.mmss form.
 */

/** How to read a bare number: "auto" and "decimal" take it as degrees; "ddmmss" as ddd.mmss. */
export type AngleMode = "auto" | "decimal" | "ddmmss";

/** Why a text is not an angle. */
export type AngleRefusal =
  | "empty"
  | "malformed"
  | "minutes_out_of_range"
  | "seconds_out_of_range"
  | "degrees_out_of_range";

export type AngleResult =
  | { ok: true; degrees: number; axis?: "lat" | "lon" }
  | { ok: false; reason: AngleRefusal };

const FULL_WIDTH = /[０-９．－＋：，]/g;
// Hemisphere letters are capitals only: a lower-case s is the seconds mark (112d30m15.2s).
const HEMISPHERES: readonly [RegExp, "lat" | "lon", 1 | -1][] = [
  [/北纬|北|^N|N$/, "lat", 1],
  [/南纬|南|^S|S$/, "lat", -1],
  [/东经|东|東|^E|E$/, "lon", 1],
  [/西经|西|^W|W$/, "lon", -1],
];
const DEGREE_MARK = "(?:°|º|˚|度|d|deg)";
const MINUTE_MARK = "(?:′|'|’|‘|分|m|min)";
const SECOND_MARK = "(?:″|\"|”|“|''|′′|’’|秒|s|sec)";
const NUMBER = "(\\d+(?:\\.\\d*)?|\\.\\d+)";
const MARKED = new RegExp(
  `^${NUMBER}\\s*${DEGREE_MARK}\\s*(?:${NUMBER}\\s*${MINUTE_MARK}\\s*(?:${NUMBER}\\s*${SECOND_MARK}?)?)?$`,
  "i",
);
const MINUTES_ONLY = new RegExp(`^${NUMBER}\\s*${DEGREE_MARK}?\\s*${NUMBER}\\s*${MINUTE_MARK}$`, "i");
const SEPARATED = /^(\d+(?:\.\d*)?)(?:[\s:]+(\d+(?:\.\d*)?))(?:[\s:]+(\d+(?:\.\d*)?))?$/;
const PLAIN = /^(\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads an angle. Minutes or seconds of 60 or more are refused, and so is a
 * fractional unit followed by a smaller one (112.5°30′).
 * @example parseAngle("112°30′15.2″E") // { ok: true, degrees: 112.50422…, axis: "lon" }
 * @example parseAngle("112.301520", "ddmmss") // { ok: true, degrees: 112.50422… }
 */
export function parseAngle(text: string, mode: AngleMode = "auto"): AngleResult {
  let s = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/，/g, ",");
  if (s === "") return { ok: false, reason: "empty" };
  let sign = 1;
  let axis: "lat" | "lon" | undefined;
  for (const [pattern, a, hemisphereSign] of HEMISPHERES) {
    if (pattern.test(s)) {
      s = s.replace(pattern, "").trim();
      axis = a;
      sign = hemisphereSign;
      break;
    }
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s.startsWith("-")) sign = -sign;
    s = s.slice(1).trim();
  }
  const parts = splitAngle(s, mode);
  if (!parts) return { ok: false, reason: "malformed" };
  const [d, m, sec] = parts;
  if ((m !== undefined && !Number.isInteger(d)) || (sec !== undefined && !Number.isInteger(m))) {
    return { ok: false, reason: "malformed" };
  }
  if (m !== undefined && m >= 60) return { ok: false, reason: "minutes_out_of_range" };
  if (sec !== undefined && sec >= 60) return { ok: false, reason: "seconds_out_of_range" };
  const degrees = d + (m ?? 0) / 60 + (sec ?? 0) / 3600;
  if (degrees > (axis === "lat" ? 90 : 180)) return { ok: false, reason: "degrees_out_of_range" };
  const value = sign * degrees;
  return axis ? { ok: true, degrees: value, axis } : { ok: true, degrees: value };
}

type Parts = [number, number | undefined, number | undefined];

function splitAngle(s: string, mode: AngleMode): Parts | undefined {
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const marked = MARKED.exec(s) ?? undefined;
  if (marked) return [Number(marked[1]), num(marked[2]), num(marked[3])];
  const minutesOnly = MINUTES_ONLY.exec(s);
  if (minutesOnly) return [Number(minutesOnly[1]), Number(minutesOnly[2]), undefined];
  const separated = SEPARATED.exec(s);
  if (separated) return [Number(separated[1]), num(separated[2]), num(separated[3])];
  if (PLAIN.test(s)) return mode === "ddmmss" ? splitPacked(s) : [Number(s), undefined, undefined];
  return undefined;
}

/** ddd.mmss[s…]: two digits of minutes, then seconds with any further digits as their decimals. */
function splitPacked(s: string): Parts {
  const [whole = "0", fraction = ""] = s.split(".");
  const digits = fraction.padEnd(4, "0");
  const minutes = Number(digits.slice(0, 2));
  const seconds = Number(`${digits.slice(2, 4)}.${digits.slice(4) || "0"}`);
  return [Number(whole), minutes, seconds];
}

/**
 * Degrees as 112°30′15.20″: minutes and seconds two digits wide, seconds
 * rounded to `secondDecimals` with the carry into minutes and degrees
 * (59.995″ → the next minute). Negative angles keep a leading minus.
 */
export function formatDms(degrees: number, secondDecimals = 2): string {
  if (!Number.isFinite(degrees)) throw new RangeError(`not an angle: ${degrees}`);
  const scale = 10 ** secondDecimals;
  const units = Math.round(Math.abs(degrees) * 3600 * scale);
  const perMinute = 60 * scale;
  const perDegree = 60 * perMinute;
  const d = Math.floor(units / perDegree);
  const m = Math.floor((units % perDegree) / perMinute);
  const secondUnits = units % perMinute;
  const whole = Math.floor(secondUnits / scale);
  const fraction = secondUnits % scale;
  const seconds =
    secondDecimals > 0 ? `${pad2(whole)}.${String(fraction).padStart(secondDecimals, "0")}` : pad2(whole);
  const sign = degrees < 0 && units > 0 ? "-" : "";
  return `${sign}${d}°${pad2(m)}′${seconds}″`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
