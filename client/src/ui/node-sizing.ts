// Keeps node size in step with the legend's choice (graph/centrality.ts): re-measures as the picture changes, in a
// worker for a large one (graph/structure-runner.ts), hands the renderer a radius per node and the legend what
// size now means.

import type { NodeAttributes } from "../graph/attributes";
import { highestScore } from "../graph/centrality";
import { DEFAULT_SIZE_MEASURE, isStructural, type SizeMeasure } from "../graph/size-measure";
import { StructureRunner } from "../graph/structure-runner";
import type { ExplorerGraph } from "../graph/model";
import { tieGraph } from "../graph/tie-graph";
import { sizeFromScore } from "../render/style";
import type { LargestNode } from "./size-choice";

export interface SizingOutlet {
  /** The radius of each node (null: by relationships recorded, the renderer's own rule). */
  sizes(sizes: ReadonlyMap<string, number> | null): void;
  /** What size shows now, for the legend; `measuring` while a worker computes it. */
  legend(measure: SizeMeasure, largest: LargestNode | null, measuring: boolean): void;
}

export class NodeSizing {
  private measure: SizeMeasure;
  private radii: ReadonlyMap<string, number> | null = null;
  private readonly runner = new StructureRunner();

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly name: (attrs: NodeAttributes) => string,
    private readonly outlet: SizingOutlet,
    initial: SizeMeasure = DEFAULT_SIZE_MEASURE,
  ) {
    this.measure = initial;
  }

  get current(): SizeMeasure {
    return this.measure;
  }

  /** The radii in force (for a renderer created after they were measured). */
  get sizes(): ReadonlyMap<string, number> | null {
    return this.radii;
  }

  choose(measure: SizeMeasure, shown: (id: string) => boolean): void {
    this.measure = measure;
    this.update(shown);
  }

  /** Measures the nodes `shown` accepts again (after the picture or the filters changed). */
  update(shown: (id: string) => boolean): void {
    const measure = this.measure;
    if (!isStructural(measure)) {
      this.radii = null;
      this.outlet.sizes(null);
      this.outlet.legend(measure, this.largestRecorded(shown), false);
      return;
    }
    const ties = tieGraph(this.graph, shown, false);
    const pending = this.runner.measure(ties, measure);
    this.outlet.legend(measure, null, true);
    void pending.then((scores) => {
      if (scores === null || measure !== this.measure) return;
      const top = highestScore(scores);
      this.radii = new Map([...scores].map(([id, score]) => [id, sizeFromScore(score, top?.score ?? 0)]));
      this.outlet.sizes(this.radii);
      const largest =
        top !== null && this.graph.hasNode(top.id)
          ? { name: this.name(this.graph.getNodeAttributes(top.id)), score: top.score }
          : null;
      this.outlet.legend(measure, largest, false);
    });
  }

  dispose(): void {
    this.runner.dispose();
  }

  /** The node shown with the most relationships recorded (ties broken by id). */
  private largestRecorded(shown: (id: string) => boolean): LargestNode | null {
    const degrees = new Map(
      this.graph
        .filterNodes((id) => shown(id))
        .map((id) => [id, this.graph.getNodeAttribute(id, "degree")] as [string, number]),
    );
    const top = highestScore(degrees);
    return top === null ? null : { name: this.name(this.graph.getNodeAttributes(top.id)), score: top.score };
  }
}
