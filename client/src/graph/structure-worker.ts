// The structural measures (graph/structure-measure.ts: centrality, communities) in a web worker: betweenness or Louvain
// over two thousand nodes costs hundreds of milliseconds, which the page would otherwise spend frozen. Receives a
// serialised tie graph, answers a number per node.

import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { measureStructure, type StructureMeasure } from "./structure-measure";
import type { TieGraph } from "./tie-graph";

export interface MeasureRequest {
  id: number;
  measure: StructureMeasure;
  ties: SerializedGraph;
}

export interface MeasureAnswer {
  id: number;
  scores: [string, number][];
}

/** The worker's side of the messages (the page's DOM types describe a window, not a worker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MeasureRequest>) => void) | null;
  postMessage(answer: MeasureAnswer): void;
};

scope.onmessage = (event) => {
  const { id, measure, ties } = event.data;
  const graph = Graph.from(ties) as unknown as TieGraph;
  scope.postMessage({ id, scores: [...measureStructure(graph, measure)] });
};
