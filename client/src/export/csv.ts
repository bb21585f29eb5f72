// CSV of the entities and relationships in view (RFC 4180: comma-separated, CRLF line ends, fields quoted when
// they hold a comma, quote or line break, quotes doubled). A UTF-8 byte-order mark makes spreadsheet programs read
// accents correctly. Cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) are
// prefixed with an apostrophe (OWASP "CSV injection").
//
// Dates are written at the precision their sources give: `date` in the interface language ("June 2024", "end of
// May 2025"), `date_iso` in reduced ISO 8601 ("2024-06") for sorting, with the precision and the source's note.
// Every row says whether its fact is stated or inferred (and why) and by how many articles. A name in the articles'
// own words (a key figure's French statement) has its language beside it (`name_language`: `fr`). An agreement's
// lifecycle is written both ways too (`lifecycle` in the interface language, `lifecycle_codes` for programs).

import type { Citation, Inferable, PartialDate } from "../api/types";
import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import type { ExplorerGraph } from "../graph/model";
import type { I18n } from "../i18n/i18n";
import { lifecycleCodes, lifecycleText } from "../i18n/lifecycle";
import { shownEdgeCells, shownEdgeColumns, shownNodeCells, shownNodeColumns, type ShownText } from "./shown-columns";

export type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** `Title (Publisher, June 11, 2025) <url>` for each citation, separated by ` | `; dates at their precision. */
export function citationText(citations: readonly Citation[], i18n: I18n): string {
  return citations
    .map((c) => {
      const date = c.source.published
        ? i18n.partialDate(c.source.published)
        : c.source.updated ? `${i18n.t("panel.updated").toLocaleLowerCase(i18n.language)} ${i18n.partialDate(c.source.updated)}` : null;
      const meta = [i18n.publisher(c.source), date].filter(Boolean).join(", ");
      return `${c.source.title}${meta ? ` (${meta})` : ""}${c.source.url ? ` <${c.source.url}>` : ""}`;
    })
    .join(" | ");
}

export type NodeFilter = (id: string, attrs: NodeAttributes) => boolean;

/** "stated" or "inferred" (a code, like `entity_type`, so that a spreadsheet can filter on it in any language). */
function evidenceCells(fact: Inferable): Cell[] {
  return [fact.inferred ? "inferred" : "stated", fact.inferenceNote];
}

/** The language of a node's stored name when it is not a name in any interface language (see `I18n.nameLanguage`). */
function nameLanguage(a: NodeAttributes, i18n: I18n): Cell {
  return i18n.nameLanguage({ entityType: a.entityType });
}

function dateCells(date: PartialDate | null, i18n: I18n): Cell[] {
  return [i18n.partialDate(date), date?.iso];
}

/** With `shown`, the columns a person reads in the interface language follow (see shown-columns.ts). */
export function nodesCsv(graph: ExplorerGraph, i18n: I18n, include: NodeFilter = () => true, shown?: ShownText): string {
  const rows: Cell[][] = [];
  graph.forEachNode((id, a) => {
    if (!include(id, a)) return;
    rows.push([
      id, a.label, a.entityType, a.kind, ...dateCells(a.start, i18n), ...dateCells(a.end, i18n), a.start?.precision, a.start?.note,
      ...evidenceCells(a), a.sourceCount, a.sectors.join(";"), a.countries.join(";"), a.degree, nameLanguage(a, i18n),
      lifecycleText(a.lifecycle ?? [], i18n), lifecycleCodes(a.lifecycle ?? []),
    ]);
  });
  if (shown) graph.filterNodes((id, a) => include(id, a)).forEach((id, i) => rows[i]!.push(...shownNodeCells(shown, graph.getNodeAttributes(id))));
  return toCsv([
    "id", "name", "entity_type", "kind", "date", "date_iso", "end_date", "end_date_iso", "date_precision", "date_note",
    "evidence", "inference_note", "source_count", "sectors", "countries", "connections", "name_language",
    "lifecycle", "lifecycle_codes", ...(shown ? shownNodeColumns(shown) : []),
  ], rows);
}

export function edgesCsv(graph: ExplorerGraph, i18n: I18n, include: NodeFilter = () => true, shown?: ShownText): string {
  const rows: Cell[][] = [];
  graph.forEachEdge((id, a: EdgeAttributes, source, target, sa, ta) => {
    if (!include(source, sa) || !include(target, ta)) return;
    rows.push([
      id, source, sa.label, a.relation, a.label, a.role, target, ta.label, ...evidenceCells(a), new Set(a.citations.map((c) => c.source.id)).size,
      citationText(a.citations, i18n), a.citations.map((c) => c.quote ?? "").filter((q) => q.length > 0).join(" | "),
      i18n.period(a.since, a.until, a.asOf), a.since?.iso, a.until?.iso, a.asOf?.iso, nameLanguage(sa, i18n), nameLanguage(ta, i18n),
    ]);
  });
  if (shown) {
    graph.filterEdges((_id, _a, source, target, sa, ta) => include(source, sa) && include(target, ta))
      .forEach((id, i) => rows[i]!.push(...shownEdgeCells(shown, graph.getEdgeAttributes(id),
        graph.getNodeAttributes(graph.source(id)), graph.getNodeAttributes(graph.target(id)))));
  }
  return toCsv([
    "id", "source_id", "source_name", "relationship", "label", "role", "target_id", "target_name", "evidence", "inference_note",
    "source_count", "sources", "quotes", "dates", "since_iso", "until_iso", "as_of_iso", "source_name_language", "target_name_language",
    ...(shown ? shownEdgeColumns(shown) : []),
  ], rows);
}
