import { describe, expect, it, vi } from "vitest";
import { I18n } from "../../src/i18n/i18n";
import { NeighbourGroupsPanel, type GroupsOffer } from "../../src/ui/neighbour-groups-panel";

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}:${i}`);

function shown(offer: Partial<GroupsOffer> = {}, language: "en" | "fr" = "en") {
  const callbacks = { open: vi.fn(), openAll: vi.fn(), close: vi.fn() };
  const panel = new NeighbourGroupsPanel(() => new I18n(language), callbacks);
  panel.show({
    anchor: "place:japan", anchorName: "Japan",
    groups: [{ entityType: "ORGANIZATION", ids: ids("org", 23) }, { entityType: "EVENT", ids: ids("evt", 4) }],
    shown: () => 0, isDrawn: () => false, ...offer,
  });
  document.body.replaceChildren(panel.element);
  const group = (type: string) => panel.element.querySelector<HTMLLIElement>(`li[data-type="${type}"]`)!;
  return { panel, callbacks, group };
}

describe("NeighbourGroupsPanel", () => {
  it("says how many neighbours of each kind there are and how many are drawn", () => {
    const { panel, group } = shown();

    expect(panel.element.querySelector("h2")!.textContent).toBe("Japan: 27 connections");
    expect(group("ORGANIZATION").querySelector(".group-label")!.textContent).toBe("Organisations: 0 of 23 drawn");
    expect(group("EVENT").querySelector(".group-label")!.textContent).toBe("Events: 0 of 4 drawn");
  });

  it("opens a group ten at a time or whole, and a small group only whole", () => {
    const { callbacks, group } = shown({ shown: (type) => (type === "ORGANIZATION" ? 10 : 0), isDrawn: (id) => /^org:\d$/.test(id) });

    const next = group("ORGANIZATION").querySelector<HTMLButtonElement>('[data-action="next"]')!;
    expect(next.textContent).toBe("Show 10 more");
    next.click();
    expect(callbacks.open).toHaveBeenLastCalledWith("ORGANIZATION", 20);
    group("ORGANIZATION").querySelector<HTMLButtonElement>('[data-action="all"]')!.click();
    expect(callbacks.open).toHaveBeenLastCalledWith("ORGANIZATION", 23);
    expect(group("EVENT").querySelector('[data-action="next"]')).toBeNull();
    expect(group("EVENT").querySelector('[data-action="all"]')!.textContent).toBe("Show all 4");
  });

  it("offers nothing more for a group whose members are all drawn", () => {
    const { group } = shown({ isDrawn: (id) => id.startsWith("evt:") });

    expect(group("EVENT").querySelector("button")).toBeNull();
    expect(group("EVENT").querySelector(".group-label")!.textContent).toBe("Events: 4 of 4 drawn");
  });

  it("draws everything or closes, in the interface language", () => {
    const { panel, callbacks } = shown({}, "fr");

    const all = panel.element.querySelector<HTMLButtonElement>('[data-action="open-all"]')!;
    expect(all.textContent).toBe("Dessiner les 27 liens");
    all.click();
    expect(callbacks.openAll).toHaveBeenCalled();
    panel.element.querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
    expect(callbacks.close).toHaveBeenCalled();
    panel.show(null);
    expect(panel.element.hidden).toBe(true);
  });
});
