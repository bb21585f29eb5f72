// The Japanese interface: every key of en.ts, the same placeholders, and every value written in Japanese — a value
// left in English or French (copied, or never translated) fails here.

import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { I18n, placeholdersOf } from "../../src/i18n/i18n";
import { ja } from "../../src/i18n/ja";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** Values that are the same in every language: the product's name, and templates with no words. */
const SAME_IN_EVERY_LANGUAGE = new Set<MessageKey>(["app.title"]);
/** Keys whose Japanese template places the amount itself (`{amount}以上`: the qualifier follows the number). */
const AMOUNT_PLACED = (key: string) => key.startsWith("factQualifier.");

const keys = Object.keys(en) as MessageKey[];

describe("Japanese messages", () => {
  it("define every English key and no other", () => {
    expect(Object.keys(ja).sort()).toEqual([...keys].sort());
  });

  it("use the placeholders of the English ones", () => {
    for (const key of keys) {
      const expected = AMOUNT_PLACED(key) ? [...placeholdersOf(en[key]), "amount"].sort() : placeholdersOf(en[key]);
      expect(placeholdersOf(ja[key]), key).toEqual(expected);
    }
  });

  it("are written in Japanese: none is left in English or French", () => {
    const untranslated = keys.filter((key) => {
      if (SAME_IN_EVERY_LANGUAGE.has(key)) return false;
      const words = ja[key].replace(/\{\w+\}/g, "");
      if (!/\p{L}/u.test(words)) return false; // no words at all, e.g. "{from} – {to}"
      return !JAPANESE.test(words) || ja[key] === en[key] || ja[key] === fr[key];
    });
    expect(untranslated).toEqual([]);
  });

  it("are what the Japanese interface shows", () => {
    const i18n = new I18n("ja");
    expect(i18n.t("search.results", { count: 1234 })).toBe("結果：1,234 件");
    expect(i18n.relationLabel("PARTY_TO")).toBe("当事者");
    expect(i18n.quantity(160, "companies", "more_than")).toBe("160社以上");
    expect(i18n.quantity(200, null, "about")).toBe("約200");
  });
});
