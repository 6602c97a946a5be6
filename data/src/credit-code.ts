/*
 * 统一社会信用代码 (GB 32100-2015): 2 chars registration authority and type
 * ("91" = enterprise registered with market regulation), 6 digits of the
 * region (county code), 9 chars organisation code (8 + GB 11714 check), and a
 * check character over the first 17. Codes made here are well-formed but
 * belong to no real company.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCheck(body: string): string {
  // GB 11714 values letters over the whole alphabet (A = 10 … Z = 35).
  const sum = [...body].reduce((s, ch, i) => s + Number.parseInt(ch, 36) * (ORG_WEIGHTS[i] as number), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** The 18th character of a credit code from its first 17. */
export function creditCheckChar(first17: string): string {
  const sum = [...first17].reduce((s, ch, i) => s + CHARSET.indexOf(ch) * (WEIGHTS[i] as number), 0);
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

/**
 * A well-formed credit code for serial number `serial` (0 ≤ serial < 10^6),
 * unique per serial: the serial is scrambled by a bijection on 6 digits so
 * neighbouring companies do not get neighbouring codes.
 */
export function creditCode(countyCode: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= 1e6)
    throw new RangeError(`serial out of range: ${serial}`);
  // 48271 is coprime to 10^6, so this affine map modulo 10^6 is a bijection.
  const scrambled = (serial * 48271 + 12345) % 1e6;
  const body = `MA${String(scrambled).padStart(6, "0")}`;
  const org = body + orgCheck(body);
  const first17 = `91${countyCode}${org}`;
  return first17 + creditCheckChar(first17);
}

/** True when the code passes the GB 32100 check character. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return creditCheckChar(code.slice(0, 17)) === code[17];
}
