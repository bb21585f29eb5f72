// Display state -> what sigma draws. Pure functions of the model's attributes and the view's state, so the
// look of every node and edge can be tested without WebGL.
//
// Precedence: hidden (by the user or a filter) > hover focus (others dimmed) > path > what changed > time window (faded).

import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import { inTimeWindow, type TimeWindow } from "../graph/filters";
import { CHANGED_COLOUR, DIMMED_COLOUR, EDGE_COLOUR, fade, FADED_EDGE_COLOUR, iconDataUrl, MIN_NODE_SIZE, nodeColour, nodeSize, PATH_COLOUR, PIN_MARK } from "./style";

export interface DisplayState {
  /** Filter predicate (false = hidden). */
  visible: (id: string, attrs: NodeAttributes) => boolean;
  /** Tie filter predicate (false = hidden): the evidence filters (graph/evidence-filter.ts). */
  tieVisible: (attrs: EdgeAttributes) => boolean;
  window: TimeWindow;
  hovered: string | null;
  /** Neighbours of the hovered node (they stay lit). */
  hoveredNeighbours: ReadonlySet<string>;
  selected: string | null;
  selectedEdge: string | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Nodes and ties new in the "what changed" window (graph/changes.ts). */
  changedNodes: ReadonlySet<string>;
  changedEdges: ReadonlySet<string>;
  /** Draw every edge label (small graphs) rather than only around the hovered or selected node. */
  allEdgeLabels: boolean;
  /**
   * Whether the edges of this node are labelled when it is hovered or selected: not for a hub, whose hundreds of
   * overlapping labels could not be read and would cost a frame each.
   */
  labelAround: (id: string) => boolean;
  /** The label to draw for a relationship (translated). */
  edgeLabel: (attrs: EdgeAttributes) => string;
  /** The name to draw for a node (in the interface language where the graph records one). */
  nodeLabel: (attrs: NodeAttributes) => string;
  /** When colouring by community: each node's community (absent: coloured by kind). Null: colour by kind. */
  communities: ReadonlyMap<string, number> | null;
  /**
   * When sizing by a structural measure (graph/centrality.ts): each node's radius; a node without one (a place, a
   * sector, a source, which the measures do not count) is drawn smallest. Null: sized by relationships recorded.
   */
  sizes: ReadonlyMap<string, number> | null;
}

export function emptyDisplayState(): DisplayState {
  return {
    visible: () => true,
    tieVisible: () => true,
    window: { from: null, to: null },
    hovered: null,
    hoveredNeighbours: new Set(),
    selected: null,
    selectedEdge: null,
    pathNodes: new Set(),
    pathEdges: new Set(),
    changedNodes: new Set(),
    changedEdges: new Set(),
    allEdgeLabels: true,
    labelAround: () => true,
    edgeLabel: (attrs) => attrs.label,
    nodeLabel: (attrs) => attrs.label,
    communities: null,
    sizes: null,
  };
}

export interface NodeDisplay {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  image: string;
  pictoColor: string;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
  /** Outside the time window (drawn pale). */
  faded: boolean;
  /** Dimmed because another node is hovered. */
  dimmed: boolean;
}

export function isNodeShown(id: string, attrs: NodeAttributes, state: DisplayState): boolean {
  return !attrs.hiddenByUser && state.visible(id, attrs);
}

export function nodeDisplay(id: string, attrs: NodeAttributes, state: DisplayState): NodeDisplay {
  const base = nodeColour(attrs.entityType, state.communities?.get(id) ?? null);
  const hidden = !isNodeShown(id, attrs, state);
  const faded = !inTimeWindow(attrs, state.window);
  const isHovered = state.hovered === id;
  const dimmed = state.hovered !== null && !isHovered && !state.hoveredNeighbours.has(id);
  const onPath = state.pathNodes.has(id);
  const selected = state.selected === id;
  const changed = state.changedNodes.has(id);
  const emphasised = isHovered || selected || onPath || changed;
  const label = `${attrs.pinned ? `${PIN_MARK} ` : ""}${state.nodeLabel(attrs)}`;
  return {
    label: dimmed || (faded && !emphasised) ? "" : label,
    x: attrs.x,
    y: attrs.y,
    size: (state.sizes === null ? nodeSize(attrs.degree) : (state.sizes.get(id) ?? MIN_NODE_SIZE)) * (selected ? 1.25 : 1),
    color: dimmed ? DIMMED_COLOUR : faded && !emphasised ? fade(base, 0.75) : base,
    image: iconDataUrl(attrs.entityType),
    pictoColor: "#FFFFFF",
    hidden,
    highlighted: selected || isHovered || changed,
    forceLabel: emphasised,
    zIndex: emphasised ? 2 : faded || dimmed ? 0 : 1,
    faded,
    dimmed,
  };
}

/**
 * Whether any edge can carry a label in this state (see `edgeDisplay`): when none can, the renderer skips its pass
 * over the edge labels, which at thousands of edges costs a good part of every frame even when every label is empty.
 */
export function mayLabelEdges(state: DisplayState): boolean {
  return (
    state.allEdgeLabels ||
    state.pathEdges.size > 0 ||
    state.changedEdges.size > 0 ||
    state.selectedEdge !== null ||
    (state.hovered !== null && state.labelAround(state.hovered)) ||
    (state.selected !== null && state.labelAround(state.selected))
  );
}

export interface EdgeDisplay {
  label: string;
  color: string;
  size: number;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

/** How much thicker a partners-view tie standing for `weight` agreements and events is drawn (1, 2, 3 for 1, 2, 4). */
export function tieThickness(weight: number | undefined): number {
  return weight === undefined || weight <= 1 ? 1 : 1 + Math.log2(weight);
}

export function edgeDisplay(
  id: string,
  attrs: EdgeAttributes,
  source: { id: string; attrs: NodeAttributes },
  target: { id: string; attrs: NodeAttributes },
  state: DisplayState,
): EdgeDisplay {
  const hidden = !state.tieVisible(attrs) || !isNodeShown(source.id, source.attrs, state) || !isNodeShown(target.id, target.attrs, state);
  const onPath = state.pathEdges.has(id);
  const changed = !onPath && state.changedEdges.has(id);
  const touchesHovered = state.hovered !== null && (source.id === state.hovered || target.id === state.hovered);
  const touchesSelected = state.selected !== null && (source.id === state.selected || target.id === state.selected);
  const selected = state.selectedEdge === id;
  const dimmed = state.hovered !== null && !touchesHovered;
  const faded = !inTimeWindow(source.attrs, state.window) || !inTimeWindow(target.attrs, state.window);
  const labelledAround = (touchesHovered && state.labelAround(state.hovered!)) || (touchesSelected && state.labelAround(state.selected!));
  const showLabel = !dimmed && (onPath || selected || changed || labelledAround || (state.allEdgeLabels && !faded));
  return {
    label: showLabel ? state.edgeLabel(attrs) : "",
    color: onPath || selected ? PATH_COLOUR : changed && !dimmed ? CHANGED_COLOUR : dimmed || faded ? FADED_EDGE_COLOUR : EDGE_COLOUR,
    size: (onPath || selected ? 3.5 : changed ? 3 : touchesHovered || touchesSelected ? 2 : 1) * tieThickness(attrs.weight),
    hidden,
    forceLabel: onPath || selected || changed,
    zIndex: onPath || selected || changed ? 2 : dimmed || faded ? 0 : 1,
  };
}
