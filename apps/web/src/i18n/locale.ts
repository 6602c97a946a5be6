import type { Label, Vocabulary } from "@lianpian/domain";

/** The two languages of the interface; keys match the domain's `Label`. */
export type Locale = keyof Label;

/** BCP 47 tag for `<html lang>` and number formatting. */
export const LOCALE_TAG: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/** The label of a vocabulary value in a language, or the raw value when the vocabulary lacks it. */
export function vocabularyLabel<V extends string>(
  vocab: Vocabulary<V>,
  value: unknown,
  locale: Locale,
): string {
  if (vocab.has(value)) return vocab.labels[value][locale];
  return value === null || value === undefined ? "" : String(value);
}

/** Parses a stored locale, falling back to zh-CN (the default of a Jincheng bureau). */
export function parseLocale(raw: string | null | undefined): Locale {
  return raw === "en" ? "en" : "zh";
}
