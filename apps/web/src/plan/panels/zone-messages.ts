import type { Locale } from "../../i18n/locale.ts";
import ZONE_MESSAGES from "./zone-messages.json" with { type: "json" };

export type ZoneMessageKey = keyof typeof ZONE_MESSAGES;

/**
 * A string of the zone form's refusals, the stale-edit panel or the proposals'
 * figures (zone-messages.json, zh-CN first), its `{name}` places filled from `values`.
 */
export function zm(
  key: ZoneMessageKey,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  let text: string = ZONE_MESSAGES[key][locale];
  for (const [k, v] of Object.entries(values)) text = text.replace(`{${k}}`, String(v));
  return text;
}
