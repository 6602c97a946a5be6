/**
 * Tracking codes of citizen reports: `LP-XXXXX-XXXXX`, nine random Crockford
 * base-32 symbols (45 bits, too many to guess under the rate limit) and one
 * Luhn mod 32 check symbol, so a mistyped code is told apart from an unknown
 * one. Reading is forgiving: case, spaces, dashes, O for 0 and I/L for 1.
 */
export const TRACKING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const N = TRACKING_ALPHABET.length;
const RANDOM_SYMBOLS = 9;

/** The stored and displayed form; the database CHECK says the same. */
export const TRACKING_CODE_PATTERN = /^LP-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** Luhn mod N check symbol of a string of alphabet symbols. */
function checkSymbol(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * TRACKING_ALPHABET.indexOf(body[i] as string);
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
    factor = factor === 2 ? 1 : 2;
  }
  return TRACKING_ALPHABET[(N - (sum % N)) % N] as string;
}

function format(symbols: string): string {
  return `LP-${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/**
 * A new tracking code from random bytes (at least nine; pass crypto random bytes).
 * @example makeTrackingCode(crypto.getRandomValues(new Uint8Array(9))) // "LP-7K3M0-Q9XPZ"
 */
export function makeTrackingCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < RANDOM_SYMBOLS) throw new Error("makeTrackingCode needs 9 random bytes");
  let body = "";
  for (let i = 0; i < RANDOM_SYMBOLS; i++) body += TRACKING_ALPHABET[(randomBytes[i] as number) % N];
  return format(body + checkSymbol(body));
}

export type ParsedTrackingCode = { ok: true; code: string } | { ok: false; reason: "malformed" | "typo" };

/**
 * Reads what a person typed into the stored form, or says it is malformed
 * (wrong length or symbols) or has a typo (the check symbol disagrees).
 */
export function parseTrackingCode(input: string): ParsedTrackingCode {
  let s = input.toUpperCase().replace(/[\s-]/g, "");
  if (s.startsWith("LP")) s = s.slice(2);
  s = s.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (s.length !== RANDOM_SYMBOLS + 1 || [...s].some((c) => !TRACKING_ALPHABET.includes(c))) {
    return { ok: false, reason: "malformed" };
  }
  const body = s.slice(0, RANDOM_SYMBOLS);
  if (checkSymbol(body) !== s.slice(RANDOM_SYMBOLS)) return { ok: false, reason: "typo" };
  return { ok: true, code: format(s) };
}
