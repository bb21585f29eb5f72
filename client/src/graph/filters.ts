// What the filter panel and the time slider do to the drawn graph.
//
// Kind, agreement-kind, sector and country filters HIDE nodes; the time window only FADES nodes dated outside it
// (undated nodes, e.g. organisations, are always inside). A date stands for the interval its precision gives (a
// whole month or year, src/i18n/dates.ts): a node is inside when that interval overlaps the window, the server's
// default DateMatch. Rules:
// - entity kinds: the node's kind must be chosen (none chosen = all).
// - agreement kinds: restricts AGREEMENT nodes only.
// - sectors: SECTOR nodes must be chosen; organisations, agreements, events and key figures must list a chosen
//   sector; other kinds (people, places, sources) are context and stay.
// - countries: PLACE nodes stay when chosen or inside a chosen country; organisations, agreements and events
//   must list a chosen country; people, sources and key figures stay.
// These are the server's GraphFilter rules (src/GraphExplorer.Application/Exploration/GraphFilter.cs), so a path
// or timeline asked for with the same filter agrees with what the graph shows.

import type { AgreementKind, EntityType, GraphFilter } from "../api/types";
import { dateInterval, yearOf } from "../i18n/dates";
import type { NodeAttributes } from "./attributes";
import { evidenceGraphFilter, OPEN_EVIDENCE, type EvidenceFilter } from "./evidence-filter";

export interface ViewFilter {
  entityTypes: EntityType[];
  agreementKinds: AgreementKind[];
  sectors: string[];
  countries: string[];
}

/** Inclusive years; null = open end. */
export interface TimeWindow {
  from: number | null;
  to: number | null;
}

export const EMPTY_FILTER: ViewFilter = { entityTypes: [], agreementKinds: [], sectors: [], countries: [] };
export const OPEN_WINDOW: TimeWindow = { from: null, to: null };

const IN_SECTORS: ReadonlySet<EntityType> = new Set<EntityType>(["ORGANIZATION", "AGREEMENT", "EVENT", "FACT"]);
const IN_COUNTRIES: ReadonlySet<EntityType> = new Set<EntityType>(["ORGANIZATION", "AGREEMENT", "EVENT"]);

type FilterableNode = Pick<NodeAttributes, "entityType" | "kind" | "sectors" | "countries">;
type DatedNode = Pick<NodeAttributes, "start" | "end">;

function intersects(a: readonly string[], b: ReadonlySet<string>): boolean {
  return a.some((x) => b.has(x));
}

export function isFilterActive(filter: ViewFilter): boolean {
  return filter.entityTypes.length + filter.agreementKinds.length + filter.sectors.length + filter.countries.length > 0;
}

/** A predicate for `matchesFilter` that builds the sets once. */
export function filterPredicate(filter: ViewFilter): (id: string, node: FilterableNode) => boolean {
  const types = new Set(filter.entityTypes);
  const agreementKinds = new Set<string>(filter.agreementKinds);
  const sectors = new Set(filter.sectors);
  const countries = new Set(filter.countries);
  return (id, node) => {
    if (types.size > 0 && !types.has(node.entityType)) return false;
    if (agreementKinds.size > 0 && node.entityType === "AGREEMENT" && !agreementKinds.has(node.kind ?? "")) return false;
    if (sectors.size > 0) {
      if (node.entityType === "SECTOR" && !sectors.has(id)) return false;
      if (IN_SECTORS.has(node.entityType) && !intersects(node.sectors, sectors)) return false;
    }
    if (countries.size > 0) {
      if (node.entityType === "PLACE" && !countries.has(id) && !intersects(node.countries, countries)) return false;
      if (IN_COUNTRIES.has(node.entityType) && !intersects(node.countries, countries)) return false;
    }
    return true;
  };
}

/** The filter groups of the panel, each a field of ViewFilter. */
export const FILTER_FIELDS = ["entityTypes", "agreementKinds", "sectors", "countries"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/**
 * How many of `nodes` each group of the filter hides on its own (as if it were the only filter set), so the panel can
 * say what each group does; a node hidden by two groups counts in both.
 */
export function hiddenByEachGroup(nodes: Iterable<[string, FilterableNode]>, filter: ViewFilter): Record<FilterField, number> {
  const alone = FILTER_FIELDS.map((field) => [field, filterPredicate({ ...EMPTY_FILTER, [field]: filter[field] })] as const);
  const counts: Record<FilterField, number> = { entityTypes: 0, agreementKinds: 0, sectors: 0, countries: 0 };
  for (const [id, node] of nodes) {
    for (const [field, keeps] of alone) {
      if (filter[field].length > 0 && !keeps(id, node)) counts[field]++;
    }
  }
  return counts;
}

export function matchesFilter(id: string, node: FilterableNode, filter: ViewFilter): boolean {
  return filterPredicate(filter)(id, node);
}

/** The years a node's date interval spans, or null when it has no date. */
function yearSpan(node: DatedNode): { start: number; end: number } | null {
  if (node.start === null) return null;
  const { earliest, latest } = dateInterval(node.start, node.end);
  const start = yearOf(earliest);
  const end = yearOf(latest);
  return Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null;
}

/** True when the interval the node's dates stand for overlaps the window, or when it has no date. */
export function inTimeWindow(node: DatedNode, window: TimeWindow): boolean {
  const span = yearSpan(node);
  if (span === null) return true;
  if (window.from !== null && span.end < window.from) return false;
  if (window.to !== null && span.start > window.to) return false;
  return true;
}

/** The years spanned by dated nodes, or null when none is dated. */
export function yearRange(nodes: Iterable<DatedNode>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const node of nodes) {
    const span = yearSpan(node);
    if (span === null) continue;
    min = Math.min(min, span.start);
    max = Math.max(max, span.end);
  }
  return min === Infinity ? null : { min, max };
}

/** The server-side form of the view's filter, window and evidence filter (for paths and the timeline). */
export function toGraphFilter(filter: ViewFilter, window: TimeWindow, evidence: EvidenceFilter = OPEN_EVIDENCE): GraphFilter {
  const out: GraphFilter = { ...evidenceGraphFilter(evidence) };
  if (filter.entityTypes.length > 0) out.entityTypes = [...filter.entityTypes];
  if (filter.agreementKinds.length > 0) out.agreementKinds = [...filter.agreementKinds];
  if (filter.sectors.length > 0) out.sectors = [...filter.sectors];
  if (filter.countries.length > 0) out.countries = [...filter.countries];
  if (window.from !== null) out.from = `${String(window.from).padStart(4, "0")}-01-01`;
  if (window.to !== null) out.to = `${String(window.to).padStart(4, "0")}-12-31`;
  return out;
}
