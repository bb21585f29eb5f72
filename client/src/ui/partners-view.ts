// The "Partners" tab: organisations linked directly by the agreements they signed together and the events they
// attended together, people by the events they attended together, one line per pair, thicker for more ties
// (graph/partner-ties.ts, graph/partners-graph.ts). What it draws: the ties the main graph already shows, plus the
// partners the API gives (`Query.partners`) for each entity asked about — selecting an organisation or a person
// here asks for its partners. It follows the main graph's filters, hidden nodes, time window and selection: a tie
// counts only the agreements and events those let through. Choosing a line lists its agreements and events, each
// with its date at its precision and its number of sources.

import type { ExplorerApi } from "../api/explorer-api";
import type { EntityRef, GraphNode, Partner } from "../api/types";
import { nodeDataOf, type NodeAttributes } from "../graph/attributes";
import type { ExplorerGraph } from "../graph/model";
import {
  mergeTies,
  PARTNER_TYPES,
  shownTies,
  tiesOfDrawnGraph,
  tiesOfPartners,
  type ShownTie,
  type TieNode,
} from "../graph/partner-ties";
import { PartnersGraph } from "../graph/partners-graph";
import type { I18n } from "../i18n/i18n";
import type { GraphView } from "../render/sigma-view";
import { cameraButtons, cameraKey } from "./camera-buttons";
import { h, replaceChildren } from "./dom";
import { entityBadge } from "./entity-badge";
import { errorText } from "./error-text";
import { sourceCountText } from "./evidence";
import { GraphTooltip, nodeTooltip } from "./graph-tooltip";
import { tieCountsText } from "./partners-section";

/** Partners asked of the API per entity (the schema allows up to 500). */
export const PARTNERS_PER_ENTITY = 50;
/** Ties listed beside the picture. */
const LISTED_TIES = 30;

export interface PartnersViewEvents {
  /** Selects an entity as a click on the main graph does (details panel, URL). */
  select(id: string): void;
  /** Opens an agreement or event of a tie in the details panel. */
  open(entity: EntityRef): void;
  /** Something changed that the address bar records (the entities whose partners were asked). */
  changed(): void;
}

/** What the partners view follows of the main view. */
export interface PartnersContext {
  graph: ExplorerGraph;
  /** The main graph's filters and hidden nodes (an entity of the API's answer not drawn there is judged by its data). */
  shown: (id: string, attrs: TieNode) => boolean;
  /** The time window: an agreement or event dated outside it does not count. */
  inWindow: (attrs: TieNode) => boolean;
  selected: string | null;
  visible: boolean;
}

type Load = { kind: "loading" } | { kind: "loaded"; partners: Partner[] } | { kind: "error"; error: unknown };

export class PartnersView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly message: HTMLElement;
  private readonly details: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly tooltip = new GraphTooltip();
  private readonly partners = new PartnersGraph();
  private view: GraphView | null = null;
  private creating = false;
  /** Set when the renderer cannot start (no WebGL): said once, the counts and ties stay readable beside it. */
  private readonly failure: HTMLElement = h("div", { className: "partners-failure", hidden: true });
  /** The entities whose partners were asked, in the order asked. */
  private readonly loads = new Map<string, Load>();
  /** Data of every entity the API's answers named, for the ends and ties the main graph does not draw. */
  private readonly apiNodes = new Map<string, TieNode>();
  private context: PartnersContext | null = null;
  private nodes = new Map<string, TieNode>();
  private selectedTie: string | null = null;

  constructor(
    private readonly api: ExplorerApi,
    private readonly i18n: () => I18n,
    private readonly events: PartnersViewEvents,
  ) {
    const t = (key: Parameters<I18n["t"]>[0]) => this.i18n().t(key);
    this.canvas = h("div", {
      id: "partners-canvas",
      className: "graph-canvas partners-canvas",
      tabindex: "0",
      role: "application",
      "aria-label": t("partners.canvas"),
      "aria-describedby": "partners-keys",
      onkeydown: (e: KeyboardEvent) => this.onKey(e),
    });
    this.message = h("div", { className: "partners-message", role: "status" });
    this.controls = h("div", {
      className: "camera-controls partners-camera",
      role: "group",
      "aria-label": t("camera.label"),
    });
    this.details = h("section", { className: "partners-details", "aria-live": "polite" });
    this.element = h(
      "div",
      { className: "partners-view" },
      h("p", { className: "partners-intro muted small" }, t("partners.intro")),
      h("div", { className: "partners-stage" }, this.canvas, this.tooltip.element),
      this.controls,
      h("div", { className: "partners-side" }, this.failure, this.message, this.details),
      h("p", { id: "partners-keys", className: "visually-hidden" }, t("partners.keys")),
    );
    replaceChildren(
      this.controls,
      cameraButtons(this.i18n(), () => this.view),
    );
  }

  /** The entities whose partners were asked, in order (the link's `pp`). */
  loadedIds(): string[] {
    return [...this.loads.keys()];
  }

  /** Asks the API for the partners of `id` (once; again after a failure). */
  async load(id: string): Promise<void> {
    const current = this.loads.get(id);
    if (current && current.kind !== "error") return;
    this.loads.set(id, { kind: "loading" });
    this.rerender();
    try {
      const partners = await this.api.partners(id, PARTNERS_PER_ENTITY);
      const remember = (node: GraphNode) => this.apiNodes.set(node.id, nodeDataOf(node));
      for (const p of partners) {
        remember(p.partner);
        p.agreements.forEach(remember);
        p.events.forEach(remember);
      }
      this.loads.set(id, { kind: "loaded", partners });
    } catch (error) {
      this.loads.set(id, { kind: "error", error });
    }
    this.events.changed();
    this.rerender();
  }

  private rerender(): void {
    if (this.context) this.render(this.context);
  }

  /** Redraws from the main graph and the answers so far; asks for the selection's partners when the tab is shown. */
  render(context: PartnersContext): void {
    this.context = context;
    if (!context.visible) return;
    const selected = context.selected;
    if (selected !== null && !this.loads.has(selected) && PARTNER_TYPES.has(this.typeOf(selected) ?? "SOURCE")) {
      void this.load(selected);
      return;
    }
    const data = new Map(this.apiNodes);
    context.graph.forEachNode((id, attrs) => data.set(id, attrs));
    const ties = mergeTies(
      tiesOfDrawnGraph(context.graph),
      ...[...this.loads].flatMap(([anchor, load]) =>
        load.kind === "loaded" ? [tiesOfPartners(anchor, load.partners)] : [],
      ),
    );
    const endShown = (id: string) => {
      const attrs = data.get(id);
      return attrs !== undefined && PARTNER_TYPES.has(attrs.entityType) && context.shown(id, attrs);
    };
    const tieShown = (id: string) => {
      const attrs = data.get(id);
      return attrs !== undefined && context.shown(id, attrs) && context.inWindow(attrs);
    };
    const shown = shownTies(ties, endShown, tieShown);
    const nodes = new Map<string, TieNode>();
    for (const tie of shown) {
      nodes.set(tie.a, data.get(tie.a)!);
      nodes.set(tie.b, data.get(tie.b)!);
    }
    for (const [anchor, load] of this.loads)
      if (load.kind === "loaded" && endShown(anchor)) nodes.set(anchor, data.get(anchor)!);
    this.nodes = data;
    const wasEmpty = this.partners.graph.order === 0;
    const added = this.partners.sync(nodes, shown, (id) =>
      context.graph.hasNode(id)
        ? { x: context.graph.getNodeAttribute(id, "x"), y: context.graph.getNodeAttribute(id, "y") }
        : null,
    );
    if (this.selectedTie !== null && !this.partners.graph.hasEdge(this.selectedTie)) this.selectedTie = null;
    this.renderMessage();
    this.renderDetails();
    void this.ensureView().then(() => {
      this.applyDisplay();
      if (wasEmpty && added.length > 0) this.view?.fit();
    });
  }

  private typeOf(id: string): NodeAttributes["entityType"] | undefined {
    const graph = this.context?.graph;
    if (graph?.hasNode(id)) return graph.getNodeAttribute(id, "entityType");
    return this.apiNodes.get(id)?.entityType;
  }

  private name(id: string): string {
    const attrs = this.nodes.get(id) ?? this.apiNodes.get(id);
    return attrs ? this.i18n().name(attrs) : id;
  }

  private async ensureView(): Promise<void> {
    if (this.view || this.creating || !this.failure.hidden) return;
    this.creating = true;
    try {
      const { GraphView } = await import("../render/sigma-view");
      this.view = new GraphView(
        this.canvas,
        this.partners,
        {
          onNodeClick: (id) => this.events.select(id),
          onNodeDoubleClick: (id) => void this.load(id),
          onEdgeClick: (id) => this.selectTie(id),
          onStageClick: () => undefined,
          onHover: (id) =>
            this.view?.setDisplay({
              hovered: id,
              hoveredNeighbours: new Set(id ? this.partners.graph.neighbors(id) : []),
            }),
          onPointerOver: (target) => this.showTooltip(target),
        },
        { undirected: true },
      );
    } catch (error) {
      this.failure.hidden = false;
      replaceChildren(
        this.failure,
        h("p", { role: "alert" }, this.i18n().t("error.webgl")),
        h("p", { className: "details" }, error instanceof Error ? error.message : String(error)),
      );
    } finally {
      this.creating = false;
    }
  }

  private applyDisplay(): void {
    const i18n = this.i18n();
    this.view?.setDisplay({
      selected: this.context?.selected ?? null,
      selectedEdge: this.selectedTie,
      nodeLabel: (attrs) => i18n.name(attrs),
      edgeLabel: () => "",
      allEdgeLabels: false,
    });
  }

  /** The graph tab's size changed or it was shown again. */
  resize(): void {
    this.view?.resize();
  }

  fit(): void {
    this.view?.fit();
  }

  destroy(): void {
    this.view?.destroy();
    this.view = null;
  }

  private selectTie(id: string | null): void {
    this.selectedTie = id;
    this.applyDisplay();
    this.renderDetails();
  }

  private onKey(event: KeyboardEvent): void {
    const focus = this.context?.selected ?? null;
    switch (event.key) {
      case "Enter":
      case "e":
      case "E":
        if (focus && this.partners.graph.hasNode(focus)) void this.load(focus);
        break;
      default:
        if (!cameraKey(event, this.view)) return;
    }
    event.preventDefault();
  }

  private renderMessage(): void {
    const i18n = this.i18n();
    const loading = [...this.loads].filter(([, l]) => l.kind === "loading").map(([id]) => id);
    const failed = [...this.loads].filter(([, l]) => l.kind === "error") as [
      string,
      { kind: "error"; error: unknown },
    ][];
    const parts: (HTMLElement | null)[] = [];
    if (loading.length > 0)
      parts.push(h("p", {}, i18n.t("partners.loading", { name: loading.map((id) => this.name(id)).join(", ") })));
    for (const [id, load] of failed) {
      parts.push(
        h(
          "p",
          { role: "alert", className: "error-box small" },
          `${this.name(id)}: ${errorText(load.error, i18n).message} `,
          h("button", { type: "button", className: "small", onclick: () => void this.load(id) }, i18n.t("error.retry")),
        ),
      );
    }
    if (this.partners.graph.order === 0 && loading.length === 0) {
      const selected = this.context?.selected ?? null;
      const loaded = selected !== null ? this.loads.get(selected) : undefined;
      parts.push(h("p", {}, loaded?.kind === "loaded" ? i18n.t("panel.partnersNone") : i18n.t("partners.empty")));
    } else if (this.partners.graph.order > 0) {
      parts.push(
        h(
          "p",
          { className: "muted small" },
          i18n.t("partners.count", {
            nodes: i18n.number(this.partners.graph.order),
            ties: i18n.number(this.partners.graph.size),
          }),
        ),
      );
    }
    replaceChildren(this.message, ...parts);
  }

  private renderDetails(): void {
    const i18n = this.i18n();
    const tie = this.selectedTie !== null ? this.partners.tie(this.selectedTie) : undefined;
    if (!tie) {
      replaceChildren(this.details, this.tieList(i18n));
      return;
    }
    const item = (id: string) => {
      const attrs = this.nodes.get(id);
      if (!attrs) return h("li", {}, id);
      const ref: EntityRef = { id, name: attrs.label, entityType: attrs.entityType, names: attrs.names ?? null };
      const date = i18n.partialRange(attrs.start, attrs.end);
      return h(
        "li",
        { className: "partners-tie-item" },
        h(
          "button",
          { type: "button", className: "link-button", onclick: () => this.events.open(ref) },
          entityBadge(attrs.entityType, 14),
          i18n.name(attrs),
        ),
        h(
          "span",
          { className: "muted" },
          [i18n.kindLabel(attrs.entityType, attrs.kind), date, sourceCountText(attrs.sourceCount, i18n)]
            .filter((s) => s.length > 0)
            .map((s) => ` · ${s}`)
            .join(""),
        ),
      );
    };
    replaceChildren(
      this.details,
      h(
        "button",
        { type: "button", className: "link-button small partners-back", onclick: () => this.selectTie(null) },
        i18n.t("partners.allTies"),
      ),
      // The selected entity first: "Région Bourgogne-Franche-Comté and Préfecture de Kumamoto" from the region.
      h(
        "h3",
        {},
        tie.b === this.context?.selected
          ? i18n.t("partners.tieTitle", { a: this.name(tie.b), b: this.name(tie.a) })
          : i18n.t("partners.tieTitle", { a: this.name(tie.a), b: this.name(tie.b) }),
      ),
      h("p", {}, tieCountsText(tie.agreements.length, tie.events.length, i18n)),
      tie.agreements.length === 0
        ? null
        : [
            h("h4", {}, i18n.t("partners.tieAgreements")),
            h("ul", { className: "plain-list" }, tie.agreements.map(item)),
          ],
      tie.events.length === 0
        ? null
        : [h("h4", {}, i18n.t("partners.tieEvents")), h("ul", { className: "plain-list" }, tie.events.map(item))],
      tie.leftOut > 0 ? h("p", { className: "muted small" }, i18n.t("partners.leftOut", { count: tie.leftOut })) : null,
    );
  }

  /**
   * The ties as a list beside the picture, most first: those of the selected entity when it is drawn, else all (the
   * first LISTED_TIES). Each opens what the line behind it stands for, so the view works without a pointer too.
   */
  private tieList(i18n: I18n): HTMLElement[] {
    const selected = this.context?.selected ?? null;
    const graph = this.partners.graph;
    if (graph.size === 0) return [];
    const around = selected !== null && graph.hasNode(selected) ? selected : null;
    const ids = (around !== null ? graph.edges(around) : graph.edges())
      .map((id) => ({ id, tie: this.partners.tie(id)! }))
      .sort((p, q) => q.tie.weight - p.tie.weight || (p.id < q.id ? -1 : 1));
    const shown = ids.slice(0, LISTED_TIES);
    const label = (tie: ShownTie) =>
      around !== null
        ? this.name(tie.a === around ? tie.b : tie.a)
        : i18n.t("partners.tieTitle", { a: this.name(tie.a), b: this.name(tie.b) });
    const parts: (HTMLElement | null)[] = [
      h("h3", {}, around !== null ? i18n.t("partners.tiesOf", { name: this.name(around) }) : i18n.t("partners.ties")),
      h("p", { className: "muted small" }, i18n.t("partners.tieHint")),
      h(
        "ol",
        { className: "plain-list partners-ties" },
        shown.map(({ id, tie }) =>
          h(
            "li",
            {},
            h(
              "button",
              { type: "button", className: "link-button", "data-tie": id, onclick: () => this.selectTie(id) },
              label(tie),
            ),
            h("span", { className: "muted" }, ` — ${tieCountsText(tie.agreements.length, tie.events.length, i18n)}`),
          ),
        ),
      ),
      ids.length > shown.length
        ? h("p", { className: "muted small" }, i18n.t("partners.more", { count: ids.length - shown.length }))
        : null,
    ];
    return parts.filter((e): e is HTMLElement => e !== null);
  }

  private showTooltip(target: { kind: "node" | "edge"; id: string; x: number; y: number } | null): void {
    const graph = this.partners.graph;
    const i18n = this.i18n();
    if (target?.kind === "node" && graph.hasNode(target.id)) {
      this.tooltip.show(nodeTooltip(graph.getNodeAttributes(target.id), i18n), target.x, target.y, i18n);
      return;
    }
    const tie = target?.kind === "edge" ? this.partners.tie(target.id) : undefined;
    if (!target || !tie) {
      this.tooltip.hide();
      return;
    }
    this.tooltip.showTie(
      tieTooltip(tie, (id) => this.nodes.get(id), i18n),
      target.x,
      target.y,
    );
  }
}

/** The hover card of a tie: the two names, the ties counted by kind and the first few named with their dates. */
export function tieTooltip(
  tie: ShownTie,
  node: (id: string) => TieNode | undefined,
  i18n: I18n,
): { title: string; lines: string[] } {
  const name = (id: string) => {
    const attrs = node(id);
    return attrs ? i18n.name(attrs) : id;
  };
  const shown = [...tie.agreements, ...tie.events].slice(0, 4).map((id) => {
    const attrs = node(id);
    const date = attrs ? i18n.partialRange(attrs.start, attrs.end) : "";
    return date ? `${name(id)} (${date})` : name(id);
  });
  const more = tie.weight - shown.length;
  return {
    title: i18n.t("partners.tieTitle", { a: name(tie.a), b: name(tie.b) }),
    lines: [
      tieCountsText(tie.agreements.length, tie.events.length, i18n),
      ...shown,
      more > 0 ? i18n.t("partners.more", { count: more }) : "",
    ].filter((l) => l.length > 0),
  };
}
