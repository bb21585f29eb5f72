// Small graph fixtures shared by the tests (an MoU between a Japanese agency and a French research body).

import type { DatePrecision, DateQualifier, GraphEdge, GraphNode, PartialDate } from "../src/api/types";

/** A PartialDate as the API gives it: `partialDate("2024-06", "MONTH")` stands for 1–30 June 2024. */
export function partialDate(iso: string, precision: DatePrecision, extra: { qualifier?: DateQualifier; text?: string; note?: string } = {}): PartialDate {
  const [year, month = 1, day = 1] = iso.split("-").map(Number) as [number, number?, number?];
  const first = new Date(Date.UTC(year, month - 1, day));
  const last = precision === "YEAR" ? new Date(Date.UTC(year, 11, 31)) : precision === "MONTH" ? new Date(Date.UTC(year, month, 0)) : first;
  const text = (d: Date) => d.toISOString().slice(0, 10);
  return {
    value: text(first), precision, qualifier: extra.qualifier ?? null, iso, text: extra.text ?? null, note: extra.note ?? null,
    earliest: text(first), latest: text(last),
  };
}

export function node(id: string, overrides: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    label: id.toUpperCase(),
    names: { en: null, fr: null, ja: null },
    entityType: "ORGANIZATION",
    kind: "GOVERNMENT_AGENCY",
    start: null,
    end: null,
    inferred: false,
    inferenceNote: null,
    sourceCount: 1,
    sectors: [],
    countries: [],
    degree: 3,
    ...overrides,
  };
}

export function edge(id: string, source: string, target: string, overrides: Partial<GraphEdge> = {}): GraphEdge {
  return { id, source, target, type: "PARTY_TO", label: "party to", role: null, since: null, until: null, asOf: null, citations: [], inferred: false, inferenceNote: null, independentSourceCount: 1, ...overrides };
}

export const jaxa = node("org:jaxa", { label: "JAXA", countries: ["place:jp"], sectors: ["sec:space"] });
export const cnes = node("org:cnes", { label: "CNES", countries: ["place:fr"], sectors: ["sec:space"] });
export const mou = node("agr:mou-2025", {
  label: "JAXA–CNES MoU",
  entityType: "AGREEMENT",
  kind: "MOU",
  start: partialDate("2025-06-11", "DAY"),
  sectors: ["sec:space"],
  countries: ["place:jp", "place:fr"],
});
export const jaxaParty = edge("e1", "org:jaxa", "agr:mou-2025");
export const cnesParty = edge("e2", "org:cnes", "agr:mou-2025");
