// The sigma.js adapter: draws the model's graph through the reducers, reports clicks, hovers and drags, and
// moves the camera. It never changes the model except to move a dragged node (which pins it).

import Sigma from "sigma";
import { createNodeCompoundProgram, EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import { createNodeImageProgram } from "@sigma/node-image";
import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import type { BulkChangeObserver, ExplorerGraph } from "../graph/model";
import { drawHoverWithin, drawLabelWithin, framingForLabels, LABEL_MARGIN, type LabelledPoint } from "./canvas-labels";
import { edgeDisplay, emptyDisplayState, mayLabelEdges, nodeDisplay, type DisplayState } from "./reducers";
import { mark, type MarkName } from "../graph/marks";
import type { Scene } from "./scene";

export interface GraphViewEvents {
  onNodeClick(id: string): void;
  onNodeDoubleClick(id: string): void;
  onEdgeClick(id: string): void;
  onStageClick(): void;
  onHover(id: string | null): void;
  /** The pointer entered a node or an edge (at x, y in the container), or left it (null). */
  onPointerOver(target: { kind: "node" | "edge"; id: string; x: number; y: number } | null): void;
}

// Programs are typed for any attributes; ours are a subtype, which sigma's generics cannot express.
const NodeProgram = createNodeCompoundProgram([
  NodeCircleProgram,
  createNodeImageProgram({
    padding: 0.22,
    size: { mode: "force", value: 96 },
    drawingMode: "color",
    colorAttribute: "pictoColor",
    keepWithinCircle: true,
  }),
]) as unknown as NodeProgramType<NodeAttributes, EdgeAttributes>;
const ArrowProgram = EdgeArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>;
const LineProgram = EdgeRectangleProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>;

/** What the renderer draws and moves: the main graph's model, or the partners view's graph. */
export interface DrawnGraph {
  readonly graph: ExplorerGraph;
  /** A drag starts (the model records an undo step). */
  beginMove(): void;
  moveNode(id: string, x: number, y: number): void;
  /** A drag ends: the node is pinned where it was dropped. */
  endMove(id: string): void;
  /**
   * Tells the renderer before and after a change of many nodes and edges at once (a merge), so it can stop
   * following the graph's events one by one and re-read it once afterwards. Returns the unsubscribe function.
   */
  onBulkChange?(observer: BulkChangeObserver): () => void;
}

/**
 * sigma's own (untyped) hooks on the graph's events. Each added node or edge otherwise runs the reducers twice at once,
 * so two thousand nodes and four thousand edges cost tens of thousands of reducer calls before the first frame; while
 * unbound, the merge costs none, and one full refresh re-reads the graph. Absent in another sigma version: the
 * renderer then follows every event as before (slower, never wrong).
 */
interface SigmaGraphHandlers {
  bindGraphHandlers?: () => void;
  unbindGraphHandlers?: () => void;
}

/**
 * sigma's own (private) flag: a refresh has re-read the nodes but the frame that frames them has not run yet. Until
 * then its display data holds the graph's raw coordinates (not framed to the graph's extent), and a position or a
 * camera computed from them points at another picture. Absent in another sigma version: `settle` then always renders.
 */
interface SigmaProcessing {
  needToProcess?: boolean;
}

/** Below this many nodes, `fit` makes room for every label, drawn or not at the moment (sigma hides some when crowded). */
const FIT_EVERY_LABEL_BELOW = 200;

export class GraphView {
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private display: DisplayState = emptyDisplayState();
  private dragged: string | null = null;
  private dragMoved = false;
  /** A mark to record when the next frame has been drawn (see `markNextFrame`). */
  private pendingMark: MarkName | null = null;
  /** The animation frame that will re-run the reducers over the whole graph (0: none pending). */
  private refreshFrame = 0;
  private readonly unsubscribeBulk: () => void;

  /** Throws when WebGL is unavailable; the caller shows the list view instead. */
  /** `undirected`: edges are drawn as lines without arrowheads (the partners view's ties). */
  constructor(container: HTMLElement, private readonly model: DrawnGraph, events: GraphViewEvents, options: { undirected?: boolean } = {}) {
    const graph = model.graph;
    // Sigma draws a first frame inside its constructor, before `this.sigma` is set: the container gives the size then.
    const size = () => (this.sigma as Sigma<NodeAttributes, EdgeAttributes> | undefined)?.getDimensions() ?? { width: container.clientWidth, height: container.clientHeight };
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      defaultNodeType: "entity",
      nodeProgramClasses: { entity: NodeProgram },
      defaultEdgeType: options.undirected ? "line" : "arrow",
      edgeProgramClasses: { arrow: ArrowProgram, line: LineProgram },
      // Labels go left of, above or below their node where the right would cut them (render/canvas-labels.ts).
      defaultDrawNodeLabel: drawLabelWithin(size),
      defaultDrawNodeHover: drawHoverWithin(size),
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13,
      labelWeight: "600",
      labelColor: { color: "#1F2937" },
      edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#4B5563" },
      labelRenderedSizeThreshold: 8,
      // Room around the fitted graph for the labels (drawn to the right of their node) and the camera buttons.
      stagePadding: 60,
      // The graph tab may be hidden at start (list view): sigma then waits for a size instead of failing.
      allowInvalidContainer: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 10,
      // Reducers give sigma only what it draws: sigma copies every key of their answer for every node and edge
      // at every refresh, and the model's attributes (sectors, countries, citations…) would double that work.
      nodeReducer: (id, attrs) => {
        const d = nodeDisplay(id, attrs, this.display);
        return {
          type: "entity", x: d.x, y: d.y, size: d.size, color: d.color, label: d.label, image: d.image, pictoColor: d.pictoColor,
          hidden: d.hidden, highlighted: d.highlighted, forceLabel: d.forceLabel, zIndex: d.zIndex,
        };
      },
      edgeReducer: (id, attrs) => {
        const source = graph.source(id);
        const target = graph.target(id);
        const d = edgeDisplay(id, attrs, { id: source, attrs: graph.getNodeAttributes(source) }, { id: target, attrs: graph.getNodeAttributes(target) }, this.display);
        return { type: options.undirected ? "line" : "arrow", label: d.label, color: d.color, size: d.size, hidden: d.hidden, forceLabel: d.forceLabel, zIndex: d.zIndex };
      },
    });

    const handlers = this.sigma as unknown as SigmaGraphHandlers;
    this.unsubscribeBulk = model.onBulkChange?.({
      before: () => handlers.unbindGraphHandlers?.call(this.sigma),
      after: () => {
        handlers.bindGraphHandlers?.call(this.sigma);
        // Re-read the graph now, not at the next frame: a render sigma scheduled before the merge would otherwise draw
        // with data of nodes and edges that changed meanwhile (a page error on an edge whose end it does not know).
        // The drawing itself still waits for the frame; display changes the merge brings queue one more pass.
        this.cancelRefresh();
        this.sigma.refresh({ schedule: true });
      },
    }) ?? (() => undefined);

    this.sigma.on("afterRender", () => {
      if (this.pendingMark === null) return;
      mark(this.pendingMark);
      this.pendingMark = null;
    });
    this.sigma.on("clickNode", ({ node }) => events.onNodeClick(node));
    this.sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault(); // no zoom: double-click means "show connections"
      events.onNodeDoubleClick(e.node);
    });
    this.sigma.on("clickEdge", ({ edge }) => events.onEdgeClick(edge));
    this.sigma.on("clickStage", () => events.onStageClick());
    this.sigma.on("enterNode", ({ node, event }) => {
      events.onHover(node);
      events.onPointerOver({ kind: "node", id: node, x: event.x, y: event.y });
    });
    this.sigma.on("leaveNode", () => {
      events.onHover(null);
      events.onPointerOver(null);
    });
    this.sigma.on("enterEdge", ({ edge, event }) => events.onPointerOver({ kind: "edge", id: edge, x: event.x, y: event.y }));
    this.sigma.on("leaveEdge", () => events.onPointerOver(null));

    // Drag a node to move it; a moved node is pinned so the layout leaves it there.
    this.sigma.on("downNode", ({ node }) => {
      this.dragged = node;
      this.dragMoved = false;
    });
    const captor = this.sigma.getMouseCaptor();
    captor.on("mousemovebody", (e) => {
      if (this.dragged === null) return;
      if (!this.dragMoved) {
        this.model.beginMove();
        this.dragMoved = true;
      }
      const at = this.sigma.viewportToGraph(e);
      this.model.moveNode(this.dragged, at.x, at.y);
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    const endDrag = () => {
      if (this.dragged !== null && this.dragMoved) this.model.endMove(this.dragged);
      this.dragged = null;
      this.dragMoved = false;
    };
    captor.on("mouseup", endDrag);
    captor.on("mouseleave", endDrag);
  }

  /** Records `name` (performance.mark) once the next frame is drawn. */
  markNextFrame(name: MarkName): void {
    this.pendingMark = name;
  }

  /**
   * Changes what the reducers show. The reducers re-run at the next animation frame, so the several changes one
   * user action makes (model change, selection, filters) cost one pass over the graph, not one each (sigma's own
   * `scheduleRefresh` runs every reducer at once and only defers the drawing).
   */
  setDisplay(display: Partial<DisplayState>): void {
    this.display = { ...this.display, ...display };
    if (this.refreshFrame !== 0) return;
    this.refreshFrame = requestAnimationFrame(() => {
      this.refreshFrame = 0;
      this.applyDisplay();
    });
  }

  private applyDisplay(): void {
    const edgeLabels = mayLabelEdges(this.display);
    // sigma's setSetting re-runs the reducers itself and draws at the next frame.
    if (edgeLabels !== this.sigma.getSetting("renderEdgeLabels")) this.sigma.setSetting("renderEdgeLabels", edgeLabels);
    else this.sigma.refresh();
  }

  /**
   * Brings sigma's display data up to date now, for what reads positions (framing, export, keyboard): a pending
   * display change is applied, and what a refresh left unframed (after a merge, a layout step, a setting) is framed
   * and drawn at once rather than at the next frame. Costs nothing when all is current.
   */
  private settle(): void {
    if (this.refreshFrame !== 0) {
      this.cancelRefresh();
      this.applyDisplay();
    }
    // An empty partial refresh: no reducer runs, the nodes are framed to the graph's present extent and drawn.
    if ((this.sigma as unknown as SigmaProcessing).needToProcess !== false) this.sigma.refresh({ partialGraph: { nodes: [], edges: [] } });
  }

  private cancelRefresh(): void {
    cancelAnimationFrame(this.refreshFrame);
    this.refreshFrame = 0;
  }

  get displayState(): DisplayState {
    return this.display;
  }

  zoomIn(): void {
    void this.sigma.getCamera().animatedZoom({ duration: 250 });
  }

  zoomOut(): void {
    void this.sigma.getCamera().animatedUnzoom({ duration: 250 });
  }

  /** Frames the graph so that every node and every label drawn fits in the view (render/canvas-labels.ts). */
  fit(): void {
    this.settle();
    const camera = this.sigma.getCamera();
    const base = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const { width, height } = this.sigma.getDimensions();
    const settings = this.sigma.getSettings();
    const context = document.createElement("canvas").getContext("2d");
    const labelled = this.sigma.getNodeDisplayedLabels();
    const every = this.model.graph.order < FIT_EVERY_LABEL_BELOW;
    const points: LabelledPoint[] = [];
    if (context) context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    this.model.graph.forEachNode((id) => {
      const data = this.sigma.getNodeDisplayData(id);
      if (!data || data.hidden) return;
      const at = this.sigma.framedGraphToViewport(data, { cameraState: base });
      const label = data.label && (every || labelled.has(id) || data.forceLabel) ? data.label : "";
      points.push({ x: at.x, y: at.y, radius: this.sigma.scaleSize(data.size, 1), textWidth: label && context ? context.measureText(label).width : 0 });
    });
    // The camera zooms out no further than its setting: a framing that needs more leaves the longest labels out.
    const widest = settings.maxCameraRatio ? 1 / settings.maxCameraRatio : 0;
    const framing = framingForLabels(points, settings.labelSize + 2, width, height, LABEL_MARGIN, widest);
    const centre = this.sigma.viewportToFramedGraph(framing.centre, { cameraState: base });
    void camera.animate({ x: centre.x, y: centre.y, ratio: framing.zoomOut, angle: 0 }, { duration: 300 });
  }

  /** Pans by a fraction of the view (dx, dy in -1..1). */
  pan(dx: number, dy: number): void {
    const camera = this.sigma.getCamera();
    const state = camera.getState();
    void camera.animate({ x: state.x + dx * 0.2 * state.ratio, y: state.y - dy * 0.2 * state.ratio }, { duration: 200 });
  }

  /**
   * Centres the camera on a node if it is outside the middle of the view. Waits for the next frame: a node just
   * merged has no framed position until sigma has processed the graph (redraws are batched into frames).
   */
  reveal(id: string): void {
    this.sigma.once("afterRender", () => this.revealNow(id));
    this.sigma.scheduleRender();
  }

  private revealNow(id: string): void {
    const data = this.sigma.getNodeDisplayData(id);
    if (!data) return;
    const { width, height } = this.sigma.getDimensions();
    const at = this.sigma.framedGraphToViewport(data);
    const margin = 0.15;
    if (at.x > width * margin && at.x < width * (1 - margin) && at.y > height * margin && at.y < height * (1 - margin)) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y }, { duration: 300 });
  }

  /** Screen position of a node (for keyboard navigation by direction). */
  screenPosition(id: string): { x: number; y: number } | null {
    this.settle();
    const data = this.sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return null;
    return this.sigma.framedGraphToViewport(data);
  }

  /** The camera (position and zoom), to carry over when the page is rebuilt (language switch). */
  get camera(): { x: number; y: number; ratio: number; angle: number } {
    return this.sigma.getCamera().getState();
  }

  set camera(state: { x: number; y: number; ratio: number; angle: number }) {
    this.sigma.getCamera().setState(state);
  }

  resize(): void {
    this.sigma.resize();
  }

  /** The view as drawn now, in screen pixels, for the exports. */
  scene(): Scene {
    this.settle();
    const { width, height } = this.sigma.getDimensions();
    const graph = this.model.graph;
    const scene: Scene = { width, height, nodes: [], edges: [] };
    const radius = new Map<string, number>();
    graph.forEachNode((id, attrs) => {
      const data = this.sigma.getNodeDisplayData(id);
      if (!data || data.hidden) return;
      const at = this.sigma.framedGraphToViewport(data);
      const r = this.sigma.scaleSize(data.size);
      radius.set(id, r);
      scene.nodes.push({ id, x: at.x, y: at.y, radius: r, color: data.color, label: data.label ?? "", entityType: attrs.entityType });
    });
    graph.forEachEdge((id, _attrs, source, target) => {
      const data = this.sigma.getEdgeDisplayData(id);
      if (!data || data.hidden || !radius.has(source) || !radius.has(target)) return;
      const a = this.sigma.framedGraphToViewport(this.sigma.getNodeDisplayData(source)!);
      const b = this.sigma.framedGraphToViewport(this.sigma.getNodeDisplayData(target)!);
      scene.edges.push({
        id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color, width: this.sigma.scaleSize(data.size),
        label: data.label ?? "", targetRadius: radius.get(target)!,
      });
    });
    return scene;
  }

  destroy(): void {
    this.cancelRefresh();
    this.unsubscribeBulk();
    this.sigma.kill();
  }
}
