import { describe, expect, it, vi } from "vitest";
import { WorkerLayout } from "../../src/graph/layout-worker";
import { GraphModel } from "../../src/graph/model";
import { cnes, cnesParty, edge, jaxa, jaxaParty, mou, node } from "../fixtures";

// The worker itself needs a browser; this stands in for it as ForceAtlas2 does: each free node of the graph it was
// given moves, fixed ones do not, positions written in place.
const started: { fixed: Record<string, boolean> }[] = [];
vi.mock("graphology-layout-forceatlas2/worker", () => ({
  default: class {
    constructor(private readonly graph: import("graphology").default) {}
    start(): void {
      const fixed: Record<string, boolean> = {};
      this.graph.forEachNode((id: string, attrs: Record<string, unknown>) => {
        fixed[id] = attrs["fixed"] === true;
        if (!attrs["fixed"]) {
          attrs["x"] = (attrs["x"] as number) + 100;
          attrs["y"] = (attrs["y"] as number) + 100;
        }
      });
      started.push({ fixed });
    }
    kill(): void {}
  },
}));

/** Resolves once the frame after now has been drawn and the tasks it queued have run. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

describe("layout in a web worker", () => {
  it("moves only the new nodes: what is drawn and what is pinned keep their places", async () => {
    const model = new GraphModel();
    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty], { anchor: "org:jaxa" });
    model.setPinned("org:cnes", true);
    const before = model.graph.mapNodes((id, a) => [id, a.x, a.y]);
    const layout = new WorkerLayout(model.graph);
    model.useBackgroundLayout(layout);

    const ulb = node("org:ulb", { label: "ULB" });
    const forum = node("evt:forum", { entityType: "EVENT", kind: "BUSINESS_FORUM" });
    model.merge(
      [forum, ulb],
      [
        edge("p1", "org:ulb", "evt:forum", { type: "PARTICIPATED_IN" }),
        edge("p2", "org:cnes", "evt:forum", { type: "PARTICIPATED_IN" }),
      ],
      { anchor: "org:cnes" },
    );
    const runsBefore = started.length;
    await afterNextFrame();
    // The worker starts after the merge's first frame, never before it.
    expect(started.length).toBe(runsBefore + 1);
    const settled = {
      x: model.graph.getNodeAttribute("org:ulb", "x"),
      y: model.graph.getNodeAttribute("org:ulb", "y"),
    };
    layout.stop();

    expect(started.at(-1)!.fixed).toEqual({
      "org:jaxa": true,
      "agr:mou-2025": true,
      "org:cnes": true,
      "evt:forum": false,
      "org:ulb": false,
    });
    for (const [id, x, y] of before) expect(model.graph.getNodeAttributes(id as string)).toMatchObject({ x, y });
    expect(model.graph.getNodeAttributes("org:ulb")).toMatchObject({ x: settled.x + 100, y: settled.y + 100 });
  });

  it("stops when the user drags a node, so the drag is not overwritten", () => {
    const model = new GraphModel();
    const layout = new WorkerLayout(model.graph);
    const stop = vi.spyOn(layout, "stop");
    model.useBackgroundLayout(layout);
    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty], { anchor: "org:jaxa" });

    model.beginMove();

    expect(stop).toHaveBeenCalled();
  });
});
