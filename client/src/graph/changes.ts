// What changed between two days, drawn on the graph: the window a reader asks for (two ISO days, kept in the URL)
// and which nodes and ties of the drawn graph are new in it. The server decides what appeared, at the precision of
// each date (`changes(from:, to:)`); here only its answer meets the drawn graph.
//
// New ties: every tie of an agreement or event that appeared in the window appeared with it (its parties, its
// place, its signing event), so a tie is new when one of its ends is such an agreement or event. A pair of partners
// or a person appears through one of those, so their ties to it are among them.

import type { DatedChange } from "../api/changes-types";

/** Two days, both included, `from` not after `to` (ISO `YYYY-MM-DD`). */
export interface ChangeWindow {
  from: string;
  to: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The window of two days in either order; null unless both are real days. */
export function changeWindow(a: string | null, b: string | null): ChangeWindow | null {
  if (a === null || b === null || !isIsoDay(a) || !isIsoDay(b)) return null;
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

export interface ChangeHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const NO_CHANGES: ChangeHighlight = { nodes: new Set(), edges: new Set() };

/** The drawn nodes and ties that are new in the window, from the server's answer and the drawn edges. */
export function changeHighlight(
  changes: readonly DatedChange[],
  edges: Iterable<{ id: string; source: string; target: string }>,
): ChangeHighlight {
  const appeared = new Set(changes.filter((c) => c.kind === "AGREEMENT" || c.kind === "EVENT").map((c) => c.node.id));
  const nodes = new Set(
    changes.flatMap((c) => [c.node.id, c.other?.id, c.through?.id].filter((id): id is string => id !== undefined)),
  );
  const newEdges = new Set<string>();
  for (const edge of edges) {
    if (appeared.has(edge.source) || appeared.has(edge.target)) newEdges.add(edge.id);
  }
  return { nodes, edges: newEdges };
}
