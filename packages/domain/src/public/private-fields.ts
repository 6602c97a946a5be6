/**
 * Fields that must never appear in a public response (the public API, its
 * tiles, the tracking-code page): people's names and phones, reporters'
 * contacts and words, company fund balances, account secrets. A test walks
 * every public reply and every public tile's properties for these keys.
 */
export const PRIVATE_FIELDS: readonly string[] = [
  // hazard points (the 明白卡 card's people)
  "monitor_name",
  "monitor_phone",
  "responsible_name",
  "responsible_phone",
  // inspections
  "inspector_name",
  // citizen reports
  "reporter_contact",
  "report_text",
  "photo",
  "check_note",
  // company money (mine_funds)
  "accrued_wan",
  "used_wan",
  "balance_wan",
  // accounts
  "password_hash",
  "token_sha256",
  "user_agent",
  "ip",
  "username",
];

/** Key patterns that are private whatever the table: anything naming a phone, a contact or a password. */
export const PRIVATE_KEY_PATTERN = /phone|contact|password/i;

/** A size limit of a field (e.g. contact_max_chars) says nothing about anyone. */
const LIMIT_KEY = /_(min|max)_(chars|bytes)$/;

/** Whether an object key names a private field. */
export function isPrivateKey(key: string): boolean {
  return PRIVATE_FIELDS.includes(key) || (PRIVATE_KEY_PATTERN.test(key) && !LIMIT_KEY.test(key));
}

/**
 * Paths of private keys anywhere in a JSON value (objects and arrays, any depth).
 * @example findPrivateKeys({ a: [{ monitor_phone: "1" }] }) // ["a[0].monitor_phone"]
 */
export function findPrivateKeys(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findPrivateKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = path ? `${path}.${k}` : k;
    return [...(isPrivateKey(k) ? [here] : []), ...findPrivateKeys(v, here)];
  });
}
