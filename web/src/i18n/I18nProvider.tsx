import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { MessageKey } from "./id";
import {
  isLanguage,
  kDefaultLanguage,
  kLanguageStorageKey,
  translate,
  type Language,
  type MessageParams,
} from "./translate";

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Reads the stored language; falls back to Indonesian when none is stored or storage is unavailable. */
function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(kLanguageStorageKey);
    return isLanguage(value) ? value : kDefaultLanguage;
  } catch {
    return kDefaultLanguage;
  }
}

/** Provides the current language, persisted in localStorage, and keeps <html lang> in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      window.localStorage.setItem(kLanguageStorageKey, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Returns the language context; throws when used outside <I18nProvider> (a programming error). */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
