// The graph the partners view draws: organisations and people, one undirected tie per pair weighted by the
// agreements and events they share (graph/partner-ties.ts). Rebuilt from the ties at every change but never
// reset: a node keeps its position while it stays, a new node starts where the main graph draws it or around a
// partner already placed, and only new nodes move when the layout settles (graph/layout.ts). A dragged node is
// pinned, as in the main graph.

import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, NodeAttributes } from "./attributes";
import { centreOf, ringAround, settle } from "./layout";
import { pairKey, type ShownTie, type TieNode } from "./partner-ties";

/** The relationship type of a partners-view edge (never one the API returns). */
export const PARTNER_TIE_RELATION = "PARTNER_TIE";

export function tieEdgeId(a: string, b: string): string {
  return `tie:${pairKey(a, b)}`;
}

export class PartnersGraph {
  readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly tiesById = new Map<string, ShownTie>();

  /** The tie an edge of this graph draws. */
  tie(edgeId: string): ShownTie | undefined {
    return this.tiesById.get(edgeId);
  }

  /**
   * Draws `ties` between `nodes` (every end of a tie must be in `nodes`; nodes without a tie are drawn alone).
   * `drawnAt` gives the main graph's position of an entity it draws. Returns the ids of the nodes added.
   */
  sync(
    nodes: ReadonlyMap<string, TieNode>,
    ties: readonly ShownTie[],
    drawnAt: (id: string) => { x: number; y: number } | null,
  ): string[] {
    const graph = this.graph;
    for (const id of graph.nodes()) if (!nodes.has(id)) graph.dropNode(id);
    for (const [id, data] of nodes) if (graph.hasNode(id)) graph.mergeNodeAttributes(id, data);

    const fresh = [...nodes.keys()].filter((id) => !graph.hasNode(id));
    const placed = new Set<string>();
    const neighbours = new Map<string, string[]>();
    for (const tie of ties) {
      (neighbours.get(tie.a) ?? neighbours.set(tie.a, []).get(tie.a)!).push(tie.b);
      (neighbours.get(tie.b) ?? neighbours.set(tie.b, []).get(tie.b)!).push(tie.a);
    }
    const add = (id: string, at: { x: number; y: number }) => {
      graph.addNode(id, {
        ...nodes.get(id)!,
        x: at.x,
        y: at.y,
        fixed: false,
        pinned: false,
        hiddenByUser: false,
        expanded: false,
      });
      placed.add(id);
    };
    for (const id of fresh) {
      const at = drawnAt(id);
      if (at) add(id, at);
    }
    // The rest start around a partner already placed (a ring per anchor, as an expansion does), else at the centre.
    const waiting = fresh.filter((id) => !placed.has(id));
    const byAnchor = new Map<string | null, string[]>();
    for (const id of waiting) {
      const anchor = (neighbours.get(id) ?? []).find((n) => graph.hasNode(n)) ?? null;
      (byAnchor.get(anchor) ?? byAnchor.set(anchor, []).get(anchor)!).push(id);
    }
    for (const [anchor, ids] of byAnchor) {
      const centre =
        anchor !== null
          ? { x: graph.getNodeAttribute(anchor, "x"), y: graph.getNodeAttribute(anchor, "y") }
          : centreOf(graph);
      const ring = ringAround(centre, ids, graph.order === 0 ? 10 : 3);
      for (const id of ids) add(id, ring.get(id) ?? centre);
    }

    this.tiesById.clear();
    const wanted = new Set<string>();
    for (const tie of ties) {
      const id = tieEdgeId(tie.a, tie.b);
      wanted.add(id);
      this.tiesById.set(id, tie);
      const attrs: EdgeAttributes = {
        relation: PARTNER_TIE_RELATION,
        label: "",
        role: null,
        since: null,
        until: null,
        asOf: null,
        citations: [],
        inferred: false,
        inferenceNote: null,
        weight: tie.weight,
      };
      if (graph.hasEdge(id)) graph.replaceEdgeAttributes(id, attrs);
      else graph.addDirectedEdgeWithKey(id, tie.a, tie.b, attrs);
    }
    for (const id of graph.edges()) if (!wanted.has(id)) graph.dropEdge(id);

    settle(graph, new Set(fresh.filter((id) => !drawnAt(id))));
    return fresh;
  }

  // The renderer's drag (render/sigma-view.ts): a moved node is pinned where it is dropped.
  beginMove(): void {}

  moveNode(id: string, x: number, y: number): void {
    if (this.graph.hasNode(id)) this.graph.mergeNodeAttributes(id, { x, y });
  }

  endMove(id: string): void {
    if (this.graph.hasNode(id)) this.graph.mergeNodeAttributes(id, { pinned: true, fixed: true });
  }
}
