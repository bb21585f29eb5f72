// Keeps the community colours (graph/communities.ts) in step with the picture: Louvain runs again only when the graph
// or the filters changed, in a web worker for a picture over COMMUNITIES_IN_WORKER_ABOVE nodes (graph/structure-runner.ts), so a frame is drawn
// without waiting for it; the colours follow when the answer comes, and an answer about a picture that changed
// meanwhile is dropped (the newer one is on its way).

import type { ExplorerGraph } from "../graph/model";
import { StructureRunner } from "../graph/structure-runner";
import { tieGraph } from "../graph/tie-graph";

/**
 * Up to this many tie-graph nodes Louvain runs at once: the client benchmark's 2,000-node "Draw all" drew its first
 * frame with communities in 0.41 s p50 that way, while through the worker the colours came 5 s after the frame on a
 * quiet machine (2026-12-08; why the worker is that much slower than Louvain itself is not yet known).
 */
export const COMMUNITIES_IN_WORKER_ABOVE = 2500;

export class CommunityColouring {
  private readonly runner = new StructureRunner(COMMUNITIES_IN_WORKER_ABOVE);
  /** The picture last asked about (see `update`), and the communities last found. */
  private asked: string | null = null;
  private found: ReadonlyMap<string, number> | null = null;
  /** A computation runs; the filter of a picture asked for meanwhile, computed when it ends. */
  private computing = false;
  private waitingShown: ((id: string) => boolean) | null = null;

  /** `answered` is told when communities arrive for the picture last asked about. */
  constructor(
    private readonly graph: ExplorerGraph,
    private readonly answered: (communities: ReadonlyMap<string, number>) => void,
  ) {}

  /**
   * The communities known now: while a changed picture's are computed, the previous picture's (nodes new to it have
   * none and keep their kind's colour until the answer), so colours do not flicker through "by kind" meanwhile.
   * Null until the first answer.
   */
  get current(): ReadonlyMap<string, number> | null {
    return this.found;
  }

  /**
   * Asks for the communities of the nodes `shown` accepts, unless `picture` (what names them) was asked already. One
   * computation at a time: a picture asked for meanwhile is computed when it ends, and only the latest of them (a
   * worker cannot stop a computation, so asking at every change of a growing picture would queue them all).
   */
  update(picture: string, shown: (id: string) => boolean): void {
    if (picture === this.asked) return;
    this.asked = picture;
    this.waitingShown = shown;
    if (!this.computing) this.compute();
  }

  private compute(): void {
    const picture = this.asked;
    const shown = this.waitingShown;
    if (picture === null || shown === null) return;
    this.waitingShown = null;
    this.computing = true;
    void this.runner.measure(tieGraph(this.graph, shown, true), "communities").then((communities) => {
      this.computing = false;
      if (communities !== null && this.asked === picture) {
        this.found = communities;
        this.answered(communities);
      }
      this.compute();
    });
  }

  dispose(): void {
    this.runner.dispose();
    this.asked = null;
    this.waitingShown = null;
  }
}
