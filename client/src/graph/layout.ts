// Positions: new nodes start around the node they came from (a ring for a few, a sunflower disc for many, so
// even a hub with a thousand partners starts evenly spread), then ForceAtlas2 settles them while every node
// already drawn (and every pinned node) stays where it is.
//
// Synchronous and time-boxed: iterations run until MAX_ITERATIONS or the time budget is spent, whichever comes
// first (ForceAtlas2 costs tens of milliseconds per iteration at a thousand nodes), so a merge never stalls the page.

import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "./attributes";

const MAX_ITERATIONS = 150;
const DEFAULT_BUDGET_MS = 300;
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

/** Runs ForceAtlas2 moving only `moving`, for at most `budgetMs`; other nodes keep their positions. */
export function settle(graph: AbstractGraph<NodeAttributes, EdgeAttributes>, moving: ReadonlySet<string>, budgetMs = DEFAULT_BUDGET_MS): number {
  if (moving.size === 0 || graph.order < 2) return 0;
  // ForceAtlas2 computes in Float32 and writes every position back, fixed ones too: keep those exactly.
  const kept = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attrs) => {
    const fixed = attrs.pinned || !moving.has(id);
    if (fixed) kept.set(id, { x: attrs.x, y: attrs.y });
    graph.setNodeAttribute(id, "fixed", fixed);
  });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2500, adjustSizes: false };
  // Small graphs run in chunks of 10 iterations; large ones one at a time so the budget is kept.
  const chunk = graph.order > 400 ? 1 : 10;
  const start = performance.now();
  let done = 0;
  while (done < MAX_ITERATIONS && (done === 0 || performance.now() - start < budgetMs)) {
    forceAtlas2.assign(graph, { iterations: chunk, settings });
    done += chunk;
  }
  graph.forEachNode((id, attrs) => {
    const at = kept.get(id);
    graph.mergeNodeAttributes(id, at ? { x: at.x, y: at.y, fixed: attrs.pinned } : { fixed: attrs.pinned });
  });
  return done;
}
