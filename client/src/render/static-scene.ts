// A Scene (see scene.ts) drawn without the WebGL renderer: the graph's layout positions fitted into a fixed box,
// for pictures made where no canvas is shown (the printed briefing pack). Labels are kept short enough to read on
// paper; the full names are in the text beside the picture.

import type { ExplorerGraph } from "../graph/model";
import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import type { Scene } from "./scene";
import { EDGE_COLOUR, ENTITY_COLOURS } from "./style";

export interface StaticSceneOptions {
  width: number;
  height: number;
  nodeLabel: (attrs: NodeAttributes) => string;
  edgeLabel: (attrs: EdgeAttributes) => string;
  /** Longest label in characters; longer ones end in "…". */
  maxLabel?: number;
  /** Above this many edges, edges are drawn without labels (they would cover each other). */
  maxEdgeLabels?: number;
}

const NODE_RADIUS = 9;
const MARGIN = 24;
/** Room kept right of the rightmost node for its label. */
const LABEL_ROOM = 230;

export function shortLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

export function staticScene(graph: ExplorerGraph, nodeIds: readonly string[], edgeIds: readonly string[], options: StaticSceneOptions): Scene {
  const { width, height } = options;
  const maxLabel = options.maxLabel ?? 30;
  const points = nodeIds.map((id) => ({ id, attrs: graph.getNodeAttributes(id) }));
  const xs = points.map((p) => p.attrs.x);
  const ys = points.map((p) => p.attrs.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const boxW = Math.max(1, width - 2 * MARGIN - LABEL_ROOM);
  const boxH = Math.max(1, height - 2 * MARGIN);
  const scale = Math.min(boxW / spanX, boxH / spanY);
  // Centred in the box; a single node (no span) sits in the middle.
  const offsetX = MARGIN + (boxW - spanX * scale) / 2;
  const offsetY = MARGIN + (boxH - spanY * scale) / 2;
  // Screen y grows downwards, graph y upwards (as sigma draws it).
  const at = new Map(points.map((p) => [p.id, {
    x: points.length === 1 ? MARGIN + boxW / 2 : offsetX + (p.attrs.x - minX) * scale,
    y: points.length === 1 ? MARGIN + boxH / 2 : offsetY + (maxY - p.attrs.y) * scale,
  }]));
  const labelEdges = edgeIds.length <= (options.maxEdgeLabels ?? 30);
  return {
    width,
    height,
    nodes: points.map((p) => ({
      id: p.id, ...at.get(p.id)!, radius: NODE_RADIUS, color: ENTITY_COLOURS[p.attrs.entityType],
      label: shortLabel(options.nodeLabel(p.attrs), maxLabel), entityType: p.attrs.entityType,
    })),
    edges: edgeIds.filter((id) => at.has(graph.source(id)) && at.has(graph.target(id))).map((id) => {
      const a = at.get(graph.source(id))!;
      const b = at.get(graph.target(id))!;
      return {
        id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: EDGE_COLOUR, width: 1,
        label: labelEdges ? options.edgeLabel(graph.getEdgeAttributes(id)) : "", targetRadius: NODE_RADIUS,
      };
    }),
  };
}
