// Small graph fixtures shared by the tests (an MoU between a Japanese agency and a French research body).

import type { GraphEdge, GraphNode } from "../src/api/types";

export function node(id: string, overrides: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    label: id.toUpperCase(),
    names: { en: null, fr: null, ja: null },
    entityType: "ORGANIZATION",
    kind: "GOVERNMENT_AGENCY",
    date: null,
    endDate: null,
    sectors: [],
    countries: [],
    degree: 3,
    ...overrides,
  };
}

export function edge(id: string, source: string, target: string, overrides: Partial<GraphEdge> = {}): GraphEdge {
  return { id, source, target, type: "PARTY_TO", label: "party to", role: null, citations: [], ...overrides };
}

export const jaxa = node("org:jaxa", { label: "JAXA", countries: ["place:jp"], sectors: ["sec:space"] });
export const cnes = node("org:cnes", { label: "CNES", countries: ["place:fr"], sectors: ["sec:space"] });
export const mou = node("agr:mou-2025", {
  label: "JAXA–CNES MoU",
  entityType: "AGREEMENT",
  kind: "MOU",
  date: "2025-06-11",
  sectors: ["sec:space"],
  countries: ["place:jp", "place:fr"],
});
export const jaxaParty = edge("e1", "org:jaxa", "agr:mou-2025");
export const cnesParty = edge("e2", "org:cnes", "agr:mou-2025");
