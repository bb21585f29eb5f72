import { describe, expect, it } from "vitest";
import { AGREEMENT_KINDS, ENTITY_TYPES, EVENT_KINDS, ORGANIZATION_KINDS, PLACE_KINDS } from "../../src/api/types";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { formatDate, formatDateRange, I18n, interpolate, MESSAGES, placeholdersOf } from "../../src/i18n/i18n";

describe("messages", () => {
  it("defines every key in both languages, none empty", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [language, messages] of Object.entries(MESSAGES)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${language}:${key}`).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholdersOf(fr[key]), key).toEqual(placeholdersOf(en[key]));
    }
  });

  it("labels every enum value of the schema in both languages", () => {
    const families: [string, readonly string[]][] = [
      ["entityType", ENTITY_TYPES], ["entityTypes", ENTITY_TYPES], ["organizationKind", ORGANIZATION_KINDS],
      ["agreementKind", AGREEMENT_KINDS], ["eventKind", EVENT_KINDS], ["placeKind", PLACE_KINDS],
    ];
    for (const messages of [en, fr] as Record<string, string>[]) {
      for (const [family, values] of families) for (const value of values) expect(messages[`${family}.${value}`], `${family}.${value}`).toBeTruthy();
    }
  });

  it("translates, not copies: most French strings differ from the English ones", () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === fr[k]);
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});

describe("I18n", () => {
  it("inserts parameters and formats numbers for the language", () => {
    expect(new I18n("en").t("search.results", { count: 1234 })).toBe("Results: 1,234");
    expect(new I18n("fr").t("search.results", { count: 1234 })).toBe("Résultats\u00a0: 1\u202f234");
    expect(interpolate("{a} and {b}", { a: "x" }, "en")).toBe("x and {b}");
  });

  it("labels enum values and falls back to a readable raw value", () => {
    const i18n = new I18n("fr");
    expect(i18n.kindLabel("AGREEMENT", "MOU")).toBe("Protocole d’accord");
    expect(i18n.kindLabel("ORGANIZATION", "SPACE_PORT")).toBe("space port");
    expect(i18n.kindLabel("PERSON", null)).toBe("");
    expect(i18n.kindLabel("FACT", "TRADE")).toBe("Chiffre du commerce");
  });

  it("labels relationships in the chosen language, keeping the server's label for an unknown type", () => {
    expect(new I18n("fr").relationLabel("PARTY_TO")).toBe("partie à");
    expect(new I18n("en").relationLabel("ORGANIZED")).toBe("organised");
    expect(new I18n("fr").relationLabel("ADVISES"), "a type this client does not know yet").toBe("lié à");
  });

  it("states a figure with its qualifier and unit, currencies through Intl", () => {
    expect(new I18n("en").quantity(2500000, "EUR", "more_than")).toBe("more than €2,500,000");
    expect(new I18n("fr").quantity(40, "companies", "about")).toBe("environ 40 entreprises");
    expect(new I18n("en").quantity(3, "rank", null)).toBe("rank 3");
    expect(new I18n("en").quantity(12, "tonnes", "at_least")).toBe("at least 12 tonnes");
  });
});

describe("date formatting", () => {
  it("formats as precisely as the date is known", () => {
    expect(formatDate("2025-06-11", "DAY", "en")).toBe("June 11, 2025");
    expect(formatDate("2025-06-11", "DAY", "fr")).toBe("11 juin 2025");
    expect(formatDate("2025-06-01", "MONTH", "fr")).toBe("juin 2025");
    expect(formatDate("2025-01-01", "YEAR", "en")).toBe("2025");
    expect(formatDate("2025-06", null, "en")).toBe("June 2025");
  });

  it("returns unparseable input unchanged and nothing for no date", () => {
    expect(formatDate("soon", "DAY", "en")).toBe("soon");
    expect(formatDate(null, null, "en")).toBe("");
  });

  it("formats ranges", () => {
    const range = formatDateRange("2025-04-13", "2025-10-13", "DAY", "fr");
    expect(range).toMatch(/^13 avr.*13 oct.* 2025$/);
    expect(range.match(/2025/g)).toHaveLength(1);
    expect(formatDateRange("2025-04-13", null, "DAY", "en")).toBe("April 13, 2025");
    expect(formatDateRange("2024-01-01", "2025-01-01", "YEAR", "en")).toBe("2024 – 2025");
  });
});
