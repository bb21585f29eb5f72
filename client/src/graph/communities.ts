// Communities of the drawn graph: groups of organisations, people, agreements and events tied more densely to one
// another than to the rest (Louvain, from graphology-communities-louvain). Places, sectors, sources and key figures
// are left out of the detection: they join almost everything ("in Japan"), so counting them would merge every group
// into one; they keep no community and are drawn in their kind's colour.

import louvain from "graphology-communities-louvain";
import type { ExplorerGraph } from "./model";
import { tieGraph, type TieGraph } from "./tie-graph";

/** A small deterministic generator (mulberry32), so the same graph gets the same communities at every redraw. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The community of each node shown (`shown` decides, e.g. filters), numbered from 0 by decreasing size, so the
 * largest group always gets the first colour. Nodes of other kinds, and isolated nodes, get none.
 */
export function detectCommunities(graph: ExplorerGraph, shown: (id: string) => boolean = () => true): Map<string, number> {
  // Louvain needs a simple graph: parallel relationships between two entities become one tie weighted by their count.
  return communitiesOf(tieGraph(graph, shown, true));
}

/** The communities of a tie graph's nodes (numbered as `detectCommunities` says); run in a worker for a large one. */
export function communitiesOf(ties: TieGraph): Map<string, number> {
  if (ties.size === 0) return new Map();
  const raw = louvain(ties, { getEdgeWeight: "weight", rng: seededRandom(0x9e3779b9) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const rank = new Map(order.map((community, index) => [community, index]));
  return new Map(Object.entries(raw).map(([id, community]) => [id, rank.get(community)!]));
}
