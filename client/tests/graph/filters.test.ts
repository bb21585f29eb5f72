import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, hiddenByEachGroup, inTimeWindow, isFilterActive, matchesFilter, toGraphFilter, yearRange, type ViewFilter } from "../../src/graph/filters";
import type { EntityType } from "../../src/api/types";
import { cnes, jaxa, mou, node, partialDate } from "../fixtures";

const f = (overrides: Partial<ViewFilter>): ViewFilter => ({ ...EMPTY_FILTER, ...overrides });
const person = node("per:yamada", { entityType: "PERSON", kind: null });
const tokyo = node("place:tokyo", { entityType: "PLACE", kind: "CITY", countries: ["place:jp"] });
const japan = node("place:jp", { entityType: "PLACE", kind: "COUNTRY" });
const space = node("sec:space", { entityType: "SECTOR", kind: null });
const energy = node("sec:energy", { entityType: "SECTOR", kind: null });

describe("matchesFilter", () => {
  it("keeps everything when no filter is set", () => {
    for (const n of [jaxa, mou, person, tokyo, space]) expect(matchesFilter(n.id, n, EMPTY_FILTER)).toBe(true);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
  });

  it("keeps only the chosen entity kinds", () => {
    const filter = f({ entityTypes: ["AGREEMENT", "PERSON"] });
    expect(matchesFilter(mou.id, mou, filter)).toBe(true);
    expect(matchesFilter(person.id, person, filter)).toBe(true);
    expect(matchesFilter(jaxa.id, jaxa, filter)).toBe(false);
    expect(isFilterActive(filter)).toBe(true);
  });

  it("restricts only agreements by agreement kind", () => {
    const loi = node("agr:loi", { entityType: "AGREEMENT", kind: "LETTER_OF_INTENT" });
    const filter = f({ agreementKinds: ["MOU"] });
    expect(matchesFilter(mou.id, mou, filter)).toBe(true);
    expect(matchesFilter(loi.id, loi, filter)).toBe(false);
    expect(matchesFilter(jaxa.id, jaxa, filter)).toBe(true);
  });

  it("by sector keeps classified entities listing the sector, the chosen sector nodes and context kinds", () => {
    const filter = f({ sectors: ["sec:space"] });
    const airline = node("org:ana", { sectors: ["sec:aviation"] });
    const unclassified = node("org:unknown", { sectors: [] });
    expect(matchesFilter(jaxa.id, jaxa, filter)).toBe(true);
    expect(matchesFilter(airline.id, airline, filter)).toBe(false);
    expect(matchesFilter(unclassified.id, unclassified, filter)).toBe(false);
    expect(matchesFilter(space.id, space, filter)).toBe(true);
    expect(matchesFilter(energy.id, energy, filter)).toBe(false);
    expect(matchesFilter(person.id, person, filter)).toBe(true);
  });

  it("by country keeps entities of the country, the country and its places", () => {
    const filter = f({ countries: ["place:jp"] });
    expect(matchesFilter(jaxa.id, jaxa, filter)).toBe(true);
    expect(matchesFilter(cnes.id, cnes, filter)).toBe(false);
    expect(matchesFilter(mou.id, mou, filter)).toBe(true);
    expect(matchesFilter(japan.id, japan, filter)).toBe(true);
    expect(matchesFilter(tokyo.id, tokyo, filter)).toBe(true);
    const lyon = node("place:lyon", { entityType: "PLACE", kind: "CITY", countries: ["place:fr"] });
    expect(matchesFilter(lyon.id, lyon, filter)).toBe(false);
    expect(matchesFilter(person.id, person, filter)).toBe(true);
  });

  it("combines filters: every one must hold", () => {
    const filter = f({ entityTypes: ["ORGANIZATION"], countries: ["place:fr"] });
    expect(matchesFilter(cnes.id, cnes, filter)).toBe(true);
    expect(matchesFilter(jaxa.id, jaxa, filter)).toBe(false);
    expect(matchesFilter(mou.id, mou, filter)).toBe(false);
  });
});

describe("inTimeWindow", () => {
  const event = node("evt:expo", { entityType: "EVENT", kind: "EXPO", start: partialDate("2025-04-13", "DAY"), end: partialDate("2025-10-13", "DAY") });
  const longEvent = node("evt:long", { entityType: "EVENT", kind: "EXPO", start: partialDate("2019-01-01", "DAY"), end: partialDate("2023-12-31", "DAY") });

  it("always keeps undated nodes", () => {
    expect(inTimeWindow(jaxa, { from: 2000, to: 2001 })).toBe(true);
  });

  it("keeps nodes dated inside the window, bounds included", () => {
    expect(inTimeWindow(mou, { from: 2025, to: 2025 })).toBe(true);
    expect(inTimeWindow(mou, { from: 2020, to: null })).toBe(true);
    expect(inTimeWindow(mou, { from: null, to: 2024 })).toBe(false);
    expect(inTimeWindow(mou, { from: 2026, to: null })).toBe(false);
  });

  it("keeps events whose span overlaps the window", () => {
    expect(inTimeWindow(longEvent, { from: 2021, to: 2021 })).toBe(true);
    expect(inTimeWindow(longEvent, { from: 2024, to: 2030 })).toBe(false);
    expect(inTimeWindow(event, { from: null, to: null })).toBe(true);
  });

  it("reads a month- or year-precise date as the whole month or year it stands for", () => {
    const expo = node("evt:expo-2025", { entityType: "EVENT", kind: "EXPO", start: partialDate("2025", "YEAR") });
    const december = node("agr:dec", { entityType: "AGREEMENT", kind: "MOU", start: partialDate("2024-12", "MONTH") });
    const programme = node("evt:p", { entityType: "EVENT", start: partialDate("2025-05", "MONTH", { qualifier: "LATE" }), end: partialDate("2026", "YEAR") });
    expect(inTimeWindow(expo, { from: 2025, to: 2025 })).toBe(true);
    expect(inTimeWindow(december, { from: 2025, to: null })).toBe(false);
    expect(inTimeWindow(december, { from: null, to: 2024 })).toBe(true);
    expect(inTimeWindow(programme, { from: 2026, to: 2026 })).toBe(true);
    expect(yearRange([december, programme])).toEqual({ min: 2024, max: 2026 });
  });
});

describe("yearRange", () => {
  it("spans start and end years of dated nodes", () => {
    const event = node("evt:a", { entityType: "EVENT", start: partialDate("2018-05-01", "DAY"), end: partialDate("2019-02-01", "DAY") });
    expect(yearRange([jaxa, mou, event])).toEqual({ min: 2018, max: 2025 });
  });

  it("is null when nothing is dated", () => {
    expect(yearRange([jaxa, cnes])).toBeNull();
  });
});

describe("toGraphFilter", () => {
  it("states only what restricts, with the window as whole years", () => {
    expect(toGraphFilter(EMPTY_FILTER, { from: null, to: null })).toEqual({});
    expect(toGraphFilter(f({ agreementKinds: ["MOU"], sectors: ["sec:space"] }), { from: 2020, to: 2024 })).toEqual({
      agreementKinds: ["MOU"],
      sectors: ["sec:space"],
      from: "2020-01-01",
      to: "2024-12-31",
    });
  });
});

describe("hiddenByEachGroup", () => {
  it("counts what each group of the filter hides on its own, and nothing for a group left empty", () => {
    const nodes: [string, { entityType: EntityType; kind: string | null; sectors: string[]; countries: string[] }][] = [
      ["org:jaxa", { entityType: "ORGANIZATION", kind: "GOVERNMENT_AGENCY", sectors: ["sec:space"], countries: ["place:jp"] }],
      ["org:cnes", { entityType: "ORGANIZATION", kind: "GOVERNMENT_AGENCY", sectors: ["sec:space"], countries: ["place:fr"] }],
      ["agr:mou", { entityType: "AGREEMENT", kind: "MOU", sectors: ["sec:space"], countries: ["place:jp", "place:fr"] }],
      ["evt:expo", { entityType: "EVENT", kind: "EXPO", sectors: [], countries: ["place:jp"] }],
    ];
    const counts = hiddenByEachGroup(nodes, { entityTypes: ["ORGANIZATION", "AGREEMENT"], agreementKinds: [], sectors: ["sec:space"], countries: ["place:fr"] });
    expect(counts).toEqual({ entityTypes: 1, agreementKinds: 0, sectors: 1, countries: 2 });
  });
});
