// The map view in jsdom: the world map and markers are SVG, so they are drawn here as in a browser (the renderer
// chunk and the world atlas it ships are loaded for real).
import { describe, expect, it, vi } from "vitest";
import type { MapPoint } from "../../src/api/types";
import { mapScene } from "../../src/graph/map-scene";
import { GraphModel } from "../../src/graph/model";
import { I18n } from "../../src/i18n/i18n";
import { MapPanel } from "../../src/ui/map-panel";
import { edge, node } from "../fixtures";

const tokyo: MapPoint = { latitude: 35.69, longitude: 139.69, place: "place:tokyo", placeName: "Tokyo", placeNames: { en: "Tokyo", fr: "Tokyo", ja: "東京" } };
const lux: MapPoint = { latitude: 49.75, longitude: 6.17, place: "place:luxembourg", placeName: "Luxembourg", placeNames: { en: null, fr: null, ja: "ルクセンブルク" } };

function content(selected: string | null = null) {
  const model = new GraphModel();
  model.merge([
    node("place:tokyo", { label: "Tokyo", entityType: "PLACE", kind: "CITY", location: tokyo }),
    node("org:jaxa", { label: "JAXA", location: tokyo }),
    node("org:lsa", { label: "LSA", location: lux }),
    node("person:x", { label: "X", entityType: "PERSON", kind: null }),
  ], [edge("partner", "org:jaxa", "org:lsa", { type: "PARTNER_OF" })]);
  const graph = model.graph;
  return { scene: mapScene(graph, () => true), selected, entityName: (id: string) => graph.getNodeAttribute(id, "label") };
}

async function shown(language: "en" | "ja" = "en", selected: string | null = null) {
  const select = vi.fn();
  const panel = new MapPanel(() => new I18n(language), { select });
  document.body.replaceChildren(panel.element);
  panel.render(content(selected));
  // The renderer chunk and its world atlas load on first use: slow on a busy machine.
  await vi.waitFor(() => expect(panel.element.querySelector(".map-marker")).not.toBeNull(), { timeout: 20_000 });
  return { panel, select, root: panel.element };
}

describe("MapPanel", { timeout: 30_000 }, () => {
  it("draws the world, one marker per place and the tie between them, in the interface language", async () => {
    const { root } = await shown("ja");

    expect(root.querySelectorAll(".map-country").length).toBeGreaterThan(100);
    expect([...root.querySelectorAll(".map-marker")].map((m) => m.getAttribute("data-place"))).toEqual(["place:tokyo", "place:luxembourg"]);
    expect(root.querySelectorAll(".map-tie")).toHaveLength(1);
    expect([...root.querySelectorAll(".map-label")].map((l) => l.textContent).sort()).toEqual(["ルクセンブルク", "東京"]);
    expect(root.querySelector(".map-marker title")!.textContent).toBe("東京（2）\nTokyo\nJAXA");
  });

  it("keeps every label inside the picture", async () => {
    const { root } = await shown();
    const [, , width, height] = root.querySelector("svg")!.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];

    for (const label of root.querySelectorAll(".map-label")) {
      const x = Number(label.getAttribute("x"));
      const y = Number(label.getAttribute("y"));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it("selects the place when its marker is clicked, and an entity from the list of places", async () => {
    const { root, select } = await shown();

    root.querySelector<SVGGElement>('.map-marker[data-place="place:luxembourg"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(select).toHaveBeenLastCalledWith("org:lsa");
    root.querySelector<SVGGElement>('.map-marker[data-place="place:tokyo"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(select).toHaveBeenLastCalledWith("place:tokyo");
    root.querySelector<HTMLButtonElement>('.map-places button[data-entity="org:jaxa"]')!.click();
    expect(select).toHaveBeenLastCalledWith("org:jaxa");
  });

  it("marks the selected entity's marker and says what it cannot place", async () => {
    const { root } = await shown("en", "org:jaxa");

    expect(root.querySelector(".map-marker.is-selected")!.getAttribute("data-place")).toBe("place:tokyo");
    expect(root.querySelector(".map-unplaced")!.textContent).toBe("Not on the map (no place recorded): 1");
    expect(root.querySelector('.map-places button[aria-current="true"]')!.textContent).toBe("JAXA");
  });
});
