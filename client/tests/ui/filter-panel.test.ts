import { describe, expect, it } from "vitest";
import type { TimeWindow, ViewFilter } from "../../src/graph/filters";
import { EMPTY_FILTER } from "../../src/graph/filters";
import { OPEN_EVIDENCE, type EvidenceFilter } from "../../src/graph/evidence-filter";
import { I18n } from "../../src/i18n/i18n";
import { FilterPanel, TimeSlider } from "../../src/ui/filter-panel";

const options = { sectors: [{ id: "sec:space", name: "Space", nameFr: "Espace" }], countries: [{ id: "place:jp", name: "Japan", kind: "COUNTRY" as const }] };

describe("FilterPanel", () => {
  function setup(language: "en" | "fr" = "en") {
    const filters: ViewFilter[] = [];
    const evidences: EvidenceFilter[] = [];
    const panel = new FilterPanel(() => new I18n(language), { setFilter: (f) => filters.push(f), setWindow: () => undefined, setEvidence: (e) => evidences.push(e), retryOptions: () => undefined },
      { filter: { ...EMPTY_FILTER }, evidence: { ...OPEN_EVIDENCE }, window: { from: null, to: null }, years: null, options, optionsError: null, hiddenByFilters: 0 });
    document.body.replaceChildren(panel.element);
    return { panel, filters, evidences };
  }
  const box = (panel: FilterPanel, key: string) => panel.element.querySelector<HTMLInputElement>(`input[data-key="${key}"]`)!;

  it("groups choices in labelled fieldsets, sectors in the chosen language", () => {
    const { panel } = setup("fr");
    expect([...panel.element.querySelectorAll("legend")].map((l) => l.textContent)).toEqual(["Types d’entités", "Types d’accords", "Secteurs", "Pays", "Preuves"]);
    const sector = box(panel, "sectors:sec:space");
    expect(panel.element.querySelector(`label[for="${sector.id}"]`)!.textContent).toBe("Espace");
  });

  it("adds and removes a choice", () => {
    const { panel, filters } = setup();
    const mou = box(panel, "agreementKinds:MOU");
    mou.checked = true;
    mou.dispatchEvent(new Event("change"));
    expect(filters.at(-1)).toEqual({ ...EMPTY_FILTER, agreementKinds: ["MOU"] });
    panel.update({ filter: filters.at(-1)! });
    const again = box(panel, "agreementKinds:MOU");
    expect(again.checked).toBe(true);
    again.checked = false;
    again.dispatchEvent(new Event("change"));
    expect(filters.at(-1)).toEqual(EMPTY_FILTER);
  });

  it("says at each group that a tick means show only the ticked, and how much that group hides", () => {
    const { panel } = setup();
    const note = (field: string) => panel.element.querySelector(`[data-note="${field}"]`)!.textContent;
    expect(note("entityTypes")).toBe("None ticked: all shown.");

    panel.update({
      filter: { ...EMPTY_FILTER, entityTypes: ["ORGANIZATION"] },
      hiddenByGroup: { entityTypes: 12, agreementKinds: 0, sectors: 0, countries: 0 },
    });
    expect(note("entityTypes")).toBe("Showing only the ticked. This hides 12 in view.");
    expect(note("countries")).toBe("None ticked: all shown.");
  });

  it("asks for ties stated by at least N independent sources, or stated ones only, and says how many ties each hides", () => {
    const { panel, evidences } = setup();
    const note = (which: string) => panel.element.querySelector(`[data-note="${which}"]`)!.textContent;
    expect(note("minSources")).toBe("Every tie shown.");
    const select = panel.element.querySelector<HTMLSelectElement>('select[data-key="evidence:minSources"]')!;
    expect(panel.element.querySelector(`label[for="${select.id}"]`)!.textContent).toBe("Only ties stated by at least");
    expect([...select.options].map((o) => o.textContent)).toEqual(["1 source (every tie)", "2 independent sources", "3 independent sources"]);
    select.value = "2";
    select.dispatchEvent(new Event("change"));
    expect(evidences.at(-1)).toEqual({ minSources: 2, statedOnly: false });

    panel.update({ evidence: { minSources: 2, statedOnly: false }, tiesHiddenByEvidence: { minSources: 5, statedOnly: 0 } });
    expect(note("minSources")).toBe("This hides 5 ties in view.");
    expect(note("statedOnly")).toBe("Every tie shown.");
    const stated = box(panel, "evidence:statedOnly");
    expect(panel.element.querySelector(`label[for="${stated.id}"]`)!.textContent).toBe("Only stated ties (leave out inferred ones)");
    stated.checked = true;
    stated.dispatchEvent(new Event("change"));
    expect(evidences.at(-1)).toEqual({ minSources: 2, statedOnly: true });
  });

  it("resets the evidence filters with the others", () => {
    const { panel, evidences } = setup();
    const reset = () => [...panel.element.querySelectorAll("button")].find((b) => b.textContent === "Reset filters")!;
    panel.update({ evidence: { minSources: 1, statedOnly: true } });
    expect(reset().disabled).toBe(false);
    reset().click();
    expect(evidences.at(-1)).toEqual(OPEN_EVIDENCE);
  });

  it("offers a reset only when something is filtered, and says how many nodes are hidden", () => {
    const { panel, filters } = setup();
    const reset = () => [...panel.element.querySelectorAll("button")].find((b) => b.textContent === "Reset filters")!;
    expect(reset().disabled).toBe(true);
    panel.update({ filter: { ...EMPTY_FILTER, countries: ["place:jp"] }, hiddenByFilters: 4 });
    expect(panel.element.querySelector("[role=status]")!.textContent).toBe("Hidden by filters: 4");
    reset().click();
    expect(filters.at(-1)).toEqual(EMPTY_FILTER);
  });
});

describe("TimeSlider", () => {
  function setup(window: TimeWindow, years: { min: number; max: number } | null) {
    const windows: TimeWindow[] = [];
    const slider = new TimeSlider(() => new I18n("en"), (w) => windows.push(w), window, years);
    document.body.replaceChildren(slider.element);
    return { slider, windows };
  }
  it("names the year instead of showing two sliders when everything in view is of one year", () => {
    const { slider } = setup({ from: null, to: null }, { min: 2024, max: 2024 });
    expect(slider.element.querySelectorAll("input[type=range]")).toHaveLength(0);
    expect(slider.element.textContent).toContain("Every dated agreement and event in view is from 2024.");
  });

  const slide = (slider: TimeSlider, which: "from" | "to", value: number) => {
    const input = slider.element.querySelector<HTMLInputElement>(`input[data-key=${which}]`)!;
    input.value = String(value);
    input.dispatchEvent(new Event("change"));
  };

  it("spans the years in view and opens a bound moved to the edge", () => {
    const { slider, windows } = setup({ from: null, to: null }, { min: 2015, max: 2025 });
    const from = slider.element.querySelector<HTMLInputElement>("input[data-key=from]")!;
    expect([from.min, from.max, from.value]).toEqual(["2015", "2025", "2015"]);
    slide(slider, "from", 2019);
    expect(windows.at(-1)).toEqual({ from: 2019, to: null });
    slide(slider, "to", 2025);
    expect(windows.at(-1)).toEqual({ from: null, to: null });
  });

  it("keeps from ≤ to by moving the other bound", () => {
    const { slider, windows } = setup({ from: 2018, to: 2020 }, { min: 2015, max: 2025 });
    slide(slider, "from", 2022);
    expect(windows.at(-1)).toEqual({ from: 2022, to: 2022 });
  });

  it("shows a window set by a link even when nothing in view is dated, and clears it", () => {
    const { slider, windows } = setup({ from: 2020, to: null }, null);
    expect(slider.element.textContent).toContain("2020 – …");
    slider.element.querySelector("button")!.click();
    expect(windows.at(-1)).toEqual({ from: null, to: null });
  });
});
