// Expanding a hub (Japon has 53 neighbours) would flood the picture: above GROUP_ABOVE new neighbours the explorer
// draws none of them at first and offers them grouped by kind ("23 organisations, 18 events…"), each group opened
// a page at a time or whole. A group's members are the anchor's neighbours of that kind in the server's order
// (nearest first), so "the first 10 organisations" names the same nodes when a shared link replays it.

import { ENTITY_TYPES, type EntityType, type GraphNode } from "../api/types";

/** More new neighbours than this are offered as groups instead of drawn. */
export const GROUP_ABOVE = 25;
/** Neighbours a group adds per "show next" step. */
export const GROUP_PAGE = 10;

export interface NeighbourGroup {
  entityType: EntityType;
  /** The anchor's neighbours of this kind, in the server's order. */
  ids: string[];
}

/** How much of one group of an anchor's neighbours the user opened (kept in the link as `g`). */
export interface GroupOpening {
  anchor: string;
  entityType: EntityType;
  /** The first `shown` members of the group are drawn. */
  shown: number;
}

/** Whether an expansion adding `fresh` new neighbours is offered as groups. */
export function shouldGroup(fresh: number): boolean {
  return fresh > GROUP_ABOVE;
}

/** The anchor's neighbours grouped by kind: largest group first, then in the order of the entity types. */
export function groupNeighbours(nodes: readonly GraphNode[], anchor: string): NeighbourGroup[] {
  const groups = new Map<EntityType, string[]>();
  for (const node of nodes) {
    if (node.id === anchor) continue;
    const ids = groups.get(node.entityType) ?? [];
    if (!ids.includes(node.id)) ids.push(node.id);
    groups.set(node.entityType, ids);
  }
  return [...groups].map(([entityType, ids]) => ({ entityType, ids }))
    .sort((a, b) => b.ids.length - a.ids.length || ENTITY_TYPES.indexOf(a.entityType) - ENTITY_TYPES.indexOf(b.entityType));
}

/** The nodes to draw for the openings of one anchor: the anchor and the first `shown` members of each opened group. */
export function openedNodes(nodes: readonly GraphNode[], anchor: string, openings: readonly GroupOpening[]): GraphNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chosen = new Set<string>([anchor]);
  const groups = groupNeighbours(nodes, anchor);
  for (const opening of openings) {
    if (opening.anchor !== anchor) continue;
    const group = groups.find((g) => g.entityType === opening.entityType);
    for (const id of group?.ids.slice(0, opening.shown) ?? []) chosen.add(id);
  }
  return [...chosen].map((id) => byId.get(id)).filter((n): n is GraphNode => n !== undefined);
}

/** Records that the first `shown` members of a group are open (replacing what was recorded for it). */
export function withOpening(openings: readonly GroupOpening[], opening: GroupOpening): GroupOpening[] {
  const rest = openings.filter((o) => !(o.anchor === opening.anchor && o.entityType === opening.entityType));
  return [...rest, opening];
}

/** `g` parameter form: `TYPE:shown:anchor` (the anchor last, since ids may hold colons). */
export function encodeOpening(opening: GroupOpening): string {
  return `${opening.entityType}:${opening.shown}:${opening.anchor}`;
}

export function decodeOpening(text: string): GroupOpening | null {
  const match = /^([A-Z]+):(\d{1,4}):(.+)$/.exec(text);
  if (!match) return null;
  const entityType = match[1] as EntityType;
  if (!ENTITY_TYPES.includes(entityType)) return null;
  const shown = Number.parseInt(match[2]!, 10);
  return shown > 0 ? { anchor: match[3]!, entityType, shown } : null;
}
