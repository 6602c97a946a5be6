import type { Vocabulary } from "@lianpian/domain";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { LOCALE_TAG, type Locale, parseLocale, vocabularyLabel } from "./locale.ts";
import { type MessageKey, messages } from "./messages.ts";

const STORAGE_KEY = "lianpian.locale";

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** An interface string in the current language. */
  t(key: MessageKey): string;
  /** The label of a data value (from a domain vocabulary) in the current language. */
  label<V extends string>(vocab: Vocabulary<V>, value: unknown): string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): Locale {
  try {
    return parseLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return "zh"; // storage can be blocked (private mode); the default is fine
  }
}

/** Holds the interface language (zh-CN by default), remembered across visits. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = LOCALE_TAG[locale];
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key) => messages[key][locale],
      label: (vocab, raw) => vocabularyLabel(vocab, raw, locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <I18nProvider>");
  return value;
}
