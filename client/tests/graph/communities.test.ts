import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/api/types";
import { detectCommunities } from "../../src/graph/communities";
import { GraphModel } from "../../src/graph/model";
import { COMMUNITY_COLOURS, ENTITY_COLOURS } from "../../src/render/style";
import { node } from "../fixtures";

const edge = (source: string, target: string, n = 0): GraphEdge => ({
  id: `${source}>${target}#${n}`, source, target, type: "PARTNER_OF", label: "partner of", role: null, since: null, until: null, asOf: null,
  citations: [], inferred: false, inferenceNote: null, independentSourceCount: 1,
});

/** Two tight groups of four organisations joined by one tie, all "located in" one country. */
function twoGroups(): GraphModel {
  const model = new GraphModel();
  const a = ["org:a1", "org:a2", "org:a3", "org:a4"];
  const b = ["org:b1", "org:b2", "org:b3", "org:b4"];
  const edges: GraphEdge[] = [];
  for (const group of [a, b]) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) edges.push(edge(group[i]!, group[j]!));
  }
  edges.push(edge("org:a1", "org:b1"));
  for (const id of [...a, ...b]) edges.push({ ...edge(id, "place:jp"), type: "LOCATED_IN" });
  model.merge([...a, ...b].map((id) => node(id)).concat(node("place:jp", { entityType: "PLACE", kind: "COUNTRY" })), edges);
  return model;
}

describe("detectCommunities", () => {
  it("finds the two groups, leaves the shared country out, and numbers the communities the same way each time", () => {
    const model = twoGroups();
    const communities = detectCommunities(model.graph);

    expect(communities.has("place:jp")).toBe(false);
    const of = (id: string) => communities.get(id);
    expect(new Set(["org:a1", "org:a2", "org:a3", "org:a4"].map(of)).size).toBe(1);
    expect(new Set(["org:b1", "org:b2", "org:b3", "org:b4"].map(of)).size).toBe(1);
    expect(of("org:a1")).not.toBe(of("org:b1"));
    expect(detectCommunities(model.graph)).toEqual(communities);
  });

  it("counts only the nodes shown", () => {
    const model = twoGroups();
    const communities = detectCommunities(model.graph, (id) => !id.startsWith("org:b"));
    expect([...communities.keys()].sort()).toEqual(["org:a1", "org:a2", "org:a3", "org:a4"]);
    expect(new Set(communities.values())).toEqual(new Set([0]));
  });
});

/** WCAG contrast ratio of two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("node colours", () => {
  it("keep the white pictogram readable (at least 3:1) by kind and by community", () => {
    for (const colour of [...Object.values(ENTITY_COLOURS), ...COMMUNITY_COLOURS]) {
      expect(contrast(colour, "#FFFFFF"), colour).toBeGreaterThanOrEqual(3);
    }
  });
});
