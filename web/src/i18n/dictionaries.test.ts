import { describe, expect, it } from "vitest";
import { kDictionaries, kLanguages, placeholders, translate } from "./translate";
import type { MessageKey } from "./id";

describe("dictionaries", () => {
  const reference = kDictionaries.id;
  const referenceKeys = Object.keys(reference).sort();

  it.each(kLanguages)("%s has exactly the keys of id", (lang) => {
    expect(Object.keys(kDictionaries[lang]).sort()).toEqual(referenceKeys);
  });

  it.each(kLanguages)("%s uses the same placeholders as id for every key", (lang) => {
    for (const key of referenceKeys as MessageKey[]) {
      expect({ key, names: placeholders(kDictionaries[lang][key]) }).toEqual({
        key,
        names: placeholders(reference[key]),
      });
    }
  });

  it.each(kLanguages)("%s has no empty message", (lang) => {
    const empty = Object.entries(kDictionaries[lang]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("id", "home.greeting", { name: "Sari" })).toBe("Selamat datang, Sari.");
    expect(translate("en", "home.greeting", { name: "Sari" })).toBe("Welcome, Sari.");
  });

  it("keeps a placeholder whose value is missing visible", () => {
    expect(translate("en", "home.greeting", {})).toBe("Welcome, {name}.");
  });

  it("gives the wrong-password message the product promises in both languages", () => {
    expect(translate("id", "login.wrong")).toBe("Email atau kata sandi salah.");
    expect(translate("en", "login.wrong")).toBe("Wrong email or password.");
  });
});
