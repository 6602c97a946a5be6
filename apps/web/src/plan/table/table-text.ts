import type { Locale } from "../../i18n/locale.ts";
import TEXT from "./table-text.json" with { type: "json" };

/** The table's own words (field names come from the collection registry through the API). */
export type TableTextKey = keyof typeof TEXT;
export const tableText = (key: TableTextKey, locale: Locale): string => TEXT[key][locale];
