import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/api/types";
import type { SizeMeasure } from "../../src/graph/size-measure";
import { GraphModel } from "../../src/graph/model";
import { MIN_NODE_SIZE } from "../../src/render/style";
import { NodeSizing } from "../../src/ui/node-sizing";
import type { LargestNode } from "../../src/ui/size-choice";
import { edge, node } from "../fixtures";

describe("NodeSizing", () => {
  /** A hub tied to three organisations, one of which is tied on to a fourth, all located in one country. */
  function picture(): GraphModel {
    const model = new GraphModel();
    const ties: GraphEdge[] = [
      edge("t1", "org:hub", "org:a"),
      edge("t2", "org:hub", "org:b"),
      edge("t3", "org:hub", "org:c"),
      edge("t4", "org:c", "org:d"),
      edge("in", "org:hub", "place:jp", { type: "LOCATED_IN" }),
    ];
    model.merge(
      [
        node("org:hub", { label: "Hub", degree: 4 }),
        node("org:a", { label: "A", degree: 40 }),
        node("org:b"),
        node("org:c"),
        node("org:d"),
        node("place:jp", { label: "Japan", entityType: "PLACE", kind: "COUNTRY", degree: 900 }),
      ],
      ties,
    );
    return model;
  }

  it("hands the renderer a radius per node for a structural measure, the smallest for the country, and tells the legend", async () => {
    const model = picture();
    let sizes: ReadonlyMap<string, number> | null = null;
    const told: [SizeMeasure, LargestNode | null, boolean][] = [];
    const sizing = new NodeSizing(model.graph, (a) => a.label, {
      sizes: (s) => (sizes = s),
      legend: (...said) => told.push(said),
    });

    sizing.choose("betweenness", () => true);
    await Promise.resolve();

    expect(told.at(-1)).toEqual(["betweenness", { name: "Hub", score: expect.any(Number) }, false]);
    const radii = sizes as ReadonlyMap<string, number> | null;
    expect(radii!.get("org:hub")).toBeGreaterThan(radii!.get("org:c")!);
    expect(radii!.get("org:c")).toBeGreaterThan(radii!.get("org:a")!);
    expect(radii!.get("org:a")).toBe(MIN_NODE_SIZE);
    expect(radii!.has("place:jp")).toBe(false);
  });

  it("goes back to the renderer's own rule for relationships recorded, naming the node with the most", () => {
    const model = picture();
    let sizes: ReadonlyMap<string, number> | null = new Map();
    const told: [SizeMeasure, LargestNode | null, boolean][] = [];
    const sizing = new NodeSizing(model.graph, (a) => a.label, {
      sizes: (s) => (sizes = s),
      legend: (...said) => told.push(said),
    });

    sizing.choose("recorded", (id) => id !== "place:jp");

    expect(sizes).toBeNull();
    expect(told.at(-1)).toEqual(["recorded", { name: "A", score: 40 }, false]);
  });
});
