// The partners view's ties: two organisations joined because they are party to the same agreement or took part in
// the same event, two people because they took part in the same event. Ties come from two places, merged by pair:
// the graph drawn (an agreement drawn with two of its parties ties them) and the API's `partners` projection of an
// entity (loaded on request, since the drawn graph rarely holds both ends of an agreement). Pure functions: what a
// tie counts as shown (filters, time window) is decided by the caller's predicates.

import type { EntityType, Partner } from "../api/types";
import type { NodeAttributes } from "./attributes";

/** Relationships that make an agreement a tie: both ends are party to it. */
const AGREEMENT_RELATIONS: ReadonlySet<string> = new Set(["PARTY_TO"]);
/** Relationships that put an entity at an event (the API's `PartnerService.EventTies`). */
const EVENT_RELATIONS: ReadonlySet<string> = new Set(["PARTICIPATED_IN", "ORGANIZED", "SUPPORTED"]);
/** The kinds of entity the partners view draws; a tie joins two of the same kind. */
export const PARTNER_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(["ORGANIZATION", "PERSON"]);

export interface PartnerTie {
  /** The two ends, in code-point order. */
  a: string;
  b: string;
  /** The agreements and events both are tied to (ids, sorted). */
  agreements: string[];
  events: string[];
}

/** The entity data a tie's ends and its agreements and events need for drawing, filtering and dating. */
export type TieNode = Omit<NodeAttributes, "x" | "y" | "fixed" | "pinned" | "hiddenByUser" | "expanded">;

export interface TieGraph {
  forEachNode(callback: (id: string, attrs: NodeAttributes) => void): void;
  forEachEdge(callback: (id: string, attrs: { relation: string }, source: string, target: string) => void): void;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

class TieSet {
  private readonly byPair = new Map<string, { a: string; b: string; agreements: Set<string>; events: Set<string> }>();

  add(x: string, y: string, through: string, kind: "agreement" | "event"): void {
    if (x === y) return;
    const key = pairKey(x, y);
    let tie = this.byPair.get(key);
    if (!tie) {
      const [a, b] = x < y ? [x, y] : [y, x];
      tie = { a, b, agreements: new Set(), events: new Set() };
      this.byPair.set(key, tie);
    }
    (kind === "agreement" ? tie.agreements : tie.events).add(through);
  }

  ties(): PartnerTie[] {
    return [...this.byPair.values()]
      .map((t) => ({ a: t.a, b: t.b, agreements: [...t.agreements].sort(), events: [...t.events].sort() }))
      .sort((p, q) => (p.a === q.a ? (p.b < q.b ? -1 : 1) : p.a < q.a ? -1 : 1));
  }
}

/** The ties the drawn graph shows: each agreement or event drawn ties every pair of its drawn parties or participants. */
export function tiesOfDrawnGraph(graph: TieGraph): PartnerTie[] {
  const types = new Map<string, EntityType>();
  graph.forEachNode((id, attrs) => types.set(id, attrs.entityType));
  // Agreement or event id → the organisations and people tied to it.
  const members = new Map<string, { kind: "agreement" | "event"; ids: Set<string> }>();
  graph.forEachEdge((_, attrs, source, target) => {
    const through = types.get(target);
    const kind =
      through === "AGREEMENT" && AGREEMENT_RELATIONS.has(attrs.relation)
        ? "agreement"
        : through === "EVENT" && EVENT_RELATIONS.has(attrs.relation)
          ? "event"
          : null;
    const type = types.get(source);
    if (kind === null || type === undefined || !PARTNER_TYPES.has(type)) return;
    if (kind === "agreement" && type !== "ORGANIZATION") return;
    let entry = members.get(target);
    if (!entry) members.set(target, (entry = { kind, ids: new Set() }));
    entry.ids.add(source);
  });
  const set = new TieSet();
  for (const [through, { kind, ids }] of members) {
    const list = [...ids];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (types.get(list[i]!) === types.get(list[j]!)) set.add(list[i]!, list[j]!, through, kind);
      }
    }
  }
  return set.ties();
}

/** The ties of the API's answer for `anchor` (`Query.partners`). */
export function tiesOfPartners(anchor: string, partners: readonly Partner[]): PartnerTie[] {
  const set = new TieSet();
  for (const p of partners) {
    for (const a of p.agreements) set.add(anchor, p.partner.id, a.id, "agreement");
    for (const e of p.events) set.add(anchor, p.partner.id, e.id, "event");
  }
  return set.ties();
}

/** The union of several lists of ties: one tie per pair, with every agreement and event any list names. */
export function mergeTies(...lists: readonly (readonly PartnerTie[])[]): PartnerTie[] {
  const set = new TieSet();
  for (const list of lists) {
    for (const tie of list) {
      for (const a of tie.agreements) set.add(tie.a, tie.b, a, "agreement");
      for (const e of tie.events) set.add(tie.a, tie.b, e, "event");
    }
  }
  return set.ties();
}

/** A tie as the view draws it: only the agreements and events shown count in its weight. */
export interface ShownTie extends PartnerTie {
  /** Agreements plus events shown: the edge's thickness. */
  weight: number;
  /** Agreements and events of the tie left out by the filters or the time window. */
  leftOut: number;
}

/**
 * The ties to draw: both ends shown, and at least one agreement or event shown (`tieShown` applies the filters and
 * the time window to it). A tie whose agreements and events are all left out is not drawn.
 */
export function shownTies(
  ties: readonly PartnerTie[],
  endShown: (id: string) => boolean,
  tieShown: (id: string) => boolean,
): ShownTie[] {
  const out: ShownTie[] = [];
  for (const tie of ties) {
    if (!endShown(tie.a) || !endShown(tie.b)) continue;
    const agreements = tie.agreements.filter(tieShown);
    const events = tie.events.filter(tieShown);
    const weight = agreements.length + events.length;
    if (weight === 0) continue;
    out.push({
      a: tie.a,
      b: tie.b,
      agreements,
      events,
      weight,
      leftOut: tie.agreements.length + tie.events.length - weight,
    });
  }
  return out;
}
