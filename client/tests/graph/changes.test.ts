import { describe, expect, it } from "vitest";
import type { DatedChange } from "../../src/api/changes-types";
import type { GraphNode } from "../../src/api/types";
import { changeHighlight, changeWindow, isIsoDay } from "../../src/graph/changes";
import { decodeViewState, encodeViewState } from "../../src/state/url-state";
import { node, partialDate } from "../fixtures";

function change(
  kind: DatedChange["kind"],
  main: GraphNode,
  other: GraphNode | null = null,
  through: GraphNode | null = null,
): DatedChange {
  return { kind, node: main, other, through, uncertain: false, citations: [], date: partialDate("2024-06", "MONTH") };
}

describe("what changed between two days", () => {
  const agreement = node("agr:lsa-jaxa-2024", { entityType: "AGREEMENT" });
  const jaxa = node("org:jaxa");
  const lsa = node("org:luxembourg-space-agency");
  const edges = [
    { id: "org:jaxa|PARTY_TO|agr:lsa-jaxa-2024", source: "org:jaxa", target: "agr:lsa-jaxa-2024" },
    {
      id: "org:luxembourg-space-agency|PARTY_TO|agr:lsa-jaxa-2024",
      source: "org:luxembourg-space-agency",
      target: "agr:lsa-jaxa-2024",
    },
    { id: "org:jaxa|LOCATED_IN|place:japan", source: "org:jaxa", target: "place:japan" },
  ];

  it("highlights the ties of an agreement that appeared, and the partners it made, not their older ties", () => {
    const highlight = changeHighlight(
      [change("AGREEMENT", agreement), change("PARTNER_PAIR", jaxa, lsa, agreement)],
      edges,
    );

    expect([...highlight.edges].sort()).toEqual([edges[0]!.id, edges[1]!.id].sort());
    expect([...highlight.nodes].sort()).toEqual(["agr:lsa-jaxa-2024", "org:jaxa", "org:luxembourg-space-agency"]);
  });

  it("highlights nothing when nothing appeared", () => {
    const highlight = changeHighlight([], edges);

    expect(highlight.nodes.size + highlight.edges.size).toBe(0);
  });

  it("accepts two real days in either order and nothing else", () => {
    expect(changeWindow("2024-06-30", "2024-06-01")).toEqual({ from: "2024-06-01", to: "2024-06-30" });
    expect(changeWindow("2024-02-30", "2024-06-01")).toBeNull();
    expect(changeWindow("2024-06", "2024-06-30")).toBeNull();
    expect(changeWindow(null, "2024-06-30")).toBeNull();
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
  });

  it("keeps the window in the link, and drops a half or broken one", () => {
    const state = decodeViewState("e=org%3Ajaxa&cf=2024-06-01&ct=2024-06-30");

    expect(state.changes).toEqual({ from: "2024-06-01", to: "2024-06-30" });
    expect(encodeViewState(state)).toBe("e=org%3Ajaxa&cf=2024-06-01&ct=2024-06-30");
    expect(decodeViewState("cf=2024-06-01").changes).toBeNull();
    expect(decodeViewState("cf=2024-13-01&ct=2024-06-30").changes).toBeNull();
  });
});
