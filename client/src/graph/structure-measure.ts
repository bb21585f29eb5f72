// What the structure worker (graph/structure-worker.ts) computes over a tie graph (graph/tie-graph.ts): the scores
// of a size measure (graph/centrality.ts) or the communities (graph/communities.ts), each a number per node.

import { structuralScores } from "./centrality";
import { communitiesOf } from "./communities";
import type { SizeMeasure } from "./size-measure";
import type { TieGraph } from "./tie-graph";

export type StructureMeasure = Exclude<SizeMeasure, "recorded"> | "communities";

/** Each tie-graph node's number: its score for a size measure, or its community's rank. */
export function measureStructure(ties: TieGraph, measure: StructureMeasure): Map<string, number> {
  return measure === "communities" ? communitiesOf(ties) : structuralScores(ties, measure);
}
