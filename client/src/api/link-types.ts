// The shapes of the stewards' tie operations (issue #19): the model's linkable relationship types as the server gives
// them (`linkRules`), and the `link` mutation's input.

import type { DatePrecision, EntityType } from "./types";

/** A relationship type `link` accepts: what it joins (start → end) and which of `role` / `title` it carries. */
export interface LinkRule {
  type: string;
  /** The model's words for it ("party to"); the interface shows its own translation when it has one. */
  label: string;
  from: EntityType[];
  to: EntityType[];
  properties: string[];
}

/** The `link` mutation's input: only the properties given are sent. */
export interface LinkInput {
  from: string;
  to: string;
  type: string;
  properties?: {
    role?: string;
    title?: string;
    since?: string;
    sincePrecision?: DatePrecision;
    until?: string;
    untilPrecision?: DatePrecision;
  };
  citation: { source: string; quote: string };
}
