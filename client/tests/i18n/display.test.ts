// No raw code reaches the screen: every code the API returns that a person reads — entity types, kinds, relationship
// types, agreement statuses, the roles the seed scripts state, source languages — goes through the display layer
// (I18n) and comes back from the language's dictionary (not from a fallback that makes the code readable, which
// would still be English in French and Japanese), never as the code itself, and in Japanese written in Japanese.

import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AGREEMENT_KINDS, ENTITY_TYPES, EVENT_KINDS, FACT_KINDS, ORGANIZATION_KINDS, PLACE_KINDS, RELATION_TYPES,
} from "../../src/api/types";
import { I18n, MESSAGES, type EnumFamily } from "../../src/i18n/i18n";
import { LANGUAGES, type Language } from "../../src/state/view-state";

const repository = resolve(process.cwd(), "..");
const scripts = readdirSync(resolve(repository, "cypher")).filter((f) => f.endsWith(".cypher"))
  .map((f) => readFileSync(resolve(repository, "cypher", f), "utf8"));

/** Cypher string literals of a property, single- or double-quoted. */
function storedValues(pattern: RegExp): string[] {
  return [...new Set(scripts.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1] ?? m[2]!)))].sort();
}

const ROLES = storedValues(/\brole: (?:'([^']*)'|"([^"]*)")/g);
const AGREEMENT_STATUSES = storedValues(/MERGE \(n:Agreement \{[^;]*?\bstatus: (?:'([^']*)'|"([^"]*)")/g);
const SOURCE_LANGUAGES = storedValues(/MERGE \(n:Source \{[^;]*?\blanguage: (?:'([^']*)'|"([^"]*)")/g);

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** A shown label is not the code; in Japanese it is written in Japanese. */
function expectWords(language: Language, code: string, label: string): void {
  expect(label, `${language}: ${code}`).not.toBe(code);
  if (language === "ja") expect(label, `ja: ${code}`).toMatch(JAPANESE);
}

/** The label comes from the language's dictionary, not from a fallback. */
function expectInDictionary(language: Language, key: string): void {
  expect(Object.hasOwn(MESSAGES[language], key), `${language}: ${key}`).toBe(true);
}

const FAMILIES: [EnumFamily, readonly string[]][] = [
  ["entityType", ENTITY_TYPES], ["entityTypes", ENTITY_TYPES], ["organizationKind", ORGANIZATION_KINDS],
  ["agreementKind", AGREEMENT_KINDS], ["eventKind", EVENT_KINDS], ["placeKind", PLACE_KINDS], ["factKind", FACT_KINDS],
];

describe.each(LANGUAGES.map((l) => [l]))("the %s interface", (language) => {
  const i18n = new I18n(language);

  it("labels every kind and entity type in words", () => {
    for (const [family, codes] of FAMILIES) {
      for (const code of codes) {
        expectInDictionary(language, `${family}.${code}`);
        expectWords(language, code, i18n.enumLabel(family, code));
      }
    }
  });

  it("labels every relationship type in words, not with the server's English label", () => {
    for (const type of RELATION_TYPES) {
      const label = i18n.relationLabel(type);
      expectInDictionary(language, `relation.${type}`);
      expectWords(language, type, label);
    }
  });

  it("labels every agreement status of the seed data", () => {
    expect(AGREEMENT_STATUSES).toEqual(expect.arrayContaining(["signed"]));
    for (const status of AGREEMENT_STATUSES) {
      expectInDictionary(language, `agreementStatus.${status}`);
      expectWords(language, status, i18n.statusLabel(status));
    }
  });

  it("knows every role the seed scripts state, translated out of French", () => {
    expect(ROLES.length).toBeGreaterThan(30);
    expect(ROLES.filter((role) => !i18n.knowsRole(role))).toEqual([]);
    if (language === "fr") return; // the sources' own words
    const unchanged = ROLES.filter((role) => i18n.roleLabel(role) === role);
    // Only a role that is the same word in English ("participant (Keidanren)") may read as the source does.
    expect(unchanged.length, unchanged.join(", ")).toBeLessThanOrEqual(language === "en" ? 1 : 0);
    if (language === "ja") for (const role of ROLES) expect(i18n.roleLabel(role), role).toMatch(JAPANESE);
  });

  it("names the language of every source", () => {
    expect(SOURCE_LANGUAGES).toEqual(["fr"]);
    for (const code of SOURCE_LANGUAGES) expectWords(language, code, i18n.languageName(code));
  });
});

describe("names", () => {
  const names = { en: "Japan", fr: "Japon", ja: "日本" };

  it("are shown in the interface language where the graph records one, else in their original form", () => {
    expect(LANGUAGES.map((l) => new I18n(l).name({ name: "Japon", names }))).toEqual(["Japan", "Japon", "日本"]);
    const jaxa = { label: "Japan Aerospace Exploration Agency", names: { en: null, fr: null, ja: "宇宙航空研究開発機構" } };
    expect(new I18n("fr").name(jaxa)).toBe("Japan Aerospace Exploration Agency");
    expect(new I18n("ja").name(jaxa)).toBe("宇宙航空研究開発機構");
    expect(new I18n("ja").isOriginalName(jaxa)).toBe(false);
    expect(new I18n("en").isOriginalName(jaxa)).toBe(true);
  });
});
