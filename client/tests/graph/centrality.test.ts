import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/api/types";
import { highestScore, structuralScores } from "../../src/graph/centrality";
import { isStructural, SIZE_MEASURES } from "../../src/graph/size-measure";
import { GraphModel } from "../../src/graph/model";
import { tieGraph } from "../../src/graph/tie-graph";
import { MAX_NODE_SIZE, MIN_NODE_SIZE, sizeFromScore } from "../../src/render/style";
import { edge, node } from "../fixtures";

/**
 * Two triangles of organisations joined only through one broker (org:broker), every organisation "located in" one
 * country, and org:a1 tied twice to org:a2.
 */
function bridged(): GraphModel {
  const model = new GraphModel();
  const ids = ["org:a1", "org:a2", "org:a3", "org:b1", "org:b2", "org:b3", "org:broker"];
  const ties: [string, string][] = [
    ["org:a1", "org:a2"],
    ["org:a1", "org:a2"],
    ["org:a2", "org:a3"],
    ["org:a1", "org:a3"],
    ["org:b1", "org:b2"],
    ["org:b2", "org:b3"],
    ["org:b1", "org:b3"],
    ["org:a1", "org:broker"],
    ["org:broker", "org:b1"],
  ];
  const edges: GraphEdge[] = ties.map(([s, t], i) => edge(`t${i}`, s, t, { type: "PARTNER_OF" }));
  for (const id of ids) edges.push(edge(`in:${id}`, id, "place:jp", { type: "LOCATED_IN" }));
  model.merge(
    [...ids.map((id) => node(id)), node("place:jp", { entityType: "PLACE", kind: "COUNTRY", degree: 500 })],
    edges,
  );
  return model;
}

describe("node size by structure", () => {
  it("offers the recorded relationships first (the size the graph always had) and three measures of the picture", () => {
    expect(SIZE_MEASURES).toEqual(["recorded", "drawn", "betweenness", "pagerank"]);
    expect(SIZE_MEASURES.filter(isStructural)).toEqual(["drawn", "betweenness", "pagerank"]);
  });

  it("counts the entities each is tied to in the picture, once per pair, leaving the country out", () => {
    const scores = structuralScores(
      tieGraph(bridged().graph, () => true, false),
      "drawn",
    );
    expect(scores.get("org:a1")).toBe(3); // a2 (twice), a3, the broker
    expect(scores.get("org:broker")).toBe(2);
    expect(scores.has("place:jp")).toBe(false);
  });

  it("makes the broker between two groups the largest go-between, although the country touches everyone", () => {
    const scores = structuralScores(
      tieGraph(bridged().graph, () => true, false),
      "betweenness",
    );
    expect(highestScore(scores)?.id).toBe("org:broker");
    expect(scores.get("org:a2")).toBe(0);
    expect(scores.has("place:jp")).toBe(false);
  });

  it("measures only the nodes shown: with one group filtered out, the broker is no longer between anything", () => {
    const scores = structuralScores(
      tieGraph(bridged().graph, (id) => !/^org:b\d$/.test(id), false),
      "betweenness",
    );
    expect(scores.has("org:b1")).toBe(false);
    expect(scores.get("org:broker")).toBe(0);
    expect(highestScore(scores)?.id).toBe("org:a1");
  });

  it("gives PageRank scores that sum to one over the entities counted", () => {
    const scores = structuralScores(
      tieGraph(bridged().graph, () => true, false),
      "pagerank",
    );
    const total = [...scores.values()].reduce((sum, s) => sum + s, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(scores.get("org:a1")!).toBeGreaterThan(scores.get("org:a3")!);
  });

  it("sizes by the square root of the score relative to the highest, the smallest for none", () => {
    expect(sizeFromScore(10, 10)).toBe(MAX_NODE_SIZE);
    expect(sizeFromScore(0, 10)).toBe(MIN_NODE_SIZE);
    expect(sizeFromScore(5, 0)).toBe(MIN_NODE_SIZE);
    expect(sizeFromScore(2.5, 10)).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2, 9);
  });

  it("names the same largest node every time when two share the highest score", () => {
    expect(
      highestScore(
        new Map([
          ["b", 2],
          ["a", 2],
          ["c", 1],
        ]),
      ),
    ).toEqual({ id: "a", score: 2 });
    expect(highestScore(new Map())).toBeNull();
  });
});
