import { describe, expect, it } from "vitest";
import type { MapPoint } from "../../src/api/types";
import { mapScene } from "../../src/graph/map-scene";
import { GraphModel } from "../../src/graph/model";
import { edge, node } from "../fixtures";

const tokyo: MapPoint = { latitude: 35.69, longitude: 139.69, place: "place:tokyo", placeName: "Tokyo", placeNames: { en: "Tokyo", fr: "Tokyo", ja: "東京" } };
const lux: MapPoint = { latitude: 49.75, longitude: 6.17, place: "place:luxembourg", placeName: "Luxembourg", placeNames: { en: null, fr: null, ja: "ルクセンブルク" } };

/** Tokyo (drawn) with JAXA located in it, the Luxembourg Space Agency at Luxembourg (not drawn), their MoU signed in Tokyo, a person with no place. */
function model(): GraphModel {
  const m = new GraphModel();
  m.merge([
    node("place:tokyo", { label: "Tokyo", entityType: "PLACE", kind: "CITY", location: tokyo }),
    node("org:jaxa", { label: "JAXA", location: tokyo }),
    node("org:lsa", { label: "LSA", location: lux }),
    node("agr:mou", { label: "MoU", entityType: "AGREEMENT", kind: "MOU", location: tokyo }),
    node("person:x", { label: "X", entityType: "PERSON", kind: null }),
  ], [
    edge("located", "org:jaxa", "place:tokyo", { type: "LOCATED_IN" }),
    edge("jaxa-party", "org:jaxa", "agr:mou"),
    edge("lsa-party", "org:lsa", "agr:mou"),
    edge("lsa-person", "person:x", "org:lsa", { type: "HOLDS_ROLE" }),
  ]);
  return m;
}

describe("mapScene", () => {
  it("puts each located entity on its place's marker, the place's own node first, most entities first", () => {
    const scene = mapScene(model().graph, () => true);

    expect(scene.markers.map((m) => [m.place, m.entities, m.placeNode])).toEqual([
      ["place:tokyo", ["place:tokyo", "org:jaxa", "agr:mou"], "place:tokyo"],
      ["place:luxembourg", ["org:lsa"], null],
    ]);
    expect(scene.markers[0]).toMatchObject({ latitude: 35.69, longitude: 139.69 });
  });

  it("joins two markers by the relationships between their entities, not by where-relationships or within a place", () => {
    const scene = mapScene(model().graph, () => true);

    expect(scene.ties).toEqual([{ from: "place:luxembourg", to: "place:tokyo", edges: ["lsa-party"] }]);
  });

  it("counts the entities it cannot place, and leaves out what the filters hide", () => {
    const scene = mapScene(model().graph, (id) => id !== "org:lsa");

    expect(scene.unplaced).toEqual(["person:x"]);
    expect(scene.markers.map((m) => m.place)).toEqual(["place:tokyo"]);
    expect(scene.ties).toEqual([]);
  });
});
