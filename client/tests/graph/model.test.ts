import { describe, expect, it } from "vitest";
import { ringAround } from "../../src/graph/layout";
import { GraphModel } from "../../src/graph/model";
import { cnes, cnesParty, edge, jaxa, jaxaParty, mou, node } from "../fixtures";

describe("GraphModel.merge", () => {
  it("adds the nodes and edges of a neighbourhood and marks the anchor expanded", () => {
    const model = new GraphModel();
    const result = model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty], { anchor: "org:jaxa" });
    expect(result.addedNodes).toEqual(["org:jaxa", "agr:mou-2025", "org:cnes"]);
    expect(result.addedEdges).toEqual(["e1", "e2"]);
    expect(model.graph.order).toBe(3);
    expect(model.graph.size).toBe(2);
    expect(model.graph.getNodeAttribute("org:jaxa", "expanded")).toBe(true);
    expect(model.graph.getNodeAttribute("org:cnes", "expanded")).toBe(false);
    expect(model.graph.getEdgeAttribute("e1", "relation")).toBe("PARTY_TO");
  });

  it("does not duplicate nodes or edges that are already drawn, and refreshes their data", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    const result = model.merge([mou, { ...jaxa, degree: 42 }, cnes], [jaxaParty, cnesParty], { anchor: "agr:mou-2025" });
    expect(result.addedNodes).toEqual(["org:cnes"]);
    expect(result.addedEdges).toEqual(["e2"]);
    expect(model.graph.order).toBe(3);
    expect(model.graph.getNodeAttribute("org:jaxa", "degree")).toBe(42);
  });

  it("keeps the positions of nodes already drawn when the graph grows", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    const before = model.graph.mapNodes((id, a) => [id, a.x, a.y]);
    const extra = Array.from({ length: 20 }, (_, i) => node(`org:n${i}`));
    model.merge([mou, cnes, ...extra], [cnesParty, ...extra.map((n, i) => edge(`x${i}`, n.id, "agr:mou-2025"))], { anchor: "agr:mou-2025" });
    for (const [id, x, y] of before) {
      expect(model.graph.getNodeAttribute(id as string, "x")).toBe(x);
      expect(model.graph.getNodeAttribute(id as string, "y")).toBe(y);
    }
    model.graph.forEachNode((_, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });

  it("drops edges whose ends are not in the model", () => {
    const model = new GraphModel();
    const result = model.merge([jaxa], [jaxaParty]);
    expect(result.addedEdges).toEqual([]);
    expect(model.graph.size).toBe(0);
  });

  it("keeps a user-hidden node hidden when a later result contains it again", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    model.setHidden(["agr:mou-2025"], true);
    model.merge([mou, cnes], [cnesParty], { anchor: "org:cnes" });
    expect(model.graph.getNodeAttribute("agr:mou-2025", "hiddenByUser")).toBe(true);
  });
});

describe("GraphModel node-count guard", () => {
  it("admits at most maxNodes nodes, keeping those listed first, and reports the rest", () => {
    const model = new GraphModel(3);
    const nodes = [node("a"), node("b"), node("c"), node("d"), node("e")];
    const result = model.merge(nodes, [edge("ab", "a", "b"), edge("ae", "a", "e")]);
    expect(result.addedNodes).toEqual(["a", "b", "c"]);
    expect(result.skippedNodes).toBe(2);
    expect(model.graph.hasNode("d")).toBe(false);
    expect(result.addedEdges).toEqual(["ab"]);
  });

  it("still refreshes known nodes when full", () => {
    const model = new GraphModel(1);
    model.merge([node("a")], []);
    const result = model.merge([node("a", { label: "Renamed" }), node("b")], []);
    expect(result.skippedNodes).toBe(1);
    expect(model.graph.getNodeAttribute("a", "label")).toBe("Renamed");
    expect(model.remaining).toBe(0);
  });

  it("rejects a limit below one", () => {
    expect(() => new GraphModel(0)).toThrow(RangeError);
  });
});

describe("GraphModel hide and pin", () => {
  it("hides and shows nodes and lists the hidden ones", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty]);
    model.setHidden(["org:jaxa", "org:cnes"], true);
    expect(model.hiddenIds().sort()).toEqual(["org:cnes", "org:jaxa"]);
    model.unhideAll();
    expect(model.hiddenIds()).toEqual([]);
  });

  it("pins a node so the layout never moves it", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    model.setPinned("agr:mou-2025", true);
    expect(model.graph.getNodeAttribute("agr:mou-2025", "fixed")).toBe(true);
    const { x, y } = model.graph.getNodeAttributes("agr:mou-2025");
    model.merge([cnes], [cnesParty], { anchor: "org:cnes" });
    expect(model.graph.getNodeAttribute("agr:mou-2025", "x")).toBe(x);
    expect(model.graph.getNodeAttribute("agr:mou-2025", "y")).toBe(y);
    expect(model.graph.getNodeAttribute("agr:mou-2025", "fixed")).toBe(true);
    model.setPinned("agr:mou-2025", false);
    expect(model.graph.getNodeAttribute("agr:mou-2025", "fixed")).toBe(false);
  });

  it("ignores hide and pin of unknown ids without recording an undo step", () => {
    const model = new GraphModel();
    model.setHidden(["nope"], true);
    model.setPinned("nope", true);
    expect(model.canUndo).toBe(false);
  });
});

describe("GraphModel undo and redo", () => {
  it("undoes and redoes merges, hides and pins in order", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    model.merge([cnes], [cnesParty], { anchor: "agr:mou-2025" });
    model.setHidden(["org:jaxa"], true);

    expect(model.undo()).toBe(true);
    expect(model.hiddenIds()).toEqual([]);
    expect(model.graph.order).toBe(3);
    expect(model.undo()).toBe(true);
    expect(model.graph.order).toBe(2);
    expect(model.graph.hasEdge("e2")).toBe(false);
    expect(model.canRedo).toBe(true);

    expect(model.redo()).toBe(true);
    expect(model.graph.order).toBe(3);
    expect(model.redo()).toBe(true);
    expect(model.hiddenIds()).toEqual(["org:jaxa"]);
    expect(model.redo()).toBe(false);
  });

  it("forgets the redo branch after a new change", () => {
    const model = new GraphModel();
    model.merge([jaxa], []);
    model.undo();
    expect(model.canRedo).toBe(true);
    model.merge([cnes], []);
    expect(model.canRedo).toBe(false);
    expect(model.graph.hasNode("org:jaxa")).toBe(false);
  });

  it("restores positions on undo", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty]);
    const x = model.graph.getNodeAttribute("org:jaxa", "x");
    model.beginMove();
    model.moveNode("org:jaxa", x + 100, 0);
    model.undo();
    expect(model.graph.getNodeAttribute("org:jaxa", "x")).toBe(x);
  });

  it("records no undo step for a merge that changes nothing drawn, and keeps the redo branch", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    model.merge([cnes], [cnesParty], { anchor: "org:cnes" });
    model.undo();
    model.merge([jaxa, mou], [jaxaParty], { anchor: "org:jaxa" });
    expect(model.canRedo).toBe(true);
    model.undo();
    expect(model.graph.order).toBe(0);
    expect(model.canUndo).toBe(false);
  });

  it("removes nodes with their edges, as an undo step", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty]);
    model.remove(["agr:mou-2025", "nope"]);
    expect(model.graph.order).toBe(2);
    expect(model.graph.size).toBe(0);
    model.undo();
    expect(model.graph.size).toBe(2);
  });

  it("drops one edge a steward removed, keeping its ends, and tells listeners", () => {
    const model = new GraphModel();
    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty]);
    let calls = 0;
    model.onChange(() => calls++);
    model.dropEdge("e1");
    model.dropEdge("no-such-edge");
    expect(model.graph.order).toBe(3);
    expect(model.graph.edges()).toEqual(["e2"]);
    expect(calls).toBe(1);
  });

  it("notifies listeners on every change", () => {
    const model = new GraphModel();
    let calls = 0;
    model.onChange(() => calls++);
    model.merge([jaxa], []);
    model.setHidden(["org:jaxa"], true);
    model.undo();
    model.clear();
    expect(calls).toBe(4);
  });

  it("starts the new nodes of a path beside the drawn nodes they join, not in the middle of the picture", () => {
    const model = new GraphModel();
    const far = node("org:far", { label: "Far" });
    model.merge([jaxa, far], [], {});
    model.moveNode("org:jaxa", 0, 0);
    model.moveNode("org:far", 1000, 1000);

    // JAXA → MoU → CNES: the MoU starts beside JAXA, CNES beside the MoU.
    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty], { markExpanded: false });

    const at = (id: string) => model.graph.getNodeAttributes(id);
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance("agr:mou-2025", "org:jaxa")).toBeLessThan(distance("agr:mou-2025", "org:far"));
    expect(distance("org:cnes", "org:jaxa")).toBeLessThan(distance("org:cnes", "org:far"));
  });
});

describe("GraphModel bulk changes", () => {
  it("tells its bulk observers before the first node changes and after the graph is complete, before the listeners", () => {
    const model = new GraphModel();
    const seen: string[] = [];
    model.onBulkChange({
      before: () => seen.push(`before:${model.graph.order}`),
      after: () => seen.push(`after:${model.graph.order}`),
    });
    model.onChange(() => seen.push(`changed:${model.graph.order}`));

    model.merge([jaxa, mou, cnes], [jaxaParty, cnesParty], { anchor: "org:jaxa" });
    model.undo();

    expect(seen).toEqual(["before:0", "after:3", "changed:3", "before:3", "after:0", "changed:0"]);
  });

  it("leaves a large merge where it starts when a background layout settles it, and settles a small one at once", () => {
    const hub = node("org:hub", { label: "Hub" });
    const many = Array.from({ length: 400 }, (_, i) => node(`org:n${i}`));
    const ties = many.map((n, i) => edge(`t${i}`, "org:hub", n.id));
    const refined: string[][] = [];
    const model = new GraphModel();
    model.useBackgroundLayout({ refine: (ids) => refined.push([...ids]), stop: () => undefined });
    model.merge([hub], [], { anchor: "org:hub" });
    const alone = new GraphModel();
    alone.merge([hub], [], { anchor: "org:hub" });

    model.merge([hub, ...many], ties, { anchor: "org:hub" });
    alone.merge([hub, ...many], ties, { anchor: "org:hub" });

    // Same start positions (a sunflower disc around the hub); only the model without a worker moved them at once.
    const moved = many.filter((n) => model.graph.getNodeAttribute(n.id, "x") !== alone.graph.getNodeAttribute(n.id, "x"));
    expect(moved.length).toBeGreaterThan(0);
    const start = ringAround({ x: model.graph.getNodeAttribute("org:hub", "x"), y: model.graph.getNodeAttribute("org:hub", "y") }, many.map((n) => n.id), 3);
    for (const n of many) expect(model.graph.getNodeAttribute(n.id, "x")).toBe(start.get(n.id)!.x);
    expect(refined.at(-1)).toHaveLength(400);
  });
});
