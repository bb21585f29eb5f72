import { describe, expect, it } from "vitest";
import { nodeDataOf } from "../../src/graph/attributes";
import type { ShownTie, TieNode } from "../../src/graph/partner-ties";
import { PartnersGraph, tieEdgeId } from "../../src/graph/partners-graph";
import { cnes, jaxa, node } from "../fixtures";

const ulb = node("org:ulb", { label: "ULB" });

function tie(a: string, b: string, agreements: string[], events: string[] = []): ShownTie {
  return { a, b, agreements, events, weight: agreements.length + events.length, leftOut: 0 };
}

function nodes(...list: (typeof jaxa)[]): Map<string, TieNode> {
  return new Map(list.map((n) => [n.id, nodeDataOf(n)]));
}

describe("partners graph", () => {
  it("draws one weighted edge per tie and keeps the main graph's positions", () => {
    const partners = new PartnersGraph();
    partners.sync(nodes(jaxa, cnes), [tie("org:cnes", "org:jaxa", ["agr:1", "agr:2"], ["evt:1"])], (id) =>
      id === "org:jaxa" ? { x: 5, y: 7 } : null,
    );

    const id = tieEdgeId("org:jaxa", "org:cnes");
    expect(partners.graph.getEdgeAttribute(id, "weight")).toBe(3);
    expect(partners.tie(id)?.events).toEqual(["evt:1"]);
    expect(partners.graph.getNodeAttributes("org:jaxa")).toMatchObject({ x: 5, y: 7 });
  });

  it("keeps where drawn nodes are when the graph grows, and drops what is no longer tied", () => {
    const partners = new PartnersGraph();
    partners.sync(nodes(jaxa, cnes), [tie("org:cnes", "org:jaxa", ["agr:1"])], () => null);
    const before = { ...partners.graph.getNodeAttributes("org:jaxa") };
    partners.moveNode("org:cnes", 40, 40);
    partners.endMove("org:cnes");

    partners.sync(
      nodes(jaxa, cnes, ulb),
      [tie("org:cnes", "org:jaxa", ["agr:1"]), tie("org:jaxa", "org:ulb", [], ["evt:1"])],
      () => null,
    );

    expect(partners.graph.getNodeAttributes("org:jaxa")).toMatchObject({ x: before.x, y: before.y });
    expect(partners.graph.getNodeAttributes("org:cnes")).toMatchObject({ x: 40, y: 40, pinned: true });
    // The newcomer starts near its partner, not at the far end of the picture.
    const u = partners.graph.getNodeAttributes("org:ulb");
    expect(Math.hypot(u.x - before.x, u.y - before.y)).toBeLessThan(60);

    partners.sync(nodes(jaxa, ulb), [tie("org:jaxa", "org:ulb", [], ["evt:1"])], () => null);
    expect(partners.graph.hasNode("org:cnes")).toBe(false);
    expect(partners.graph.size).toBe(1);
  });
});
