// GraphML (http://graphml.graphdrawing.org/) of the entities and relationships in view, for Gephi, yEd,
// Cytoscape or NetworkX. Lists (sectors, countries) are joined with `;`; citations become one text attribute.
// Dates at their precision: `date` in reduced ISO 8601 ("2024-06", "2025"), `dateLabel` in the interface language
// ("end of May 2025"), with the precision and the source's note; `inferred` and `inferenceNote` on nodes and edges;
// `labelLanguage` where the label is the articles' own words (a key figure's French statement: `fr`); an agreement's
// `lifecycle` as codes with ISO dates and `lifecycleLabel` in the interface language.

import type { ExplorerGraph } from "../graph/model";
import type { I18n } from "../i18n/i18n";
import { lifecycleCodes, lifecycleText } from "../i18n/lifecycle";
import { citationText, type NodeFilter } from "./csv";
import { xmlEscape } from "./xml";

interface Key {
  id: string;
  for: "node" | "edge";
  name: string;
  type: "string" | "int" | "double" | "boolean";
}

const KEYS: Key[] = [
  { id: "label", for: "node", name: "label", type: "string" },
  { id: "labelLanguage", for: "node", name: "labelLanguage", type: "string" },
  { id: "entityType", for: "node", name: "entityType", type: "string" },
  { id: "kind", for: "node", name: "kind", type: "string" },
  { id: "date", for: "node", name: "date", type: "string" },
  { id: "endDate", for: "node", name: "endDate", type: "string" },
  { id: "dateLabel", for: "node", name: "dateLabel", type: "string" },
  { id: "datePrecision", for: "node", name: "datePrecision", type: "string" },
  { id: "dateNote", for: "node", name: "dateNote", type: "string" },
  { id: "inferred", for: "node", name: "inferred", type: "boolean" },
  { id: "inferenceNote", for: "node", name: "inferenceNote", type: "string" },
  { id: "sourceCount", for: "node", name: "sourceCount", type: "int" },
  { id: "sectors", for: "node", name: "sectors", type: "string" },
  { id: "countries", for: "node", name: "countries", type: "string" },
  { id: "degree", for: "node", name: "degree", type: "int" },
  { id: "lifecycle", for: "node", name: "lifecycle", type: "string" },
  { id: "lifecycleLabel", for: "node", name: "lifecycleLabel", type: "string" },
  { id: "x", for: "node", name: "x", type: "double" },
  { id: "y", for: "node", name: "y", type: "double" },
  { id: "relation", for: "edge", name: "relation", type: "string" },
  { id: "elabel", for: "edge", name: "label", type: "string" },
  { id: "role", for: "edge", name: "role", type: "string" },
  { id: "einferred", for: "edge", name: "inferred", type: "boolean" },
  { id: "einferenceNote", for: "edge", name: "inferenceNote", type: "string" },
  { id: "sources", for: "edge", name: "sources", type: "string" },
  { id: "quotes", for: "edge", name: "quotes", type: "string" },
  { id: "edates", for: "edge", name: "dates", type: "string" },
  { id: "since", for: "edge", name: "since", type: "string" },
  { id: "until", for: "edge", name: "until", type: "string" },
  { id: "asOf", for: "edge", name: "asOf", type: "string" },
];

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

export function toGraphML(graph: ExplorerGraph, i18n: I18n, include: NodeFilter = () => true): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="GraphExplorer" edgedefault="directed">',
  ];
  const kept = new Set<string>();
  graph.forEachNode((id, a) => {
    if (!include(id, a)) return;
    kept.add(id);
    const fields = [
      data("label", a.label), data("labelLanguage", i18n.nameLanguage({ entityType: a.entityType })), data("entityType", a.entityType), data("kind", a.kind), data("date", a.start?.iso),
      data("endDate", a.end?.iso), data("dateLabel", i18n.partialRange(a.start, a.end)), data("datePrecision", a.start?.precision),
      data("dateNote", a.start?.note), data("inferred", String(a.inferred)), data("inferenceNote", a.inferenceNote),
      data("sourceCount", a.sourceCount), data("sectors", a.sectors.join(";")), data("countries", a.countries.join(";")),
      data("degree", a.degree), data("lifecycle", lifecycleCodes(a.lifecycle ?? [])), data("lifecycleLabel", lifecycleText(a.lifecycle ?? [], i18n)),
      data("x", Number(a.x.toFixed(3))), data("y", Number(a.y.toFixed(3))),
    ].join("");
    out.push(`    <node id="${xmlEscape(id)}">${fields}</node>`);
  });
  graph.forEachEdge((id, a, source, target) => {
    if (!kept.has(source) || !kept.has(target)) return;
    const quotes = a.citations.map((c) => c.quote ?? "").filter((q) => q.length > 0).join(" | ");
    const fields = [
      data("relation", a.relation), data("elabel", a.label), data("role", a.role), data("einferred", String(a.inferred)),
      data("einferenceNote", a.inferenceNote), data("sources", citationText(a.citations, i18n)), data("quotes", quotes),
      data("edates", i18n.period(a.since, a.until, a.asOf)), data("since", a.since?.iso), data("until", a.until?.iso), data("asOf", a.asOf?.iso),
    ].join("");
    out.push(`    <edge id="${xmlEscape(id)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${fields}</edge>`);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
