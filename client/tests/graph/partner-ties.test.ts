import { describe, expect, it } from "vitest";
import type { Partner } from "../../src/api/types";
import { GraphModel } from "../../src/graph/model";
import { mergeTies, shownTies, tiesOfDrawnGraph, tiesOfPartners } from "../../src/graph/partner-ties";
import { cnes, cnesParty, edge, jaxa, jaxaParty, mou, node, partialDate } from "../fixtures";

const forum = node("evt:forum-2024", {
  label: "Space forum",
  entityType: "EVENT",
  kind: "BUSINESS_FORUM",
  start: partialDate("2024-06", "MONTH"),
});
const ulb = node("org:ulb", { label: "ULB" });
const alice = node("per:alice", { label: "Alice", entityType: "PERSON", kind: null });
const bob = node("per:bob", { label: "Bob", entityType: "PERSON", kind: null });
const japan = node("place:jp", { label: "Japan", entityType: "PLACE", kind: "COUNTRY" });

function drawn(): GraphModel {
  const model = new GraphModel();
  model.merge(
    [jaxa, cnes, mou, forum, ulb, alice, bob, japan],
    [
      jaxaParty,
      cnesParty,
      edge("p1", "org:jaxa", "evt:forum-2024", { type: "PARTICIPATED_IN" }),
      edge("p2", "org:cnes", "evt:forum-2024", { type: "ORGANIZED" }),
      edge("p3", "org:ulb", "evt:forum-2024", { type: "SUPPORTED" }),
      edge("p4", "per:alice", "evt:forum-2024", { type: "PARTICIPATED_IN" }),
      edge("p5", "per:bob", "evt:forum-2024", { type: "PARTICIPATED_IN" }),
      // Being in the same country is no tie.
      edge("l1", "org:jaxa", "place:jp", { type: "LOCATED_IN" }),
      edge("l2", "org:ulb", "place:jp", { type: "LOCATED_IN" }),
    ],
  );
  return model;
}

describe("partner ties", () => {
  it("ties organisations through agreements and events they share, people through events only", () => {
    const ties = tiesOfDrawnGraph(drawn().graph);

    expect(ties).toEqual([
      { a: "org:cnes", b: "org:jaxa", agreements: ["agr:mou-2025"], events: ["evt:forum-2024"] },
      { a: "org:cnes", b: "org:ulb", agreements: [], events: ["evt:forum-2024"] },
      { a: "org:jaxa", b: "org:ulb", agreements: [], events: ["evt:forum-2024"] },
      { a: "per:alice", b: "per:bob", agreements: [], events: ["evt:forum-2024"] },
    ]);
  });

  it("reads the API's partners of an entity and merges them with the drawn ties by pair", () => {
    const partners: Partner[] = [
      {
        partner: cnes,
        weight: 2,
        agreementCount: 1,
        eventCount: 1,
        agreements: [mou, node("agr:old", { entityType: "AGREEMENT" })],
        events: [forum],
      },
    ];
    const fromApi = tiesOfPartners("org:jaxa", partners);
    const merged = mergeTies(tiesOfDrawnGraph(drawn().graph), fromApi);

    expect(fromApi).toEqual([
      { a: "org:cnes", b: "org:jaxa", agreements: ["agr:mou-2025", "agr:old"], events: ["evt:forum-2024"] },
    ]);
    expect(merged.find((t) => t.a === "org:cnes" && t.b === "org:jaxa")).toEqual({
      a: "org:cnes",
      b: "org:jaxa",
      agreements: ["agr:mou-2025", "agr:old"],
      events: ["evt:forum-2024"],
    });
    expect(merged).toHaveLength(4);
  });

  it("weighs a tie by what the filters and time window let through, and drops a tie with nothing left", () => {
    const ties = tiesOfDrawnGraph(drawn().graph);
    const only2025 = (id: string) => id !== "evt:forum-2024";
    const shown = shownTies(ties, () => true, only2025);

    expect(shown).toEqual([
      { a: "org:cnes", b: "org:jaxa", agreements: ["agr:mou-2025"], events: [], weight: 1, leftOut: 1 },
    ]);
    expect(
      shownTies(
        ties,
        (id) => id !== "org:cnes",
        () => true,
      ).map((t) => `${t.a}-${t.b}`),
    ).toEqual(["org:jaxa-org:ulb", "per:alice-per:bob"]);
    expect(
      shownTies(
        ties,
        () => true,
        () => true,
      )[0]!.weight,
    ).toBe(2);
  });
});
