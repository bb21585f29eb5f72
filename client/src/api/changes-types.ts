// The types of `changes(from:, to:)`: what appeared in the sources between two dates, by the dates the sources give
// (src/GraphExplorer.Application/Api/schema.graphql, "As of a date, and what changed").

import type { GraphNode, IsoDate, PartialDate } from "./types";

export const DATED_CHANGE_KINDS = ["AGREEMENT", "EVENT", "PARTNER_PAIR", "PERSON"] as const;
export type DatedChangeKind = (typeof DATED_CHANGE_KINDS)[number];

/** What the list names and the graph highlights of an entity that appeared. */
export type ChangeNode = Pick<GraphNode, "id" | "label" | "names" | "entityType">;

export interface DatedChange {
  kind: DatedChangeKind;
  /** The agreement, event or person; for a pair, the first organisation (in id order). */
  node: ChangeNode;
  /** For a pair, the other organisation. */
  other: ChangeNode | null;
  /** For a pair or a person, the agreement or event of its first tie. */
  through: ChangeNode | null;
  /** When it appeared, at the precision the sources give. */
  date: PartialDate;
  /** The date, at its precision, may lie outside the window (or an earlier tie may lie before it). */
  uncertain: boolean;
  /** The articles that state it (the list counts them). */
  citations: { source: { id: string } }[];
}

export interface DatedChanges {
  from: IsoDate;
  to: IsoDate;
  items: DatedChange[];
  /** Agreements and events without a date: no window can hold them. */
  undated: number;
  truncated: boolean;
}
