import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/graph/attributes";
import { I18n } from "../../src/i18n/i18n";
import { timelineGroups, TimelineView } from "../../src/ui/timeline-view";
import { partialDate } from "../fixtures";

function entry(id: string, overrides: Partial<NodeAttributes>) {
  return {
    id,
    attrs: {
      label: id, entityType: "AGREEMENT", kind: "MOU", start: null, end: null, inferred: false, inferenceNote: null, sourceCount: 1, sectors: [], countries: [], degree: 1,
      x: 0, y: 0, fixed: false, pinned: false, hiddenByUser: false, expanded: false, ...overrides,
    } as NodeAttributes,
  };
}

const entries = [
  entry("b", { start: partialDate("2025-06-11", "DAY") }),
  entry("org", { entityType: "ORGANIZATION", kind: "COMPANY", start: partialDate("2020-01-01", "DAY") }),
  entry("a", { start: partialDate("2019-10-02", "DAY") }),
  entry("expo", { entityType: "EVENT", kind: "EXPO", start: partialDate("2025-04-13", "DAY"), end: partialDate("2025-10-13", "DAY") }),
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
    const view = new TimelineView(() => new I18n("fr"), (e) => chosen.push(e.id), () => Promise.resolve([]));
    view.render(entries, { from: 2020, to: null }, "b");
    const items = [...view.element.querySelectorAll("li.timeline-item")];
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain("2 octobre 2019");
    expect(items[0]!.textContent).toContain("hors de la période");
    expect(items[2]!.querySelector("button")!.getAttribute("aria-current")).toBe("true");
    items[1]!.querySelector("button")!.click();
    expect(chosen).toEqual(["expo"]);
  });

  it("says so when nothing is dated", () => {
    const view = new TimelineView(() => new I18n("en"), () => undefined, () => Promise.resolve([]));
    view.render([entry("undated", {})], { from: null, to: null }, null);
    expect(view.element.textContent).toContain("No dated agreement or event in view");
  });
});

describe("TimelineView over the whole database", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  const item = (id: string, date: string, type: "AGREEMENT" | "EVENT", kind: string) =>
    ({ entity: { id, name: id, entityType: type }, type, start: partialDate(date, "DAY"), end: null, title: `Title ${id}`, kind });

  it("asks the server when the scope is switched, and lists its items by year", async () => {
    let calls = 0;
    const view = new TimelineView(() => new I18n("en"), () => undefined, () => {
      calls++;
      return Promise.resolve([item("agr:b", "2025-06-11", "AGREEMENT", "MOU"), item("evt:a", "2019-05-01", "EVENT", "EXPO")]);
    });
    document.body.replaceChildren(view.element);
    view.render([], { from: null, to: null }, null);
    const all = view.element.querySelector<HTMLInputElement>("input[value=all]")!;
    all.checked = true;
    all.dispatchEvent(new Event("change"));
    await settle();
    expect(calls).toBe(1);
    expect(view.element.querySelector("h2")!.textContent).toBe("Timeline of agreements and events in the database");
    expect([...view.element.querySelectorAll(".timeline-year h3")].map((h) => h.textContent)).toEqual(["2019", "2025"]);
    expect(view.element.querySelector(".timeline-item")!.textContent).toContain("Exhibition");
    view.render([], { from: null, to: null }, null);
    expect(calls).toBe(1); // cached until the filters change
    view.invalidate();
    view.render([], { from: 2020, to: null }, null);
    await settle();
    expect(calls).toBe(2);
  });

  it("shows a failure with a retry", async () => {
    let fail = true;
    const view = new TimelineView(() => new I18n("en"), () => undefined, () => (fail ? Promise.reject(new Error("boom")) : Promise.resolve([])));
    document.body.replaceChildren(view.element);
    view.render([], { from: null, to: null }, null);
    const all = view.element.querySelector<HTMLInputElement>("input[value=all]")!;
    all.checked = true;
    all.dispatchEvent(new Event("change"));
    await settle();
    expect(view.element.querySelector("[role=alert]")!.textContent).toContain("Something went wrong");
    fail = false;
    view.element.querySelector<HTMLButtonElement>("[role=alert] button")!.click();
    await settle();
    expect(view.element.textContent).toContain("No agreement or event matches the filters.");
  });
});
