import { describe, expect, it } from "vitest";
import type { EntityType, GraphNode } from "../../src/api/types";
import { decodeOpening, encodeOpening, groupNeighbours, openedNodes, shouldGroup, withOpening, GROUP_ABOVE } from "../../src/graph/neighbour-groups";
import { node } from "../fixtures";

const of = (entityType: EntityType, count: number, prefix: string): GraphNode[] =>
  Array.from({ length: count }, (_, i) => node(`${prefix}:${i}`, { entityType }));

/** Japon and its neighbours as the server lists them: 3 events, 5 organisations, 1 agreement, interleaved. */
const japan = node("place:japan", { entityType: "PLACE" });
const neighbours = [japan, ...of("EVENT", 3, "evt"), ...of("ORGANIZATION", 5, "org"), ...of("AGREEMENT", 1, "agr")];

describe("neighbour groups", () => {
  it("groups a hub's neighbours by kind, largest group first, members nearest first", () => {
    expect(groupNeighbours(neighbours, "place:japan")).toEqual([
      { entityType: "ORGANIZATION", ids: ["org:0", "org:1", "org:2", "org:3", "org:4"] },
      { entityType: "EVENT", ids: ["evt:0", "evt:1", "evt:2"] },
      { entityType: "AGREEMENT", ids: ["agr:0"] },
    ]);
  });

  it("groups only an expansion with more new neighbours than the limit", () => {
    expect(shouldGroup(GROUP_ABOVE)).toBe(false);
    expect(shouldGroup(GROUP_ABOVE + 1)).toBe(true);
  });

  it("draws the anchor and the opened first members of each group", () => {
    const openings = withOpening(withOpening([], { anchor: "place:japan", entityType: "ORGANIZATION", shown: 2 }), { anchor: "place:japan", entityType: "EVENT", shown: 10 });

    expect(openedNodes(neighbours, "place:japan", openings).map((n) => n.id)).toEqual(["place:japan", "org:0", "org:1", "evt:0", "evt:1", "evt:2"]);
    expect(openedNodes(neighbours, "place:japan", withOpening(openings, { anchor: "place:japan", entityType: "ORGANIZATION", shown: 3 })).map((n) => n.id))
      .toContain("org:2");
  });

  it("writes an opening into a link and reads it back, anchors with colons included, dropping what it cannot read", () => {
    const opening = { anchor: "place:japan", entityType: "ORGANIZATION" as const, shown: 10 };

    expect(encodeOpening(opening)).toBe("ORGANIZATION:10:place:japan");
    expect(decodeOpening(encodeOpening(opening))).toEqual(opening);
    expect(decodeOpening("ALIEN:10:place:japan")).toBeNull();
    expect(decodeOpening("EVENT:0:place:japan")).toBeNull();
    expect(decodeOpening("EVENT:x:place:japan")).toBeNull();
  });
});
