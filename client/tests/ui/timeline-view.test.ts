import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/graph/attributes";
import { I18n } from "../../src/i18n/i18n";
import { timelineGroups, TimelineView } from "../../src/ui/timeline-view";

function entry(id: string, overrides: Partial<NodeAttributes>) {
  return {
    id,
    attrs: {
      label: id, entityType: "AGREEMENT", kind: "MOU", date: null, endDate: null, sectors: [], countries: [], degree: 1,
      x: 0, y: 0, fixed: false, pinned: false, hiddenByUser: false, expanded: false, ...overrides,
    } as NodeAttributes,
  };
}

const entries = [
  entry("b", { date: "2025-06-11" }),
  entry("org", { entityType: "ORGANIZATION", kind: "COMPANY", date: "2020-01-01" }),
  entry("a", { date: "2019-10-02" }),
  entry("expo", { entityType: "EVENT", kind: "EXPO", date: "2025-04-13", endDate: "2025-10-13" }),
  entry("undated", {}),
];

describe("timelineGroups", () => {
  it("keeps dated agreements and events, in date order, grouped by year", () => {
    const groups = timelineGroups(entries);
    expect(groups.map((g) => g.year)).toEqual(["2019", "2025"]);
    expect(groups[1]!.entries.map((e) => e.id)).toEqual(["expo", "b"]);
  });
});

describe("TimelineView", () => {
  it("lists items with formatted dates and marks those outside the window", () => {
    const chosen: string[] = [];
    const view = new TimelineView(() => new I18n("fr"), (e) => chosen.push(e.id));
    view.render(entries, { from: 2020, to: null }, "b");
    const items = [...view.element.querySelectorAll("li")];
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain("2 octobre 2019");
    expect(items[0]!.textContent).toContain("hors de la période");
    expect(items[2]!.querySelector("button")!.getAttribute("aria-current")).toBe("true");
    items[1]!.querySelector("button")!.click();
    expect(chosen).toEqual(["expo"]);
  });

  it("says so when nothing is dated", () => {
    const view = new TimelineView(() => new I18n("en"), () => undefined);
    view.render([entry("undated", {})], { from: null, to: null }, null);
    expect(view.element.textContent).toContain("No dated agreement or event in view");
  });
});
