// The measures node size can show (the legend's choice; computed by graph/centrality.ts), kept apart from the
// computing so a shared link (state/url-state.ts) can name one without loading graphology-metrics.

/**
 * - `recorded`: relationships recorded in the database, drawn or not (the size the graph always had);
 * - `drawn`: entities it is tied to in the picture (degree);
 * - `betweenness`: how often it lies on the shortest routes between two others: a go-between (Brandes);
 * - `pagerank`: tied to entities that are themselves well tied.
 */
export type SizeMeasure = "recorded" | "drawn" | "betweenness" | "pagerank";

export const SIZE_MEASURES: readonly SizeMeasure[] = ["recorded", "drawn", "betweenness", "pagerank"];

export const DEFAULT_SIZE_MEASURE: SizeMeasure = "recorded";

/** Whether the measure reads the structure drawn (and so changes as the picture changes). */
export function isStructural(measure: SizeMeasure): measure is Exclude<SizeMeasure, "recorded"> {
  return measure !== "recorded";
}
