// CSV of the entities and relationships in view (RFC 4180: comma-separated, CRLF line ends, fields quoted when
// they hold a comma, quote or line break, quotes doubled). A UTF-8 byte-order mark makes spreadsheet programs read
// accents correctly. Cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) are
// prefixed with an apostrophe (OWASP "CSV injection").

import type { Citation } from "../api/types";
import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import type { ExplorerGraph } from "../graph/model";
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

/** `Title (Publisher, 2025-06-11) <url>` for each citation, separated by ` | `. */
export function citationText(citations: readonly Citation[]): string {
  return citations
    .map((c) => {
      const date = c.source.publishedDate ?? (c.source.updatedDate ? `updated ${c.source.updatedDate}` : null);
      const meta = [c.source.publisher, date].filter(Boolean).join(", ");
      return `${c.source.title}${meta ? ` (${meta})` : ""}${c.source.url ? ` <${c.source.url}>` : ""}`;
    })
    .join(" | ");
}

export type NodeFilter = (id: string, attrs: NodeAttributes) => boolean;

/** With `shown`, the columns a person reads in the interface language follow (see shown-columns.ts). */
export function nodesCsv(graph: ExplorerGraph, include: NodeFilter = () => true, shown?: ShownText): string {
  const rows: Cell[][] = [];
  graph.forEachNode((id, a) => {
    if (!include(id, a)) return;
    rows.push([id, a.label, a.entityType, a.kind, a.date, a.endDate, a.sectors.join(";"), a.countries.join(";"), a.degree]);
  });
  if (shown) graph.filterNodes((id, a) => include(id, a)).forEach((id, i) => rows[i]!.push(...shownNodeCells(shown, graph.getNodeAttributes(id))));
  return toCsv(["id", "name", "entity_type", "kind", "date", "end_date", "sectors", "countries", "connections", ...(shown ? shownNodeColumns(shown) : [])], rows);
}

export function edgesCsv(graph: ExplorerGraph, include: NodeFilter = () => true, shown?: ShownText): string {
  const rows: Cell[][] = [];
  graph.forEachEdge((id, a: EdgeAttributes, source, target, sa, ta) => {
    if (!include(source, sa) || !include(target, ta)) return;
    rows.push([
      id, source, sa.label, a.relation, a.label, a.role, target, ta.label, citationText(a.citations),
      a.citations.map((c) => c.quote ?? "").filter((q) => q.length > 0).join(" | "),
    ]);
  });
  if (shown) {
    graph.filterEdges((_id, _a, source, target, sa, ta) => include(source, sa) && include(target, ta))
      .forEach((id, i) => rows[i]!.push(...shownEdgeCells(shown, graph.getEdgeAttributes(id),
        graph.getNodeAttributes(graph.source(id)), graph.getNodeAttributes(graph.target(id)))));
  }
  return toCsv(["id", "source_id", "source_name", "relationship", "label", "role", "target_id", "target_name", "sources", "quotes", ...(shown ? shownEdgeColumns(shown) : [])], rows);
}
