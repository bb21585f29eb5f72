import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/graph/attributes";
import { I18n } from "../../src/i18n/i18n";
import { ListView, sortEntries } from "../../src/ui/list-view";

function entry(id: string, label: string, overrides: Partial<NodeAttributes> = {}) {
  return {
    id,
    attrs: {
      label, entityType: "ORGANIZATION", kind: "COMPANY", date: null, endDate: null, sectors: [], countries: [], degree: 1,
      x: 0, y: 0, fixed: false, pinned: false, hiddenByUser: false, expanded: false, ...overrides,
    } as NodeAttributes,
  };
}
const entries = [
  entry("c", "Zeta", { degree: 5 }),
  entry("a", "Alpha", { entityType: "AGREEMENT", kind: "MOU", date: "2025-01-01", degree: 2 }),
  entry("b", "Éclair", { entityType: "AGREEMENT", kind: "MOU", date: "2019-01-01", degree: 9 }),
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
    headers[4]!.querySelector("button")!.click();
    const after = [...view.element.querySelectorAll("th")];
    expect(after[4]!.getAttribute("aria-sort")).toBe("descending");
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
