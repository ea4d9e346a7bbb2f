import { en } from "./en";
import { id, type Dictionary, type MessageKey } from "./id";

/** The languages the app speaks; the first is the default. */
export const kLanguages = ["id", "en"] as const;
export type Language = (typeof kLanguages)[number];
export const kDefaultLanguage: Language = "id";

/** localStorage key under which the chosen language is kept. */
export const kLanguageStorageKey = "tepat.lang";

export const kDictionaries: Record<Language, Dictionary> = { id, en };

/** Values that fill the {placeholders} of a message. */
export type MessageParams = Record<string, string | number>;

/** Returns true when `value` names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (kLanguages as readonly string[]).includes(value);
}

/**
 * Returns the message `key` in `lang` with every {name} replaced by params[name]. A placeholder without a value is left
 * as written so that a missing parameter is visible rather than silently blank. Pure; safe to call anywhere.
 */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const template = kDictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Returns the placeholder names used in a message template, sorted; used by the dictionary test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** The BCP 47 locale used to format dates and numbers for a language. */
export function localeOf(lang: Language): string {
  return lang === "id" ? "id-ID" : "en-GB";
}
