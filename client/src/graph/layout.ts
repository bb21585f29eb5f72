// Positions: new nodes start around the node they came from (a ring for a few, a sunflower disc for many, so
// even a hub with a thousand partners starts evenly spread), then ForceAtlas2 settles them while every node
// already drawn (and every pinned node) stays where it is.
//
// Synchronous and time-boxed: iterations run until MAX_ITERATIONS or the time budget is spent, whichever comes
// first (ForceAtlas2 costs milliseconds to tens of milliseconds per iteration at a thousand nodes), so a merge
// never stalls the page. bench/client measures it on a 2,000-node neighbourhood.

import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "./attributes";

const MAX_ITERATIONS = 150;
const DEFAULT_BUDGET_MS = 300;
const BARNES_HUT_ABOVE = 1000;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Deterministic pseudo-random in [0, 1) from a string, so the same data gives the same picture. */
export function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/** The mean position of the nodes drawn (the origin when there are none): where nodes with no anchor start. */
export function centreOf(graph: { order: number; forEachNode(callback: (id: string, attrs: { x: number; y: number }) => void): void }): { x: number; y: number } {
  if (graph.order === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  graph.forEachNode((_, a) => {
    x += a.x;
    y += a.y;
  });
  return { x: x / graph.order, y: y / graph.order };
}

/**
 * Start positions for `ids` around `centre`: a ring (radius growing with their number) for up to 12 nodes,
 * beyond that a Vogel sunflower disc whose points are evenly spaced `spacing` apart.
 */
export function ringAround(centre: { x: number; y: number }, ids: readonly string[], baseRadius = 1): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (ids.length > 12) {
    const spacing = baseRadius * 0.6;
    ids.forEach((id, i) => {
      const r = spacing * Math.sqrt(i + 4);
      const angle = i * GOLDEN_ANGLE;
      out.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    });
    return out;
  }
  const radius = baseRadius * (1 + Math.sqrt(ids.length) / 2);
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1) + hashUnit(id) * 0.3;
    const r = radius * (0.85 + 0.3 * hashUnit(`${id}#r`));
    out.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
  return out;
}

/**
 * Runs ForceAtlas2 moving only `moving` (pinned nodes never move), for at most about `budgetMs`; every other node
 * keeps its position exactly.
 *
 * The layout runs on a scratch copy of the graph: the drawn graph gets the new positions in one bulk update, so
 * its renderer re-reads the nodes once, not at every step (sigma re-reduces every node on each bulk update). One
 * timed iteration tells what an iteration costs on this graph and this machine; the rest of the budget then runs
 * in a single call (each call converts the graph to ForceAtlas2's arrays and back, which at two thousand nodes
 * costs as much as an iteration). Barnes–Hut above a thousand nodes makes an iteration O(n log n), so a large
 * merge still gets enough iterations to settle.
 */
export function settle(graph: AbstractGraph<NodeAttributes, EdgeAttributes>, moving: ReadonlySet<string>, budgetMs = DEFAULT_BUDGET_MS): number {
  if (moving.size === 0 || graph.order < 2) return 0;
  const scratch = graph.copy();
  // New attribute objects: ForceAtlas2 writes positions into them in place, and the copy's are the drawn graph's.
  scratch.updateEachNodeAttributes((id, attrs) => ({ ...attrs, fixed: attrs.pinned || !moving.has(id) }));
  const settings = { ...forceAtlas2.inferSettings(scratch), barnesHutOptimize: scratch.order > BARNES_HUT_ABOVE, adjustSizes: false };
  const start = performance.now();
  forceAtlas2.assign(scratch, { iterations: 1, settings });
  const perIteration = Math.max(performance.now() - start, 0.01);
  const more = Math.max(0, Math.min(MAX_ITERATIONS - 1, Math.floor((budgetMs - perIteration) / perIteration)));
  if (more > 0) forceAtlas2.assign(scratch, { iterations: more, settings });
  graph.updateEachNodeAttributes((id, attrs) => {
    if (attrs.pinned || !moving.has(id)) return attrs;
    const at = scratch.getNodeAttributes(id);
    return { ...attrs, x: at.x, y: at.y };
  }, { attributes: ["x", "y"] });
  return 1 + more;
}
