import type { Label } from "@lianpian/domain";
import { type I18n, useI18n } from "../i18n/i18n-context.tsx";
import { type MessageKey, messages } from "../i18n/messages.ts";

/**
 * The one text hook: a face's own catalogue (zh and en side by side) on top
 * of the shared strings, read through one accessor, `t`. Also the locale,
 * the data-label helper and `pick` for any {zh, en} label.
 */
export function useText<K extends string>(catalogue: Readonly<Record<K, Label>>) {
  const i18n: I18n = useI18n();
  const { locale } = i18n;
  return {
    ...i18n,
    t: (key: K | MessageKey): string =>
      ((catalogue as Record<string, Label>)[key] ?? (messages as Record<string, Label>)[key])?.[locale] ??
      key,
    pick: (label: Label) => label[locale],
  };
}
