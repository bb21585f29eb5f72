// What a node's size shows (the legend's choice): how much the database records about it, or its place in the
// structure drawn. The structural measures read the tie graph (graph/tie-graph.ts: organisations, people,
// agreements and events shown, one tie per pair) and come from graphology-metrics.

import betweenness from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { SizeMeasure } from "./size-measure";
import type { TieGraph } from "./tie-graph";

/** Above this many tie-graph nodes a measure is worth a web worker (betweenness is O(nodes × ties)). */
export const MEASURE_IN_WORKER_ABOVE = 300;

/** Each tie-graph node's score for a structural measure; nodes outside the tie graph get none. */
export function structuralScores(ties: TieGraph, measure: Exclude<SizeMeasure, "recorded">): Map<string, number> {
  if (measure === "drawn") return new Map(ties.mapNodes((id) => [id, ties.degree(id)] as [string, number]));
  if (ties.size === 0) return new Map(ties.mapNodes((id) => [id, 0] as [string, number]));
  // Unweighted: one agreement between two organisations makes them as near as ten would; the count of ties is
  // what "drawn" shows.
  const raw =
    measure === "betweenness" ? betweenness(ties, { getEdgeWeight: null }) : pagerank(ties, { getEdgeWeight: null });
  return new Map(Object.entries(raw));
}

/** The node with the highest score (ties broken by id, so the legend names the same one every time), or null. */
export function highestScore(scores: ReadonlyMap<string, number>): { id: string; score: number } | null {
  let best: { id: string; score: number } | null = null;
  for (const [id, score] of scores) {
    if (best === null || score > best.score || (score === best.score && id < best.id)) best = { id, score };
  }
  return best;
}
