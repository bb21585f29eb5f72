// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), after the short synchronous settle of a merge
// (graph/layout.ts): the new nodes keep settling for a few seconds while the page stays responsive, and every node
// already drawn, and every pinned one, stays exactly where it is.
//
// The worker runs on a scratch copy of the drawn graph in which only the new nodes are free; once per animation frame
// their positions are copied to the drawn graph in one bulk update (one redraw per frame, not one per iteration). A
// change the scratch copy cannot follow (undo, clear, a drag, another merge) stops the run; another merge starts a new
// one with the nodes still settling and the new ones. Needs `Worker` (absent in jsdom: the model then keeps only its
// synchronous settle).

import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { EdgeAttributes, NodeAttributes } from "./attributes";
import type { ExplorerGraph } from "./model";

/** How long new nodes keep settling in the worker. */
const REFINE_MS = 2500;
const BARNES_HUT_ABOVE = 1000;

export interface BackgroundLayout {
  /** Lets `ids` (new nodes) keep settling; nodes still settling from before go on too. */
  refine(ids: readonly string[]): void;
  /** Stops at once, leaving every node where it is. */
  stop(): void;
}

export class WorkerLayout implements BackgroundLayout {
  private supervisor: FA2Layout<NodeAttributes, EdgeAttributes> | null = null;
  private scratch: ExplorerGraph | null = null;
  private moving = new Set<string>();
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The frame after which a requested run starts (0: none waiting). */
  private startFrame = 0;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly durationMs = REFINE_MS,
  ) {}

  static available(): boolean {
    return typeof Worker !== "undefined" && typeof URL !== "undefined" && typeof URL.createObjectURL === "function";
  }

  /**
   * Starts after the next frame, so the merge's first picture is not delayed by copying the graph for the worker
   * (tens of milliseconds at two thousand nodes).
   */
  refine(ids: readonly string[]): void {
    const waiting = [...this.moving, ...ids];
    this.stop();
    this.moving = new Set(waiting);
    this.startFrame = requestAnimationFrame(() => {
      this.startFrame = 0;
      this.timer = setTimeout(() => this.start(waiting), 0);
    });
  }

  private start(ids: readonly string[]): void {
    const moving = new Set(ids.filter((id) => this.graph.hasNode(id) && !this.graph.getNodeAttribute(id, "pinned")));
    this.stop();
    if (moving.size === 0 || this.graph.order < 2) return;
    const scratch = this.graph.copy();
    // New attribute objects: the worker's results are written into them in place, and the copy's are the drawn graph's.
    scratch.updateEachNodeAttributes((id, attrs) => ({ ...attrs, fixed: !moving.has(id) }));
    const settings = {
      ...forceAtlas2.inferSettings(scratch),
      barnesHutOptimize: scratch.order > BARNES_HUT_ABOVE,
      adjustSizes: false,
    };
    this.scratch = scratch;
    this.moving = moving;
    this.supervisor = new FA2Layout<NodeAttributes, EdgeAttributes>(scratch, { settings });
    this.supervisor.start();
    this.frame = requestAnimationFrame(() => this.copyPositions());
    this.timer = setTimeout(() => this.stop(), this.durationMs);
  }

  stop(): void {
    if (this.supervisor) {
      this.copyOnce();
      this.supervisor.kill();
    }
    this.supervisor = null;
    this.scratch = null;
    this.moving = new Set();
    cancelAnimationFrame(this.startFrame);
    this.startFrame = 0;
    cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private copyPositions(): void {
    if (!this.supervisor) return;
    this.copyOnce();
    this.frame = requestAnimationFrame(() => this.copyPositions());
  }

  private copyOnce(): void {
    const scratch = this.scratch;
    if (!scratch) return;
    const moving = this.moving;
    this.graph.updateEachNodeAttributes(
      (id, attrs) => {
        if (!moving.has(id) || attrs.pinned || !scratch.hasNode(id)) return attrs;
        const at = scratch.getNodeAttributes(id);
        return at.x === attrs.x && at.y === attrs.y ? attrs : { ...attrs, x: at.x, y: at.y };
      },
      { attributes: ["x", "y"] },
    );
  }
}
