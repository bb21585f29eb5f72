// Runs the structural measures of a picture (graph/structure-measure.ts): at once for a small graph, in a web worker
// (graph/structure-worker.ts) for a large one when the browser has workers. Only the latest request's answer
// counts: a request made while another runs makes the earlier one's answer be dropped. Each user of measures (node
// size, communities) has a runner of its own, so that one's requests never drop the other's answers.

import { MEASURE_IN_WORKER_ABOVE } from "./centrality";
import { measureStructure, type StructureMeasure } from "./structure-measure";
import type { MeasureAnswer, MeasureRequest } from "./structure-worker";
import type { TieGraph } from "./tie-graph";

export class StructureRunner {
  /** `workerAbove`: the tie-graph order above which the worker measures (at or below it, measured at once). */
  constructor(private readonly workerAbove: number = MEASURE_IN_WORKER_ABOVE) {}

  private worker: Worker | null = null;
  private latest = 0;
  /** Requests sent to the worker, with what is needed to answer them here if the worker fails. */
  private readonly waiting = new Map<
    number,
    { resolve: (scores: Map<string, number>) => void; ties: TieGraph; measure: StructureMeasure }
  >();

  /**
   * The scores of `ties`, or null when a later request was made before they were ready (the caller then ignores
   * this answer).
   */
  measure(ties: TieGraph, measure: StructureMeasure): Promise<Map<string, number> | null> {
    const id = ++this.latest;
    for (const [earlier, request] of this.waiting) {
      this.waiting.delete(earlier);
      request.resolve(new Map());
    }
    const worker = ties.order > this.workerAbove ? this.ensureWorker() : null;
    if (worker === null) return Promise.resolve(measureStructure(ties, measure));
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve: (scores) => resolve(id === this.latest ? scores : null), ties, measure });
      const request: MeasureRequest = { id, measure, ties: ties.export() };
      worker.postMessage(request);
    });
  }

  /** Stops the worker (the page is rebuilt or closed); pending answers are dropped. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.latest++;
    for (const request of this.waiting.values()) request.resolve(new Map());
    this.waiting.clear();
  }

  private ensureWorker(): Worker | null {
    if (this.worker !== null) return this.worker;
    if (typeof Worker === "undefined") return null;
    const worker = new Worker(new URL("./structure-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<MeasureAnswer>) => {
      const request = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      request?.resolve(new Map(event.data.scores));
    };
    // A worker that cannot start (a strict content policy, a failed load): measure here rather than never.
    worker.onerror = () => {
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      for (const [id, request] of this.waiting) {
        this.waiting.delete(id);
        request.resolve(measureStructure(request.ties, request.measure));
      }
    };
    this.worker = worker;
    return worker;
  }
}
