// User Timing marks (performance.mark) around the drawing of an expansion, for profiling in the browser's
// developer tools and for bench/client: data received → layout settled → first frame drawn.

export const MARKS = {
  /** The neighbourhood answer has arrived and been parsed. */
  received: "explorer:neighbourhood-received",
  /** Merged into the model and laid out (ForceAtlas2 done). */
  settled: "explorer:layout-settled",
  /** sigma has drawn the first frame that shows the merge (its afterRender event). */
  drawn: "explorer:frame-drawn",
  /** The communities of the picture have arrived (from the structure worker for a large one) and are being drawn. */
  coloured: "explorer:communities-coloured",
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

/** Records a mark; a no-op where the User Timing API is missing (older test environments). */
export function mark(name: MarkName): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(name);
}
