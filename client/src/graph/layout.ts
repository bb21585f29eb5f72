// Positions: new nodes start on a ring around the node they came from, then a fixed number of ForceAtlas2
// iterations settles them while every node already drawn (and every pinned node) stays where it is.
// Synchronous and bounded: at most MAX_WORK node-iterations per call, so a merge never stalls the page.

import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "./attributes";

const MAX_WORK = 400_000;

/** Deterministic pseudo-random in [0, 1) from a string, so the same data gives the same picture. */
export function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/** Places `ids` on a ring around `centre` (radius grows with their number). */
export function ringAround(centre: { x: number; y: number }, ids: readonly string[], baseRadius = 1): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const radius = baseRadius * (1 + Math.sqrt(ids.length) / 2);
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1) + hashUnit(id) * 0.3;
    const r = radius * (0.85 + 0.3 * hashUnit(`${id}#r`));
    out.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
  return out;
}

/** Runs ForceAtlas2 moving only `moving`; other nodes keep their positions. */
export function settle(graph: AbstractGraph<NodeAttributes, EdgeAttributes>, moving: ReadonlySet<string>): void {
  if (moving.size === 0 || graph.order < 2) return;
  const iterations = Math.max(10, Math.min(150, Math.floor(MAX_WORK / graph.order)));
  graph.forEachNode((id, attrs) => {
    graph.setNodeAttribute(id, "fixed", attrs.pinned || !moving.has(id));
  });
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...settings, barnesHutOptimize: graph.order > 300, adjustSizes: false },
  });
  graph.forEachNode((id, attrs) => {
    graph.setNodeAttribute(id, "fixed", attrs.pinned);
  });
}
