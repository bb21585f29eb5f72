import Graph from "graphology";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GraphEdge } from "../../src/api/types";
import { detectCommunities } from "../../src/graph/communities";
import { GraphModel } from "../../src/graph/model";
import { measureStructure } from "../../src/graph/structure-measure";
import type { MeasureAnswer, MeasureRequest } from "../../src/graph/structure-worker";
import type { TieGraph } from "../../src/graph/tie-graph";
import { COMMUNITIES_IN_WORKER_ABOVE, CommunityColouring } from "../../src/ui/community-colouring";
import { node } from "../fixtures";

const tie = (source: string, target: string): GraphEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  type: "PARTNER_OF",
  label: "partner of",
  role: null,
  since: null,
  until: null,
  asOf: null,
  citations: [],
  inferred: false,
  inferenceNote: null,
  independentSourceCount: 1,
});

/** Rings of five organisations, each ring tied to the next once: `rings` communities for Louvain. */
function rings(model: GraphModel, rings: number, prefix = "org"): void {
  const ids = Array.from({ length: rings * 5 }, (_, i) => `${prefix}:${i}`);
  const edges: GraphEdge[] = [];
  for (let r = 0; r < rings; r++) {
    for (let i = 0; i < 5; i++) edges.push(tie(ids[r * 5 + i]!, ids[r * 5 + ((i + 1) % 5)]!));
    if (r > 0) edges.push(tie(ids[r * 5 - 1]!, ids[r * 5]!));
  }
  model.merge(
    ids.map((id) => node(id)),
    edges,
  );
}

/** A worker that answers only when the test says so, with the structure worker's own computation. */
class HeldWorker {
  static all: HeldWorker[] = [];
  onmessage: ((event: MessageEvent<MeasureAnswer>) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly held: MeasureRequest[] = [];
  constructor() {
    HeldWorker.all.push(this);
  }
  postMessage(request: MeasureRequest): void {
    this.held.push(request);
  }
  /** Answers the request sent `index`-th (0: the first). */
  answer(index: number): void {
    const request = this.held[index]!;
    const ties = Graph.from(request.ties) as unknown as TieGraph;
    this.onmessage?.({
      data: { id: request.id, scores: [...measureStructure(ties, request.measure)] },
    } as MessageEvent<MeasureAnswer>);
  }
  terminate(): void {}
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const shownAll = () => true;

afterEach(() => {
  vi.unstubAllGlobals();
  HeldWorker.all = [];
});

describe("community colouring", () => {
  it("answers a small picture at once, and asks again only when the picture changed", async () => {
    const model = new GraphModel();
    rings(model, 3);
    const answered = vi.fn();
    const colouring = new CommunityColouring(model.graph, answered);
    expect(colouring.current).toBeNull();

    colouring.update("1", shownAll);
    colouring.update("1", shownAll);
    await settle();
    expect(answered).toHaveBeenCalledTimes(1);
    expect(colouring.current).toEqual(detectCommunities(model.graph));
    expect(new Set(colouring.current!.values()).size).toBe(3);
  });

  it("computes a large picture in the worker, one at a time, keeps the previous colours meanwhile, drops a stale answer", async () => {
    vi.stubGlobal("Worker", HeldWorker);
    const model = new GraphModel(5000);
    rings(model, Math.ceil(COMMUNITIES_IN_WORKER_ABOVE / 5) + 2);
    const answered = vi.fn();
    const colouring = new CommunityColouring(model.graph, answered);

    colouring.update("first", shownAll);
    const worker = HeldWorker.all[0]!;
    expect(worker.held).toHaveLength(1);
    expect(colouring.current).toBeNull();
    worker.answer(0);
    await settle();
    const first = colouring.current;
    expect(first).toEqual(detectCommunities(model.graph));

    // The picture changes twice while the worker computes the first change: one computation at a time, the first
    // change's answer is not applied, and the latest picture is computed when it ends.
    rings(model, 4, "grown");
    colouring.update("second", shownAll);
    colouring.update("third", shownAll);
    expect(worker.held).toHaveLength(2);
    worker.answer(1);
    await settle();
    expect(colouring.current).toBe(first);
    expect(answered).toHaveBeenCalledTimes(1);
    expect(worker.held).toHaveLength(3);
    worker.answer(2);
    await settle();
    expect(answered).toHaveBeenCalledTimes(2);
    expect(colouring.current).toEqual(detectCommunities(model.graph));
    expect(colouring.current!.has("grown:0")).toBe(true);
  });
});
