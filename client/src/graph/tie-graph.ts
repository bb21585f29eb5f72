// The structure the graph's measures read (communities, node size by centrality): the organisations, people,
// agreements and events shown, each pair tied at most once. Places, sectors, sources and key figures are left out:
// they join almost everything ("in Japan"), so counting them would make every group one and every country the
// centre of every network, as the paths leave them out unless asked (issue #14).

import Graph from "graphology";
import type { EntityType } from "../api/types";
import type { ExplorerGraph } from "./model";

/** The kinds of entity the measures count. */
export const STRUCTURE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  "ORGANIZATION",
  "PERSON",
  "AGREEMENT",
  "EVENT",
]);

/** One tie per pair of entities; `weight` is the number of relationships drawn between them. */
export type TieGraph = Graph<Record<string, never>, { weight: number }>;

/**
 * The tie graph of the nodes `shown` accepts (e.g. not hidden by the user or a filter). Nodes tied to nothing are
 * left out when `dropIsolated` (Louvain gives each its own community, which tells nothing).
 */
export function tieGraph(graph: ExplorerGraph, shown: (id: string) => boolean, dropIsolated: boolean): TieGraph {
  const ties: TieGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((id, a) => {
    if (STRUCTURE_TYPES.has(a.entityType) && shown(id)) ties.addNode(id);
  });
  graph.forEachEdge((_, __, source, target) => {
    if (source === target || !ties.hasNode(source) || !ties.hasNode(target)) return;
    ties.updateEdge(source, target, (attrs) => ({ weight: (attrs.weight ?? 0) + 1 }));
  });
  if (dropIsolated) {
    for (const id of ties.nodes()) {
      if (ties.degree(id) === 0) ties.dropNode(id);
    }
  }
  return ties;
}
