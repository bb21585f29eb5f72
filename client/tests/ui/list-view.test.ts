import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/graph/attributes";
import { I18n } from "../../src/i18n/i18n";
import { ListView, sortEntries } from "../../src/ui/list-view";
import { partialDate } from "../fixtures";

function entry(id: string, label: string, overrides: Partial<NodeAttributes> = {}) {
  return {
    id,
    attrs: {
      label, entityType: "ORGANIZATION", kind: "COMPANY", start: null, end: null, inferred: false, inferenceNote: null, sourceCount: 1, sectors: [], countries: [], degree: 1,
      x: 0, y: 0, fixed: false, pinned: false, hiddenByUser: false, expanded: false, ...overrides,
    } as NodeAttributes,
  };
}
const entries = [
  entry("c", "Zeta", { degree: 5 }),
  entry("a", "Alpha", { entityType: "AGREEMENT", kind: "MOU", start: partialDate("2025-01-01", "DAY"), degree: 2 }),
  entry("b", "Éclair", { entityType: "AGREEMENT", kind: "MOU", start: partialDate("2019-01-01", "DAY"), degree: 9 }),
];
const en = new I18n("en");

describe("sortEntries", () => {
  it("sorts by name with the language's collation, both ways", () => {
    expect(sortEntries(entries, { column: "name", ascending: true }, en).map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(sortEntries(entries, { column: "name", ascending: false }, en).map((e) => e.id)).toEqual(["c", "b", "a"]);
  });

  it("sorts by date with undated rows last in either direction", () => {
    expect(sortEntries(entries, { column: "date", ascending: true }, en).map((e) => e.id)).toEqual(["b", "a", "c"]);
    expect(sortEntries(entries, { column: "date", ascending: false }, en).map((e) => e.id)).toEqual(["a", "b", "c"]);
  });

  it("sorts by connections numerically and by kind of entity", () => {
    expect(sortEntries(entries, { column: "connections", ascending: false }, en).map((e) => e.id)).toEqual(["b", "c", "a"]);
    expect(sortEntries(entries, { column: "type", ascending: true }, en).map((e) => e.id)).toEqual(["a", "b", "c"]);
  });
});

describe("ListView", () => {
  function setup() {
    const selected: string[] = [];
    const expanded: string[] = [];
    const view = new ListView(() => en, (e) => selected.push(e.id), (id) => expanded.push(id));
    document.body.replaceChildren(view.element);
    view.render(entries, null);
    return { view, selected, expanded };
  }

  it("renders a captioned table whose active sort column says so", () => {
    const { view } = setup();
    expect(view.element.querySelector("caption")!.textContent).toBe("Entities in view (3)");
    const headers = [...view.element.querySelectorAll("th")];
    expect(headers[0]!.getAttribute("aria-sort")).toBe("ascending");
    view.element.querySelector<HTMLButtonElement>('[data-column="connections"]')!.click();
    const after = [...view.element.querySelectorAll("th")];
    expect(view.element.querySelector('[data-column="connections"]')!.closest("th")!.getAttribute("aria-sort")).toBe("descending");
    expect(after[0]!.hasAttribute("aria-sort")).toBe(false);
    expect([...view.element.querySelectorAll("tbody tr td:first-child")].map((td) => td.textContent)).toEqual(["Éclair", "Zeta", "Alpha"]);
  });

  it("has one tab stop; arrows move it, Enter selects and E expands", () => {
    const { view, selected, expanded } = setup();
    const rows = () => [...view.element.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    rows()[0]!.focus();
    rows()[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(rows()[1]);
    rows()[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement).toBe(rows()[2]);
    rows()[2]!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    rows()[2]!.dispatchEvent(new KeyboardEvent("keydown", { key: "e", bubbles: true }));
    expect(selected).toEqual(["c"]);
    expect(expanded).toEqual(["c"]);
  });

  it("marks the selected entity's row", () => {
    const { view } = setup();
    view.render(entries, "b");
    const current = view.element.querySelector("tr[aria-current=true]")!;
    expect(current.textContent).toContain("Éclair");
    expect(current.getAttribute("tabindex")).toBe("0");
  });
});

describe("ListView dates and evidence", () => {
  const dated = [
    entry("m", "Month agreement", { entityType: "AGREEMENT", kind: "MOU", start: partialDate("2024-06", "MONTH"), inferred: true, inferenceNote: "Déduit du contexte.", sourceCount: 1 }),
    entry("d", "Day agreement", { entityType: "AGREEMENT", kind: "MOU", start: partialDate("2024-06-11", "DAY"), sourceCount: 3 }),
    entry("y", "Year expo", { entityType: "EVENT", kind: "EXPO", start: partialDate("2024", "YEAR") }),
    entry("l", "Late May mission", { entityType: "EVENT", kind: "TRADE_MISSION", start: partialDate("2025-05", "MONTH", { qualifier: "LATE" }) }),
  ];

  it("writes each date at its precision and sorts by interval start, then precision", () => {
    const view = new ListView(() => en, () => undefined, () => undefined);
    view.render(dated, null);
    view.element.querySelector<HTMLButtonElement>('[data-column="date"]')!.click();
    const rows = [...view.element.querySelectorAll("tbody tr")].map((tr) => [tr.children[0]!.textContent, tr.children[3]!.textContent]);
    expect(rows).toEqual([
      ["Year expo", "2024"], ["Month agreement", "June 2024"], ["Day agreement", "June 11, 2024"], ["Late May mission", "end of May 2025"],
    ]);
  });

  it("marks each row stated or inferred, with the reason as tooltip, and counts its sources", () => {
    const view = new ListView(() => en, () => undefined, () => undefined);
    view.render(dated, null);
    const cells = Object.fromEntries([...view.element.querySelectorAll("tbody tr")].map((tr) => [tr.children[0]!.textContent, tr.querySelector("td.evidence")!]));
    expect(cells["Month agreement"]!.textContent).toBe("Inferred 1 source");
    expect(cells["Month agreement"]!.querySelector(".evidence-marker")!.getAttribute("title")).toContain("Déduit du contexte.");
    expect(cells["Day agreement"]!.textContent).toBe("Stated confirmed by 3 sources");
  });

  it("shows the view as of a day: later ones left out and counted, a month that runs past it and an undated one marked", () => {
    const days: (string | null)[] = [];
    const view = new ListView(() => en, () => undefined, () => undefined, (day) => days.push(day));
    document.body.replaceChildren(view.element);
    view.render([...dated, entry("u", "Undated agreement", { entityType: "AGREEMENT", kind: "MOU" }), entry("o", "JAXA")], null, "2024-06-10");
    const rows = Object.fromEntries([...view.element.querySelectorAll("tbody tr")].map((tr) => [tr.children[0]!.textContent, tr.children[3]!]));
    expect(Object.keys(rows).sort()).toEqual(["JAXA", "Month agreement", "Undated agreement", "Year expo"]);
    expect(rows["Month agreement"]!.textContent).toBe("June 2024 (possibly by then)");
    expect(rows["Month agreement"]!.querySelector("[data-as-of]")!.getAttribute("title")).toContain("only the month or year");
    expect(rows["Undated agreement"]!.textContent).toBe(" (undated)");
    expect(rows["JAXA"]!.textContent).toBe("");
    expect(view.element.querySelector("caption")!.textContent).toBe("Entities in view — as of June 10, 2024 (4)");
    expect(view.element.querySelector(".list-left-out")!.textContent).toBe("2 dated after June 10, 2024 left out.");

    const input = view.element.querySelector<HTMLInputElement>("input[type=date]")!;
    expect(input.value).toBe("2024-06-10");
    expect(view.element.querySelector(`label[for="${input.id}"]`)!.textContent).toBe("As of");
    input.value = "2025-01-01";
    input.dispatchEvent(new Event("change"));
    view.element.querySelector<HTMLButtonElement>(".list-as-of-clear")!.click();
    expect(days).toEqual(["2025-01-01", null]);
  });

  it("shows no as-of control without a listener and everything without a day", () => {
    const view = new ListView(() => en, () => undefined, () => undefined);
    view.render(dated, null);
    expect(view.element.querySelector("input[type=date]")).toBeNull();
    expect(view.element.querySelectorAll("tbody tr")).toHaveLength(4);
  });

  it("marks a key figure's French statement with its language, and no other name", () => {
    const view = new ListView(() => en, () => undefined, () => undefined);
    view.render([entry("f", "Environ 200 personnes", { entityType: "FACT", kind: "ATTENDANCE" }), entry("o", "JAXA")], null);
    const names = [...view.element.querySelectorAll("tbody tr td:first-child .cell-name > span:last-child")];
    expect(names.map((n) => [n.textContent, n.getAttribute("lang")])).toEqual([["Environ 200 personnes", "fr"], ["JAXA", null]]);
  });
});
