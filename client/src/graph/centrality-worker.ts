// The structural measures (graph/centrality.ts) in a web worker: betweenness over two thousand nodes costs hundreds
// of milliseconds, which the page would otherwise spend frozen. Receives a serialised tie graph, answers the scores.

import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { structuralScores } from "./centrality";
import type { SizeMeasure } from "./size-measure";
import type { TieGraph } from "./tie-graph";

export interface MeasureRequest {
  id: number;
  measure: Exclude<SizeMeasure, "recorded">;
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
  scope.postMessage({ id, scores: [...structuralScores(graph, measure)] });
};
