// The evidence filters: keep only ties stated by at least N independent sources (distinct publishers, as the server
// counts them in `GraphEdge.independentSourceCount`), or only stated ties (not inferred ones).
//
// Like the other filters they HIDE what they leave out of the drawn graph, and they are sent with paths and the
// timeline as `GraphFilter.minSources` / `statedOnly`, so what those return agrees with what the graph shows. On the
// drawn graph they hide ties (edges), not entities: an entity stays where another filter keeps it.

import type { GraphFilter } from "../api/types";
import type { EdgeAttributes } from "./attributes";

/** The thresholds offered: 1 is every tie (one source is the least a stated tie has). */
export const MIN_SOURCES_CHOICES = [1, 2, 3] as const;
export type MinSources = (typeof MIN_SOURCES_CHOICES)[number];

export interface EvidenceFilter {
  minSources: MinSources;
  statedOnly: boolean;
}

export const OPEN_EVIDENCE: EvidenceFilter = { minSources: 1, statedOnly: false };

type WeighedTie = Pick<EdgeAttributes, "inferred" | "independentSourceCount">;

export function isEvidenceFilterActive(evidence: EvidenceFilter): boolean {
  return evidence.minSources > 1 || evidence.statedOnly;
}

/** A threshold read from a link or a selector; anything else is "every tie". */
export function parseMinSources(value: string | null): MinSources {
  const n = Number(value);
  return (MIN_SOURCES_CHOICES as readonly number[]).includes(n) ? (n as MinSources) : 1;
}

/**
 * True when the tie passes the filter. A tie without a count (the partners view's ties, which stand for several
 * agreements and events) is not weighed and stays.
 */
export function keepsTie(tie: WeighedTie, evidence: EvidenceFilter): boolean {
  if (evidence.statedOnly && tie.inferred) return false;
  if (tie.independentSourceCount !== undefined && tie.independentSourceCount < evidence.minSources) return false;
  return true;
}

/**
 * How many of `ties` each evidence filter hides on its own (as if it were the only one set), as the filter panel says
 * for the other groups; a tie hidden by both counts in both.
 */
export function tiesHiddenByEach(
  ties: Iterable<WeighedTie>,
  evidence: EvidenceFilter,
): { minSources: number; statedOnly: number } {
  const counts = { minSources: 0, statedOnly: 0 };
  for (const tie of ties) {
    if (!keepsTie(tie, { ...OPEN_EVIDENCE, minSources: evidence.minSources })) counts.minSources++;
    if (!keepsTie(tie, { ...OPEN_EVIDENCE, statedOnly: evidence.statedOnly })) counts.statedOnly++;
  }
  return counts;
}

/** The server-side form, only the fields that restrict. */
export function evidenceGraphFilter(evidence: EvidenceFilter): Pick<GraphFilter, "minSources" | "statedOnly"> {
  return {
    ...(evidence.minSources > 1 ? { minSources: evidence.minSources } : {}),
    ...(evidence.statedOnly ? { statedOnly: true } : {}),
  };
}
