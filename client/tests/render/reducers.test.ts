import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../src/graph/attributes";
import { filterPredicate } from "../../src/graph/filters";
import { edgeDisplay, emptyDisplayState, mayLabelEdges, nodeDisplay, type DisplayState } from "../../src/render/reducers";
import { CHANGED_COLOUR, COMMUNITY_COLOURS, DIMMED_COLOUR, ENTITY_COLOURS, fade, MIN_NODE_SIZE, nodeSize, PATH_COLOUR, PIN_MARK } from "../../src/render/style";
import { I18n } from "../../src/i18n/i18n";
import { keepsTie } from "../../src/graph/evidence-filter";
import { partialDate } from "../fixtures";

function attrs(overrides: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label: "JAXA", entityType: "ORGANIZATION", kind: "GOVERNMENT_AGENCY", start: null, end: null, inferred: false, inferenceNote: null, sourceCount: 1, sectors: [],
    countries: [], degree: 4, x: 0, y: 0, fixed: false, pinned: false, hiddenByUser: false, expanded: false, ...overrides,
  };
}
const state = (overrides: Partial<DisplayState> = {}): DisplayState => ({ ...emptyDisplayState(), ...overrides });
const edgeAttrs = { relation: "PARTY_TO", label: "party to", role: null, since: null, until: null, asOf: null, citations: [], inferred: false, inferenceNote: null };

describe("nodeDisplay", () => {
  it("sizes a node by the measure chosen when one is given, the smallest when it has no score, else by relationships recorded", () => {
    const sizes = new Map([["org:jaxa", 20]]);
    expect(nodeDisplay("org:jaxa", attrs(), state({ sizes })).size).toBe(20);
    expect(nodeDisplay("place:jp", attrs({ entityType: "PLACE", degree: 900 }), state({ sizes })).size).toBe(MIN_NODE_SIZE);
    expect(nodeDisplay("org:jaxa", attrs({ degree: 4 }), state()).size).toBe(nodeSize(4));
    expect(nodeDisplay("org:jaxa", attrs(), state({ sizes, selected: "org:jaxa" })).size).toBe(25);
  });

  it("colours a node by its kind and labels it", () => {
    const d = nodeDisplay("org:jaxa", attrs(), state());
    expect(d.color).toBe(ENTITY_COLOURS.ORGANIZATION);
    expect(d.label).toBe("JAXA");
    expect(d.hidden).toBe(false);
    expect(d.image).toMatch(/^data:image\/svg\+xml/);
  });

  it("labels a node with the name the interface gives it (its name in the interface language)", () => {
    const names = { en: null, fr: null, ja: "宇宙航空研究開発機構" };
    const nodeLabel = (a: NodeAttributes) => new I18n("ja").name(a);
    expect(nodeDisplay("org:jaxa", attrs({ names }), state({ nodeLabel })).label).toBe("宇宙航空研究開発機構");
    expect(nodeDisplay("org:jaxa", attrs({ names, pinned: true }), state({ nodeLabel })).label).toBe(`${PIN_MARK} 宇宙航空研究開発機構`);
  });

  it("hides nodes hidden by the user or by a filter", () => {
    expect(nodeDisplay("a", attrs({ hiddenByUser: true }), state()).hidden).toBe(true);
    const visible = filterPredicate({ entityTypes: ["AGREEMENT"], agreementKinds: [], sectors: [], countries: [] });
    expect(nodeDisplay("a", attrs(), state({ visible })).hidden).toBe(true);
  });

  it("fades nodes dated outside the time window, unless selected", () => {
    const dated = attrs({ entityType: "AGREEMENT", start: partialDate("2010-01-01", "DAY") });
    const d = nodeDisplay("agr:1", dated, state({ window: { from: 2020, to: null } }));
    expect(d.faded).toBe(true);
    expect(d.color).toBe(fade(ENTITY_COLOURS.AGREEMENT, 0.75));
    expect(d.label).toBe("");
    const selected = nodeDisplay("agr:1", dated, state({ window: { from: 2020, to: null }, selected: "agr:1" }));
    expect(selected.color).toBe(ENTITY_COLOURS.AGREEMENT);
    expect(selected.forceLabel).toBe(true);
  });

  it("dims nodes that are neither hovered nor neighbours of the hovered node", () => {
    const s = state({ hovered: "a", hoveredNeighbours: new Set(["b"]) });
    expect(nodeDisplay("a", attrs(), s).highlighted).toBe(true);
    expect(nodeDisplay("b", attrs(), s).dimmed).toBe(false);
    const c = nodeDisplay("c", attrs(), s);
    expect(c.dimmed).toBe(true);
    expect(c.color).toBe(DIMMED_COLOUR);
    expect(c.label).toBe("");
  });

  it("marks pinned nodes in their label and forces labels on a path", () => {
    expect(nodeDisplay("a", attrs({ pinned: true }), state()).label).toBe("◉ JAXA");
    expect(nodeDisplay("a", attrs(), state({ pathNodes: new Set(["a"]) })).forceLabel).toBe(true);
  });

  it("sizes hubs bigger", () => {
    expect(nodeDisplay("a", attrs({ degree: 100 }), state()).size).toBeGreaterThan(nodeDisplay("b", attrs({ degree: 1 }), state()).size);
  });
});

describe("edgeDisplay", () => {
  const a = { id: "a", attrs: attrs() };
  const b = { id: "b", attrs: attrs() };

  it("hides an edge when either end is hidden", () => {
    expect(edgeDisplay("e", edgeAttrs, a, { id: "b", attrs: attrs({ hiddenByUser: true }) }, state()).hidden).toBe(true);
    expect(edgeDisplay("e", edgeAttrs, a, b, state()).hidden).toBe(false);
  });

  it("hides a tie the evidence filters leave out, with both ends still shown", () => {
    const weak = { ...edgeAttrs, independentSourceCount: 1 };
    const tieVisible = (t: EdgeAttributes) => keepsTie(t, { minSources: 2, statedOnly: false });
    expect(edgeDisplay("e", weak, a, b, state({ tieVisible })).hidden).toBe(true);
    expect(edgeDisplay("e", { ...weak, independentSourceCount: 2 }, a, b, state({ tieVisible })).hidden).toBe(false);
  });

  it("draws path edges thick and dark with their label", () => {
    const d = edgeDisplay("e", edgeAttrs, a, b, state({ pathEdges: new Set(["e"]), allEdgeLabels: false }));
    expect(d.color).toBe(PATH_COLOUR);
    expect(d.size).toBeGreaterThan(2);
    expect(d.label).toBe("party to");
  });

  it("labels only edges around the hovered or selected node in large graphs", () => {
    const s = state({ allEdgeLabels: false, selected: "a" });
    expect(edgeDisplay("e", edgeAttrs, a, b, s).label).toBe("party to");
    expect(edgeDisplay("e", edgeAttrs, { id: "c", attrs: attrs() }, b, s).label).toBe("");
  });

  it("does not label the edges around a hub, but still draws them wider", () => {
    const s = state({ allEdgeLabels: false, selected: "a", labelAround: (id) => id !== "a" });
    const d = edgeDisplay("e", edgeAttrs, a, b, s);
    expect(d.label).toBe("");
    expect(d.size).toBe(2);
    expect(edgeDisplay("e", edgeAttrs, a, b, state({ allEdgeLabels: false, hovered: "b", labelAround: (id) => id !== "a" })).label).toBe("party to");
  });

  it("dims edges away from the hovered node and fades edges out of the time window", () => {
    const hovered = edgeDisplay("e", edgeAttrs, { id: "c", attrs: attrs() }, b, state({ hovered: "a" }));
    expect(hovered.label).toBe("");
    const old = { id: "x", attrs: attrs({ start: partialDate("2001-01-01", "DAY") }) };
    const faded = edgeDisplay("e", edgeAttrs, old, b, state({ window: { from: 2020, to: null } }));
    expect(faded.zIndex).toBe(0);
    expect(faded.label).toBe("");
  });
});

describe("nodeDisplay by community", () => {
  it("takes its community's colour when colouring by community, and its kind's when it has none", () => {
    const communities = new Map([["org:jaxa", 1]]);
    expect(nodeDisplay("org:jaxa", attrs(), state({ communities })).color).toBe(COMMUNITY_COLOURS[1]);
    expect(nodeDisplay("place:jp", attrs({ entityType: "PLACE", kind: "COUNTRY" }), state({ communities })).color).toBe(ENTITY_COLOURS.PLACE);
    expect(nodeDisplay("org:jaxa", attrs(), state()).color).toBe(ENTITY_COLOURS.ORGANIZATION);
  });
});

describe("what changed", () => {
  const a = { id: "org:jaxa", attrs: attrs() };
  const b = { id: "agr:lsa-jaxa-2024", attrs: attrs({ entityType: "AGREEMENT", label: "LSA–JAXA" }) };

  it("draws a new tie thick in its own colour and labelled, and leaves the path above it", () => {
    const changed = state({ changedEdges: new Set(["e"]), changedNodes: new Set([a.id, b.id]) });

    const d = edgeDisplay("e", edgeAttrs, a, b, changed);
    expect([d.color, d.size, d.forceLabel]).toEqual([CHANGED_COLOUR, 3, true]);
    expect(edgeDisplay("e", edgeAttrs, a, b, state({ ...changed, pathEdges: new Set(["e"]) })).color).toBe(PATH_COLOUR);
    expect(edgeDisplay("other", edgeAttrs, a, b, changed).color).not.toBe(CHANGED_COLOUR);
    expect(nodeDisplay(b.id, b.attrs, changed).highlighted).toBe(true);
  });
});

describe("mayLabelEdges", () => {
  it("lets the renderer skip edge labels only when no edge can carry one", () => {
    const hub = (id: string) => id !== "place:japan";
    expect(mayLabelEdges(state({ allEdgeLabels: true }))).toBe(true);
    expect(mayLabelEdges(state({ allEdgeLabels: false }))).toBe(false);
    expect(mayLabelEdges(state({ allEdgeLabels: false, selected: "place:japan", labelAround: hub }))).toBe(false);
    expect(mayLabelEdges(state({ allEdgeLabels: false, selected: "org:jaxa", labelAround: hub }))).toBe(true);
    expect(mayLabelEdges(state({ allEdgeLabels: false, hovered: "org:jaxa", labelAround: hub }))).toBe(true);
    expect(mayLabelEdges(state({ allEdgeLabels: false, pathEdges: new Set(["e1"]) }))).toBe(true);
    expect(mayLabelEdges(state({ allEdgeLabels: false, changedEdges: new Set(["e1"]) }))).toBe(true);
    expect(mayLabelEdges(state({ allEdgeLabels: false, selectedEdge: "e1" }))).toBe(true);
  });
});
