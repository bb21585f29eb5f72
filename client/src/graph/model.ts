// The graph the user is looking at: the nodes and edges merged from neighbourhood and path results, with the
// user's hide/pin/expand marks and an undo/redo history. The renderer draws it; it never changes it.
//
// Guard: the model never holds more than `maxNodes` nodes. A merge that would pass the limit keeps the nodes the
// server listed first (nearest first) and reports how many it left out.

import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { GraphEdge, GraphNode } from "../api/types";
import { edgeDataOf, nodeDataOf, type EdgeAttributes, type NodeAttributes } from "./attributes";
import { History } from "./history";
import { centreOf, ringAround, settle } from "./layout";
import type { BackgroundLayout } from "./layout-worker";
import { mark, MARKS } from "./marks";

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** The node-count guard: bench/client measures drawing this many nodes (results in client/README.md). */
export const DEFAULT_MAX_NODES = 2000;
/** The synchronous settle's budget when a background layout refines afterwards (graph/layout-worker.ts). */
const FIRST_FRAME_LAYOUT_MS = 80;
/**
 * Above this many new nodes, with a background layout, the first frame shows them where they start (a sunflower disc
 * around their anchor, graph/layout.ts) and ForceAtlas2 settles them in the worker only: a synchronous settle of
 * two thousand nodes costs hundreds of milliseconds of the first frame and moves them only a little.
 */
const SETTLE_AT_ONCE_UP_TO = 300;

export interface MergeOptions {
  /** The node whose neighbourhood this is: new nodes start around it, and it is marked expanded. */
  anchor?: string;
  /** Mark the anchor as expanded (default true when an anchor is given). */
  markExpanded?: boolean;
  /** Record an undo step (default true). */
  record?: boolean;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
  /** New nodes left out because of the node-count guard. */
  skippedNodes: number;
}

type Snapshot = SerializedGraph<NodeAttributes, EdgeAttributes>;

export type ModelListener = () => void;

/** Told before and after the graph changes in bulk (see `onBulkChange`). */
export interface BulkChangeObserver {
  before(): void;
  after(): void;
}

export class GraphModel {
  readonly graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly history = new History<Snapshot>(50);
  private readonly listeners = new Set<ModelListener>();
  private readonly bulkObservers = new Set<BulkChangeObserver>();
  private background: BackgroundLayout | null = null;

  constructor(readonly maxNodes = DEFAULT_MAX_NODES) {
    if (maxNodes < 1) throw new RangeError("maxNodes must be at least 1");
  }

  onChange(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /**
   * Observes the bulk changes (merge, undo, redo): `before` runs just before the first node or edge changes and
   * `after` once the graph is complete and laid out, before the change listeners. The renderer stops following the
   * graph's events one by one in between (render/sigma-view.ts).
   */
  onBulkChange(observer: BulkChangeObserver): () => void {
    this.bulkObservers.add(observer);
    return () => this.bulkObservers.delete(observer);
  }

  /** Runs `change` between the bulk observers' `before` and `after` (`after` runs even if `change` throws). */
  private inBulk<T>(change: () => T): T {
    for (const observer of this.bulkObservers) observer.before();
    try {
      return change();
    } finally {
      for (const observer of this.bulkObservers) observer.after();
    }
  }

  private snapshot(): Snapshot {
    return this.graph.export();
  }

  /** New nodes then settle briefly at once and go on in `layout` (a web worker) while the page stays responsive. */
  useBackgroundLayout(layout: BackgroundLayout | null): void {
    this.background?.stop();
    this.background = layout;
  }

  private restore(snapshot: Snapshot): void {
    this.background?.stop();
    this.inBulk(() => {
      this.graph.clear();
      this.graph.import(snapshot);
    });
  }

  /** Number of nodes the guard still admits. */
  get remaining(): number {
    return Math.max(0, this.maxNodes - this.graph.order);
  }

  has(id: string): boolean {
    return this.graph.hasNode(id);
  }

  /**
   * Merges nodes and edges. Existing nodes keep their position and user marks; their data is refreshed.
   * Edges whose ends are not both in the model (e.g. cut by the guard) are dropped.
   */
  merge(nodes: readonly GraphNode[], edges: readonly GraphEdge[], options: MergeOptions = {}): MergeResult {
    // The undo step is kept only if the merge changed what is drawn (a refresh of known nodes does not count).
    const before = options.record !== false ? this.snapshot() : null;
    const result = this.inBulk(() => this.mergeInto(nodes, edges, options, before));
    mark(MARKS.settled);
    this.changed();
    this.background?.refine(result.addedNodes);
    return result;
  }

  /** The merge itself: the graph's changes and the first layout, told to no listener. */
  private mergeInto(nodes: readonly GraphNode[], edges: readonly GraphEdge[], options: MergeOptions, before: Snapshot | null): MergeResult {
    const graph = this.graph;
    const incoming = new Map<string, GraphNode>();
    for (const node of nodes) if (!incoming.has(node.id)) incoming.set(node.id, node);

    const fresh = [...incoming.keys()].filter((id) => !graph.hasNode(id));
    const admitted = fresh.slice(0, this.remaining);
    const skippedNodes = fresh.length - admitted.length;

    for (const [id, node] of incoming) {
      if (graph.hasNode(id)) graph.mergeNodeAttributes(id, nodeDataOf(node));
    }

    const anchor = options.anchor !== undefined && (graph.hasNode(options.anchor) || incoming.has(options.anchor)) ? options.anchor : undefined;
    const centre = this.centreFor(anchor);
    const anchorIsNew = anchor !== undefined && admitted.includes(anchor);
    const ring = anchor !== undefined || graph.order === 0
      ? ringAround(centre, admitted.filter((id) => id !== anchor), graph.order === 0 ? 10 : 3)
      : this.besideDrawnNeighbours(admitted, edges, centre);
    if (anchorIsNew) ring.set(anchor, centre);
    for (const id of admitted) {
      const node = incoming.get(id)!;
      const at = ring.get(id) ?? centre;
      graph.addNode(id, { ...nodeDataOf(node), x: at.x, y: at.y, fixed: false, pinned: false, hiddenByUser: false, expanded: false });
    }

    const addedEdges: string[] = [];
    for (const edge of edges) {
      if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeDataOf(edge));
      addedEdges.push(edge.id);
    }

    let expandedNow = false;
    if (anchor !== undefined && graph.hasNode(anchor) && options.markExpanded !== false && !graph.getNodeAttribute(anchor, "expanded")) {
      graph.setNodeAttribute(anchor, "expanded", true);
      expandedNow = true;
    }
    if (before !== null && (admitted.length > 0 || addedEdges.length > 0 || expandedNow)) this.history.record(before);
    // Only the new nodes move: what the user already sees stays in place.
    if (this.background === null) settle(graph, new Set(admitted));
    else if (admitted.length <= SETTLE_AT_ONCE_UP_TO) settle(graph, new Set(admitted), FIRST_FRAME_LAYOUT_MS);
    return { addedNodes: admitted, addedEdges, skippedNodes };
  }

  /**
   * Start positions for new nodes that come without an anchor (a path's): each beside a neighbour already drawn, or
   * placed before it, so a path grows out of the nodes it joins; nodes tied to nothing placed start around `centre`.
   */
  private besideDrawnNeighbours(ids: readonly string[], edges: readonly GraphEdge[], centre: { x: number; y: number }): Map<string, { x: number; y: number }> {
    const fresh = new Set(ids);
    const neighbours = new Map<string, string[]>();
    for (const e of edges) {
      (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
      (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
    }
    const at = new Map<string, { x: number; y: number }>();
    const positionOf = (id: string) => at.get(id) ?? (!fresh.has(id) && this.graph.hasNode(id) ? { x: this.graph.getNodeAttribute(id, "x"), y: this.graph.getNodeAttribute(id, "y") } : undefined);
    let waiting = [...ids];
    while (waiting.length > 0) {
      const byNeighbour = new Map<string, string[]>();
      for (const id of waiting) {
        const placed = (neighbours.get(id) ?? []).find((n) => positionOf(n) !== undefined);
        if (placed !== undefined) (byNeighbour.get(placed) ?? byNeighbour.set(placed, []).get(placed)!).push(id);
      }
      if (byNeighbour.size === 0) break;
      for (const [neighbour, group] of byNeighbour) {
        for (const [id, p] of ringAround(positionOf(neighbour)!, group, 3)) at.set(id, p);
      }
      waiting = waiting.filter((id) => !at.has(id));
    }
    for (const [id, p] of ringAround(centre, waiting, 3)) at.set(id, p);
    return at;
  }

  /** Centre for new nodes: the anchor's position, else the centre of what is drawn, else the origin. */
  private centreFor(anchor: string | undefined): { x: number; y: number } {
    if (anchor !== undefined && this.graph.hasNode(anchor)) {
      return { x: this.graph.getNodeAttribute(anchor, "x"), y: this.graph.getNodeAttribute(anchor, "y") };
    }
    return centreOf(this.graph);
  }

  setHidden(ids: readonly string[], hidden: boolean): void {
    const present = ids.filter((id) => this.graph.hasNode(id) && this.graph.getNodeAttribute(id, "hiddenByUser") !== hidden);
    if (present.length === 0) return;
    this.history.record(this.snapshot());
    for (const id of present) this.graph.setNodeAttribute(id, "hiddenByUser", hidden);
    this.changed();
  }

  /** Shows every node the user hid. */
  unhideAll(): void {
    this.setHidden(this.hiddenIds(), false);
  }

  hiddenIds(): string[] {
    return this.graph.filterNodes((_, a) => a.hiddenByUser);
  }

  expandedIds(): string[] {
    return this.graph.filterNodes((_, a) => a.expanded);
  }

  setPinned(id: string, pinned: boolean): void {
    if (!this.graph.hasNode(id) || this.graph.getNodeAttribute(id, "pinned") === pinned) return;
    this.history.record(this.snapshot());
    this.graph.mergeNodeAttributes(id, { pinned, fixed: pinned });
    this.changed();
  }

  /** Moves a node (drag). Not an undo step of its own: the drag's start is recorded by `beginMove`. */
  moveNode(id: string, x: number, y: number): void {
    if (!this.graph.hasNode(id)) return;
    this.graph.mergeNodeAttributes(id, { x, y });
  }

  beginMove(): void {
    this.background?.stop();
    this.history.record(this.snapshot());
  }

  /** Ends a drag: the moved node is pinned where it was dropped. */
  endMove(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.graph.mergeNodeAttributes(id, { pinned: true, fixed: true });
    this.changed();
  }

  /** Drops one relationship (a tie a steward removed); its ends stay drawn. Not an undo step: the tie is gone. */
  dropEdge(id: string): void {
    if (!this.graph.hasEdge(id)) return;
    this.graph.dropEdge(id);
    this.changed();
  }

  /** Removes nodes (and their edges) from the model. */
  remove(ids: readonly string[]): void {
    const present = ids.filter((id) => this.graph.hasNode(id));
    if (present.length === 0) return;
    this.background?.stop();
    this.history.record(this.snapshot());
    for (const id of present) this.graph.dropNode(id);
    this.changed();
  }

  clear(): void {
    if (this.graph.order === 0) return;
    this.background?.stop();
    this.history.record(this.snapshot());
    this.graph.clear();
    this.changed();
  }

  /** Forgets undo and redo (after restoring a shared view, which is the starting point). */
  resetHistory(): void {
    this.history.clear();
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  undo(): boolean {
    const previous = this.history.undo(this.snapshot());
    if (previous === undefined) return false;
    this.restore(previous);
    this.changed();
    return true;
  }

  redo(): boolean {
    const next = this.history.redo(this.snapshot());
    if (next === undefined) return false;
    this.restore(next);
    this.changed();
    return true;
  }
}
