import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../src/graph/attributes";
import { hashUnit, ringAround, settle } from "../../src/graph/layout";

function graphOf(count: number): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < count; i++) {
    graph.addNode(`n${i}`, {
      label: `n${i}`, entityType: "ORGANIZATION", kind: null, start: null, end: null, inferred: false, inferenceNote: null, sourceCount: 1, sectors: [], countries: [], degree: 1,
      x: Math.cos(i), y: Math.sin(i), fixed: false, pinned: false, hiddenByUser: false, expanded: false,
    });
    if (i > 0) graph.addEdge("n0", `n${i}`, { relation: "R", label: "r", role: null, since: null, until: null, asOf: null, citations: [], inferred: false, inferenceNote: null });
  }
  return graph;
}

describe("ringAround", () => {
  it("puts a few nodes on a ring around the centre", () => {
    const at = ringAround({ x: 10, y: 10 }, ["a", "b", "c"], 2);
    for (const p of at.values()) expect(Math.hypot(p.x - 10, p.y - 10)).toBeGreaterThan(1);
    expect(at.size).toBe(3);
  });

  it("spreads many nodes over a disc without two at the same place", () => {
    const ids = Array.from({ length: 500 }, (_, i) => `n${i}`);
    const at = [...ringAround({ x: 0, y: 0 }, ids, 3).values()];
    const keys = new Set(at.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(keys.size).toBe(500);
  });

  it("is deterministic", () => {
    expect(ringAround({ x: 0, y: 0 }, ["a", "b"])).toEqual(ringAround({ x: 0, y: 0 }, ["a", "b"]));
    expect(hashUnit("a")).toBe(hashUnit("a"));
    expect(hashUnit("a")).not.toBe(hashUnit("b"));
  });
});

describe("settle", () => {
  it("moves only the given nodes and leaves the fixed flags as the pins say", () => {
    const graph = graphOf(30);
    graph.setNodeAttribute("n5", "pinned", true);
    graph.setNodeAttribute("n5", "fixed", true);
    const before = graph.mapNodes((id, a) => [id, a.x, a.y] as const);
    const iterations = settle(graph, new Set(["n1", "n2", "n5"]));
    expect(iterations).toBeGreaterThan(0);
    for (const [id, x, y] of before) {
      const a = graph.getNodeAttributes(id);
      if (id === "n1" || id === "n2") expect(a.x !== x || a.y !== y).toBe(true);
      else expect([a.x, a.y]).toEqual([x, y]);
    }
    expect(graph.filterNodes((_, a) => a.fixed)).toEqual(["n5"]);
  });

  it("runs at least one iteration even with no time budget, and none when nothing moves", () => {
    expect(settle(graphOf(5), new Set(["n1"]), 0)).toBeGreaterThan(0);
    expect(settle(graphOf(5), new Set())).toBe(0);
  });
});
