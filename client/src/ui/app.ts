// The explorer: owns the view state, the graph model and the renderer, and wires the panels to them.
// Every change of what is shown goes through here and ends in `syncUrl`, so the address bar always holds a
// link that reproduces the view.

import type { ExplorerApi, FilterOptions } from "../api/explorer-api";
import { ENTITY_TYPES, type Connections, type CountBucket, type EntityRef, type EntityType, type GraphEdge, type GraphNode, type Path, type Subgraph } from "../api/types";
import { edgesCsv, nodesCsv } from "../export/csv";
import { shownTextOf } from "../export/shown-columns";
import { downloadBlob, exportFileStem, svgToPng } from "../export/download";
import { toGraphML } from "../export/graphml";
import { toSvg, withDateCaptions, withEvidenceMarks } from "../export/svg";
import { figureSourceLine, fitLabels, framedFigure, sceneLegend, type FramedFigure } from "../export/figure";
import type { Scene } from "../render/scene";
import type { NodeAttributes } from "../graph/attributes";
import { filterPredicate, hiddenByEachGroup, inTimeWindow, toGraphFilter, yearRange, type TimeWindow, type ViewFilter } from "../graph/filters";
import { keepsTie, tiesHiddenByEach, type EvidenceFilter } from "../graph/evidence-filter";
import { mapScene } from "../graph/map-scene";
import { mark, MARKS } from "../graph/marks";
import { groupNeighbours, openedNodes, shouldGroup, withOpening } from "../graph/neighbour-groups";
import { CommunityColouring } from "./community-colouring";
import { GraphModel } from "../graph/model";
import { I18n, type MessageKey, type Params } from "../i18n/i18n";
import { isNodeShown } from "../render/reducers";
import type { GraphView } from "../render/sigma-view";
import { decodeViewState, encodeViewState, preferredLanguage } from "../state/url-state";
import type { Language, ViewMode, ViewState } from "../state/view-state";
import { h, replaceChildren } from "./dom";
import { errorText } from "./error-text";
import { FilterPanel, TimeSlider } from "./filter-panel";
import { directionOfKey, nearestInDirection, nearestTo } from "./graph-keyboard";
import { Legend } from "./legend";
import { NodeSizing } from "./node-sizing";
import { SizeChoice } from "./size-choice";
import type { SizeMeasure } from "../graph/size-measure";
import { ListView } from "./list-view";
import { MapPanel } from "./map-panel";
import { NeighbourGroupsPanel } from "./neighbour-groups-panel";
import { PartnersView } from "./partners-view";
import { PathFinder, type PathOptions } from "./path-finder";
import { SearchBox } from "./search-box";
import { buildShell, type ShellParts } from "./shell";
import { renderAccountMenu } from "./account-menu";
import { signOut, type AccountUser } from "../api/account";
import { whoseKey, type StewardKeyStore } from "../api/steward-key";
import { renderStewardKeyButton } from "./steward-key-dialog";
import { cameraButtons, cameraKey } from "./camera-buttons";
import { edgeTooltip, GraphTooltip, nodeTooltip } from "./graph-tooltip";
import { SidePanel } from "./side-panel";
import { SourceReader } from "./source-reader";
import { TIMELINE_FIRST, TimelineView } from "./timeline-view";
import { ChangesPanel } from "./changes-panel";
import { changeHighlight, NO_CHANGES, type ChangeHighlight, type ChangeWindow } from "../graph/changes";
import type { DatedChange, DatedChanges } from "../api/changes-types";
import { revealDrawerOf } from "./drawers";

/** Nodes asked for per expansion (the schema's default). */
const NEIGHBOURHOOD_LIMIT = 200;
/** Above this many edges, labels are drawn only around the hovered or selected node (and not around a node with more). */
const ALL_EDGE_LABELS_MAX = 80;
const WELCOME_EXAMPLES = ["JAXA", "Expo 2025", "Osaka"];

export interface AppOptions {
  api: ExplorerApi;
  root: HTMLElement;
  maxNodes?: number;
  /** The signed-in user, when the server signed one in: shown with a sign-out button. */
  user?: AccountUser | null;
  /** The tab's steward key (when the server answers /account): the header offers the steward-key dialog to a reader
   *  not signed in, and signing out forgets the key. */
  stewardKeys?: StewardKeyStore;
}

/**
 * On a small screen the panels stack and the graph starts below the fold, so choosing a result would seem to do
 * nothing: scroll what it changed into view when its top is not in the upper half of the window.
 */
function bringIntoView(element: HTMLElement): void {
  const top = element.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight / 2) element.scrollIntoView?.({ block: "start", behavior: "smooth" });
}

export class App {
  private readonly api: ExplorerApi;
  private readonly root: HTMLElement;
  readonly model: GraphModel;
  private state: ViewState;
  private i18n: I18n;
  private shell!: ShellParts;
  private view: GraphView | null = null;
  private readonly tooltip = new GraphTooltip();
  private search!: SearchBox;
  private panel!: SidePanel;
  private reader!: SourceReader;
  private filters!: FilterPanel;
  private timeSlider!: TimeSlider;
  private pathFinder!: PathFinder;
  private legend!: Legend;
  /** What node size shows (the legend's choice) and the radii it gives (ui/node-sizing.ts). */
  private sizeChoice!: SizeChoice;
  private readonly sizing: NodeSizing;
  private timeline!: TimelineView;
  private list!: ListView;
  private mapPanel!: MapPanel;
  private groupsPanel!: NeighbourGroupsPanel;
  private partnersView: PartnersView | null = null;
  private changesPanel!: ChangesPanel;
  /** The answer of the "what changed" window, and what of it the graph draws. */
  private changes: DatedChange[] = [];
  private changed: ChangeHighlight = NO_CHANGES;
  /** The neighbourhood of a hub offered as groups rather than drawn (null when none is offered). */
  private groupOffer: { anchor: string; subgraph: Subgraph } | null = null;
  private options: FilterOptions | null = null;
  private counts: CountBucket[] = [];
  private optionsError: unknown = null;
  private paths: Path[] = [];
  private pathHighlight: { nodes: Set<string>; edges: Set<string> } = { nodes: new Set(), edges: new Set() };
  /** Nodes coloured by community rather than by kind (the legend's choice). */
  private colourByCommunity = false;
  /** Counts the model's changes, so what is derived from the whole graph is computed again only after one. */
  private modelRevision = 0;
  private readonly communityColouring: CommunityColouring;
  /** Camera kept across a rebuild of the page. */
  private camera: GraphView["camera"] | null = null;
  /** Increases at each rebuild, so a renderer that finishes loading after a rebuild is discarded. */
  private generation = 0;
  private busy = 0;
  private lastRetry: (() => void) | null = null;
  /** The view the page was opened with; `restore` replays it. */
  private readonly initial: ViewState;
  /** False until the opening view is restored, so the URL is not rewritten with a half-restored view. */
  private ready = false;
  private readonly user: AccountUser | null;
  private readonly stewardKeys: StewardKeyStore | null;

  constructor(options: AppOptions) {
    this.api = options.api;
    this.root = options.root;
    this.user = options.user ?? null;
    this.stewardKeys = options.stewardKeys ?? null;
    this.model = new GraphModel(options.maxNodes);
    this.state = decodeViewState(location.search, preferredLanguage(navigator.languages ?? [navigator.language]));
    this.initial = structuredClone(this.state);
    this.i18n = new I18n(this.state.language);
    this.sizing = new NodeSizing(this.model.graph, (attrs) => this.i18n.name(attrs), {
      sizes: (sizes) => this.view?.setDisplay({ sizes }),
      legend: (measure, largest, measuring) => this.sizeChoice.show(measure, largest, measuring),
    }, this.state.size);
    this.colourByCommunity = this.state.communities;
    this.communityColouring = new CommunityColouring(this.model.graph, () => {
      mark(MARKS.coloured);
      this.applyDisplay();
    });
    this.model.onChange(() => this.onModelChange());
  }

  async start(): Promise<void> {
    this.build();
    document.addEventListener("keydown", (e) => this.onGlobalKey(e));
    window.addEventListener("resize", () => {
      this.view?.resize();
      if (this.state.view === "map") this.mapPanel.resize();
      if (this.state.view === "partners") this.partnersView?.resize();
    });
    void this.loadOptions();
    try {
      await this.restore();
    } finally {
      this.ready = true;
      this.syncUrl();
    }
  }

  /** Ends the session and reloads the start page, which then asks to sign in again. */
  private async signOut(): Promise<void> {
    this.stewardKeys?.clear();
    await signOut((input, init) => globalThis.fetch(input, init));
    location.assign("/");
  }

  /** The header's account part: who is signed in (by the server, or by the tab's steward key) with the way out, else
   *  the steward-key dialog's button where the server can say whose a key is. */
  private accountPart(): HTMLElement | null {
    if (this.user) {
      const byKey = this.stewardKeys?.get() != null;
      return renderAccountMenu(this.user, this.i18n, () => void this.signOut(), byKey ? "stewardKey.signedInAs" : "account.signedInAs");
    }
    const keys = this.stewardKeys;
    if (!keys) return null;
    return renderStewardKeyButton(this.i18n, {
      verify: (key) => whoseKey((input, init) => globalThis.fetch(input, init), key),
      signedIn: (_user, key) => {
        // Start again with the key: every request then carries it, and the header names the steward.
        if (keys.set(key)) location.reload();
      },
    });
  }

  // ---- building and language ----

  private build(searchText = "", openSections: Record<string, boolean> = { filters: true, time: true, path: false, legend: true }): void {
    const i18n = () => this.i18n;
    document.documentElement.lang = this.state.language;
    document.title = `${this.i18n.t("app.title")}`;
    this.camera = this.view?.camera ?? this.camera;
    this.view?.destroy();
    this.view = null;

    this.shell = buildShell({
      i18n: this.i18n,
      endpoint: this.api.endpoint,
      view: this.state.view,
      openSections,
      onLanguage: (language) => this.setLanguage(language),
      onView: (view) => this.setView(view),
      account: this.accountPart(),
    });
    this.search = new SearchBox({
      api: this.api, i18n, label: "search.label", placeholder: true,
      onChoose: (entity) => void this.open(entity),
      onConnect: (from, to) => void this.connectBetween(from, to),
    });
    if (searchText) this.search.input.value = searchText;
    this.reader?.close();
    this.reader?.element.remove();
    this.reader = new SourceReader(this.api, i18n);
    this.panel = new SidePanel(this.api, i18n, {
      openSource: (citation) => void this.reader.open(citation),
      navigate: (entity) => void this.open(entity),
      expand: (id) => void this.expand(id),
      isInGraph: (id) => this.model.has(id),
      close: () => this.select(null),
      connectionsFrom: (entity) => this.connectionsFrom(entity),
      canCorrect: () => this.user?.steward === true,
      corrected: (id) => void this.redrawCorrected(id),
      tieAdded: (edge, other) => this.drawTie(edge, other),
      tieRemoved: (edgeId) => this.model.dropEdge(edgeId),
    });
    this.filters = new FilterPanel(i18n, {
      setFilter: (filter) => this.setFilter(filter),
      setWindow: (window) => this.setWindow(window),
      setEvidence: (evidence) => this.setEvidence(evidence),
      retryOptions: () => void this.loadOptions(),
    }, { filter: this.state.filter, evidence: this.state.evidence, window: this.state.window, years: null, options: this.options, optionsError: this.optionsError, hiddenByFilters: 0 });
    this.timeSlider = new TimeSlider(i18n, (window) => this.setWindow(window), this.state.window, null);
    this.pathFinder = new PathFinder(this.api, i18n, {
      findPaths: (from, to, options) => this.findPaths(from, to, options),
      clearPaths: () => this.clearPaths(),
      selected: () => this.selectedRef(),
      highlight: (index) => this.highlightPath(index),
    });
    this.changesPanel = new ChangesPanel(i18n, {
      show: (window) => this.showChanges(window),
      clear: () => this.clearChanges(),
      open: (entity) => void this.open(entity),
      isInGraph: (id) => this.model.has(id),
    }, this.state.changes);
    this.legend = new Legend(i18n, (on) => this.setColourByCommunity(on));
    this.sizeChoice = new SizeChoice(i18n, this.sizing.current, (measure) => this.chooseSize(measure));
    this.timeline = new TimelineView(i18n, (entity) => void this.open(entity),
      () => this.api.timeline(toGraphFilter(this.state.filter, this.state.window, this.state.evidence), TIMELINE_FIRST));
    this.list = new ListView(i18n, (entity) => void this.open(entity), (id) => void this.expand(id), (day) => this.setAsOf(day));
    this.mapPanel = new MapPanel(i18n, { select: (id) => this.select(id) });
    this.groupsPanel = new NeighbourGroupsPanel(i18n, {
      open: (entityType, shown) => this.openGroup(entityType, shown),
      openAll: () => this.openAllGroups(),
      close: () => this.closeGroups(),
    });

    this.shell.searchSlot.append(this.search.element);
    this.shell.detailsSlot.append(this.groupsPanel.element, this.panel.element, this.reader.element);
    this.shell.filterSlot.append(this.filters.element);
    this.shell.timeSlot.append(this.timeSlider.element, this.changesPanel.element);
    this.shell.pathSlot.append(this.pathFinder.element);
    this.shell.legendSlot.append(this.sizeChoice.element, this.legend.element);
    this.shell.panels.timeline.append(this.timeline.element);
    this.shell.panels.list.append(this.list.element);
    this.shell.panels.map.append(this.mapPanel.element);
    this.buildPartnersView();
    replaceChildren(this.root, this.shell.root);

    this.buildCameraControls();
    this.renderGroups();
    void this.createGraphView();
    this.bindGraphKeys();
    if (this.state.focus) void this.panel.showEntity(this.state.focus);
    this.onModelChange();
  }

  /**
   * The renderer (sigma.js, WebGL) is loaded as its own chunk: if it cannot load or start (no WebGL), the page
   * says so and the list and timeline views still work.
   */
  private async createGraphView(): Promise<void> {
    const generation = ++this.generation;
    const container = this.shell.graphContainer;
    try {
      const { GraphView } = await import("../render/sigma-view");
      if (generation !== this.generation) return;
      this.view = new GraphView(container, this.model, {
        onNodeClick: (id) => this.select(id),
        onNodeDoubleClick: (id) => void this.expand(id),
        onEdgeClick: (id) => this.selectEdge(id),
        onStageClick: () => undefined,
        onHover: (id) => this.view?.setDisplay({ hovered: id, hoveredNeighbours: new Set(id ? this.model.graph.neighbors(id) : []) }),
        onPointerOver: (target) => this.showTooltip(target),
      });
      container.parentElement?.append(this.tooltip.element);
      void this.useWorkerLayout();
      this.applyDisplay();
      if (this.camera) this.view.camera = this.camera;
      this.renderToolbar();
    } catch (error) {
      if (generation !== this.generation) return;
      this.view = null;
      this.shell.graphMessage.hidden = false;
      replaceChildren(this.shell.graphMessage, h("p", { role: "alert" }, this.i18n.t("error.webgl")), h("p", { className: "details" }, error instanceof Error ? error.message : String(error)));
    }
  }

  /** New nodes go on settling in a web worker once the renderer runs (graph/layout-worker.ts, its own chunk). */
  private async useWorkerLayout(): Promise<void> {
    const { WorkerLayout } = await import("../graph/layout-worker");
    if (WorkerLayout.available()) this.model.useBackgroundLayout(new WorkerLayout(this.model.graph));
  }

  private setLanguage(language: Language): void {
    if (language === this.state.language) return;
    this.state.language = language;
    this.i18n = new I18n(language);
    const open = Object.fromEntries(Object.entries(this.shell.sections).map(([k, d]) => [k, d.open]));
    const text = this.search.value;
    const pathEnds = this.state.path;
    this.build(text, open);
    if (pathEnds) this.prefillPathFinder(pathEnds);
    this.shell.languageSelect.focus();
    this.syncUrl();
  }

  private setView(view: ViewMode): void {
    this.state.view = view;
    for (const [mode, tab] of Object.entries(this.shell.tabs) as [ViewMode, HTMLButtonElement][]) {
      const active = mode === view;
      tab.setAttribute("aria-selected", active ? "true" : "false");
      tab.tabIndex = active ? 0 : -1;
      this.shell.panels[mode].hidden = !active;
    }
    if (view === "graph") this.view?.resize();
    if (view === "partners") this.partnersView?.resize();
    this.renderSecondaryViews();
    this.syncUrl();
  }

  // ---- toolbar and camera ----

  private renderToolbar(): void {
    const t = (key: MessageKey, params?: Params) => this.i18n.t(key, params);
    const focus = this.state.focus !== null && this.model.has(this.state.focus) ? this.state.focus : null;
    const pinned = focus !== null && this.model.graph.getNodeAttribute(focus, "pinned");
    const hidden = this.model.hiddenIds().length;
    const empty = this.model.graph.order === 0;
    const active = document.activeElement instanceof HTMLElement && this.shell.toolbar.contains(document.activeElement) ? document.activeElement.dataset["action"] : undefined;
    const button = (action: string, label: string, onclick: () => void, disabled: boolean, shortcut?: string) =>
      h("button", { type: "button", "data-action": action, disabled, onclick, "aria-keyshortcuts": shortcut }, label);
    const exportMenu = h("details", { className: "menu export-menu" },
      h("summary", {}, t("export.title")),
      h("div", { className: "menu-body" }, empty ? h("p", { className: "muted" }, t("export.empty")) : h("ul", { className: "plain-list" },
        h("li", {}, button("png", t("export.png"), () => void this.exportAs("png"), this.view === null)),
        h("li", {}, button("svg", t("export.svg"), () => void this.exportAs("svg"), this.view === null)),
        h("li", {}, button("nodes", t("export.nodesCsv"), () => void this.exportAs("nodes"), false)),
        h("li", {}, button("edges", t("export.edgesCsv"), () => void this.exportAs("edges"), false)),
        h("li", {}, button("graphml", t("export.graphml"), () => void this.exportAs("graphml"), false)))));
    const wasOpen = this.shell.toolbar.querySelector<HTMLDetailsElement>(".export-menu")?.open ?? false;
    exportMenu.open = wasOpen;
    replaceChildren(this.shell.toolbar,
      button("expand", t("toolbar.expand"), () => focus && void this.expand(focus), focus === null, "Enter E"),
      button("hide", t("toolbar.hide"), () => focus && this.hide(focus), focus === null, "H"),
      button("pin", t(pinned ? "toolbar.unpin" : "toolbar.pin"), () => focus && this.model.setPinned(focus, !pinned), focus === null, "P"),
      button("unhide", t("toolbar.showHidden", { count: hidden }), () => this.model.unhideAll(), hidden === 0),
      h("span", { className: "toolbar-sep", "aria-hidden": "true" }),
      button("undo", t("toolbar.undo"), () => this.undo(), !this.model.canUndo, "Control+Z"),
      button("redo", t("toolbar.redo"), () => this.redo(), !this.model.canRedo, "Control+Y"),
      button("clear", t("toolbar.clear"), () => this.clearGraph(), empty),
      button("share", t("toolbar.share"), () => void this.copyLink(), false),
      exportMenu,
      ...this.briefingButtons(focus, empty));
    if (active) this.shell.toolbar.querySelector<HTMLElement>(`[data-action="${active}"]`)?.focus();
  }

  private buildCameraControls(): void {
    replaceChildren(this.shell.cameraControls, cameraButtons(this.i18n, () => this.view));
  }

  private bindGraphKeys(): void {
    this.shell.graphContainer.addEventListener("keydown", (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const direction = directionOfKey(event.key);
      const focus = this.state.focus !== null && this.model.has(this.state.focus) ? this.state.focus : null;
      if (direction) {
        event.preventDefault();
        this.moveFocus(direction);
        return;
      }
      switch (event.key) {
        case "Enter":
        case "e":
        case "E":
          if (focus) void this.expand(focus);
          break;
        case "h":
        case "H":
          if (focus) this.hide(focus);
          break;
        case "p":
        case "P":
          if (focus) this.model.setPinned(focus, !this.model.graph.getNodeAttribute(focus, "pinned"));
          break;
        case "Escape":
          this.select(null);
          break;
        default:
          if (!cameraKey(event, this.view)) return;
      }
      event.preventDefault();
    });
  }

  private moveFocus(direction: "left" | "right" | "up" | "down"): void {
    const view = this.view;
    if (!view) return;
    const points: { id: string; x: number; y: number }[] = [];
    const display = view.displayState;
    this.model.graph.forEachNode((id, attrs) => {
      if (!isNodeShown(id, attrs, display)) return;
      const p = view.screenPosition(id);
      if (p) points.push({ id, ...p });
    });
    if (points.length === 0) {
      this.announce("graph.empty");
      return;
    }
    const current = this.state.focus ? points.find((p) => p.id === this.state.focus) : undefined;
    const rect = this.shell.graphContainer.getBoundingClientRect();
    const next = current ? nearestInDirection(current, points, direction) : nearestTo(rect.width / 2, rect.height / 2, points);
    if (!next) return;
    this.select(next, { announce: true });
    view.reveal(next);
  }

  private onGlobalKey(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      // Close an open menu (export, examples) and give focus back to its button.
      for (const menu of this.shell.root.querySelectorAll<HTMLDetailsElement>("details.menu[open]")) {
        menu.open = false;
        menu.querySelector<HTMLElement>("summary")?.focus();
      }
    }
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if (key === "y" || (key === "z" && event.shiftKey)) {
      event.preventDefault();
      this.redo();
    }
  }

  // ---- data ----

  /** Filter choices and the database's size (for the welcome). A failure here is the first sign of a server down. */
  private async loadOptions(): Promise<void> {
    const aggregates = this.api.aggregates().then(
      (a) => { this.counts = a.entitiesByType; this.renderWelcome(); },
      () => undefined, // the welcome simply shows no counts
    );
    try {
      this.options = await this.api.filterOptions();
      this.optionsError = null;
    } catch (error) {
      this.optionsError = error;
      if (this.shell.errorBanner.childElementCount === 0) this.showError(error, () => void this.loadOptions());
    }
    this.filters.update({ options: this.options, optionsError: this.optionsError });
    await aggregates;
  }

  /** Replays a shared link: expands the same nodes in the same order, hides, selects and traces the same. */
  private async restore(): Promise<void> {
    const s = this.initial;
    for (const id of s.partners) void this.partnersView?.load(id);
    // A link with groups of a hub opened in part names that hub in `g`, not as expanded.
    const ids = s.expanded.length > 0 ? s.expanded : s.focus && s.groups.length === 0 ? [s.focus] : [];
    const groupAnchors = [...new Set(s.groups.map((g) => g.anchor))].filter((anchor) => !ids.includes(anchor));
    if (ids.length === 0 && groupAnchors.length === 0 && s.path === null) return;
    this.setStatus("status.restoring");
    this.setBusy(+1);
    try {
      const results = await Promise.allSettled([...ids, ...groupAnchors].map((id) => this.api.neighbourhood(id, { depth: 1, limit: NEIGHBOURHOOD_LIMIT })));
      let failure: unknown = null;
      results.forEach((result, i) => {
        if (result.status === "rejected") failure ??= result.reason;
        else if (i < ids.length) this.model.merge(result.value.nodes, result.value.edges, { anchor: ids[i]!, record: false });
        else {
          // The rest of the hub's neighbourhood is offered again, as when it was first expanded.
          const anchor = groupAnchors[i - ids.length]!;
          this.model.merge(openedNodes(result.value.nodes, anchor, s.groups), result.value.edges, { anchor, markExpanded: false, record: false });
          this.groupOffer = { anchor, subgraph: result.value };
        }
      });
      for (const id of s.hidden) if (this.model.has(id)) this.model.graph.setNodeAttribute(id, "hiddenByUser", true);
      this.model.resetHistory();
      this.renderGroups();
      this.onModelChange();
      this.view?.fit();
      if (failure !== null) {
        this.setStatus(null);
        // One outage fails every request of the opening: trying again retries the filter choices too.
        this.showError(failure, () => {
          if (this.optionsError !== null) void this.loadOptions();
          void this.restore();
        });
      } else if (ids.length > 0) {
        this.setStatus("status.added", { count: this.model.graph.order });
      }
      if (s.focus) this.select(s.focus);
      if (s.path) {
        this.prefillPathFinder(s.path);
        this.shell.sections["path"]!.open = true;
        await this.pathFinder.run();
        this.model.resetHistory();
        this.renderToolbar();
      }
      if (s.changes) {
        this.shell.sections["time"]!.open = true;
        await this.changesPanel.run();
      }
    } finally {
      this.setBusy(-1);
    }
  }

  private prefillPathFinder(path: NonNullable<ViewState["path"]>): void {
    this.pathFinder.setEnds(this.refOf(path.from), this.refOf(path.to), { maxLength: path.maxLength, through: path.through });
  }

  /** A two-name search's proposal: traces the connections between the two in the path finder. */
  private async connectBetween(from: EntityRef, to: EntityRef): Promise<void> {
    const section = this.shell.sections["path"];
    if (section) section.open = true;
    this.pathFinder.setEnds(from, to);
    await this.pathFinder.run();
    bringIntoView(this.shell.pathSlot);
  }

  /** "Connections to…" in an entity's details: opens the path finder with the entity as its start. */
  private connectionsFrom(entity: EntityRef): void {
    const section = this.shell.sections["path"];
    if (section) section.open = true;
    this.pathFinder.startFrom(entity);
  }

  private refOf(id: string): EntityRef {
    if (this.model.has(id)) {
      const a = this.model.graph.getNodeAttributes(id);
      return { id, name: a.label, entityType: a.entityType, names: a.names };
    }
    return { id, name: id, entityType: "ORGANIZATION" };
  }

  /** Shows an entity: selects it if drawn, else loads its neighbourhood first. */
  async open(entity: EntityRef): Promise<void> {
    // A first expansion fits the whole graph in view; moving the camera to the entity then would push its
    // neighbours out of sight.
    const wasEmpty = this.model.graph.order === 0;
    if (!this.model.has(entity.id)) await this.expand(entity.id);
    if (this.model.has(entity.id)) {
      this.select(entity.id);
      if (!wasEmpty) this.view?.reveal(entity.id);
      bringIntoView(this.state.view === "graph" ? this.shell.graphContainer : this.shell.panels[this.state.view]);
    } else {
      void this.panel.showEntity(entity.id);
      bringIntoView(this.shell.detailsSlot);
    }
  }

  /**
   * After a steward's correction: reads the entity again as the graph draws it and refreshes that one node (its label,
   * its dates) in place, adding nothing around it. Failing is harmless: the panel already shows the server's answer.
   */
  private async redrawCorrected(id: string): Promise<void> {
    if (!this.model.has(id)) return;
    try {
      const subgraph = await this.api.neighbourhood(id, { depth: 1, limit: 1 });
      this.model.merge(subgraph.nodes.filter((n) => n.id === id), [], { record: false });
    } catch {
      // The next expansion refreshes it.
    }
  }

  /** After a steward added a tie: draws it, with its other end beside the entity when that one is drawn. */
  private drawTie(edge: GraphEdge, other: GraphNode): void {
    const anchor = other.id === edge.source ? edge.target : edge.source;
    if (!this.model.has(anchor)) return;
    this.model.merge([other], [edge], { anchor, record: false, markExpanded: false });
  }

  /** Merges the neighbourhood of `id` around it. */
  async expand(id: string): Promise<void> {
    this.setStatus("status.loading");
    this.setBusy(+1);
    try {
      const subgraph = await this.api.neighbourhood(id, { depth: 1, limit: NEIGHBOURHOOD_LIMIT });
      mark(MARKS.received);
      const wasEmpty = this.model.graph.order === 0;
      this.view?.markNextFrame(MARKS.drawn);
      if (shouldGroup(subgraph.nodes.filter((n) => n.id !== id && !this.model.has(n.id)).length)) {
        this.offerGroups(id, subgraph);
        if (wasEmpty) this.view?.fit();
        return;
      }
      const result = this.model.merge(subgraph.nodes, subgraph.edges, { anchor: id });
      this.clearError();
      if (result.skippedNodes > 0) this.setStatus("status.guard", { max: this.model.maxNodes, count: result.skippedNodes });
      else if (subgraph.truncated) this.setStatus("status.truncated");
      else if (result.addedNodes.length === 0) this.setStatus("status.nothingNew");
      else this.setStatus("status.added", { count: result.addedNodes.length });
      if (this.state.focus === null || !this.model.has(this.state.focus)) this.select(id);
      if (wasEmpty) this.view?.fit();
      this.syncUrl();
    } catch (error) {
      this.setStatus(null);
      this.showError(error, () => void this.expand(id));
    } finally {
      this.setBusy(-1);
    }
  }

  // ---- a hub's neighbours offered by kind (graph/neighbour-groups.ts)

  /** Draws the hub (and what of its neighbourhood is already open) and offers the rest grouped by kind. */
  private offerGroups(anchor: string, subgraph: Subgraph): void {
    this.groupOffer = { anchor, subgraph };
    this.model.merge(openedNodes(subgraph.nodes, anchor, this.state.groups), subgraph.edges, { anchor, markExpanded: false });
    this.clearError();
    const waiting = subgraph.nodes.filter((n) => n.id !== anchor && !this.model.has(n.id)).length;
    this.setStatus("status.grouped", { name: this.i18n.name(this.model.graph.getNodeAttributes(anchor)), count: waiting });
    if (this.state.focus === null || !this.model.has(this.state.focus)) this.select(anchor);
    this.renderGroups();
    // On a phone the offer sits in the details drawer: opened, or the expansion would seem to do nothing.
    revealDrawerOf(this.groupsPanel.element);
    this.syncUrl();
  }

  private openGroup(entityType: EntityType, shown: number): void {
    const offer = this.groupOffer;
    if (!offer) return;
    this.state.groups = withOpening(this.state.groups, { anchor: offer.anchor, entityType, shown });
    const groups = groupNeighbours(offer.subgraph.nodes, offer.anchor);
    const everything = groups.every((g) => this.state.groups.some((o) => o.anchor === offer.anchor && o.entityType === g.entityType && o.shown >= g.ids.length));
    if (everything) {
      this.openAllGroups();
      return;
    }
    const result = this.model.merge(openedNodes(offer.subgraph.nodes, offer.anchor, this.state.groups), offer.subgraph.edges, { anchor: offer.anchor, markExpanded: false });
    this.setStatus("status.added", { count: result.addedNodes.length });
    this.renderGroups();
    this.syncUrl();
  }

  /** Draws the whole neighbourhood: the hub is expanded like any other node, and its openings are forgotten. */
  private openAllGroups(): void {
    const offer = this.groupOffer;
    if (!offer) return;
    this.groupOffer = null;
    this.state.groups = this.state.groups.filter((g) => g.anchor !== offer.anchor);
    this.view?.markNextFrame(MARKS.drawn);
    const result = this.model.merge(offer.subgraph.nodes, offer.subgraph.edges, { anchor: offer.anchor });
    if (result.skippedNodes > 0) this.setStatus("status.guard", { max: this.model.maxNodes, count: result.skippedNodes });
    else this.setStatus("status.added", { count: result.addedNodes.length });
    this.renderGroups();
    this.syncUrl();
  }

  private closeGroups(): void {
    this.groupOffer = null;
    this.renderGroups();
  }

  private renderGroups(): void {
    const offer = this.groupOffer;
    if (offer === null || !this.model.has(offer.anchor)) {
      this.groupsPanel.show(null);
      return;
    }
    this.groupsPanel.show({
      anchor: offer.anchor,
      anchorName: this.i18n.name(this.model.graph.getNodeAttributes(offer.anchor)),
      groups: groupNeighbours(offer.subgraph.nodes, offer.anchor),
      shown: (entityType) => this.state.groups.find((g) => g.anchor === offer.anchor && g.entityType === entityType)?.shown ?? 0,
      isDrawn: (id) => this.model.has(id),
    });
  }

  private async findPaths(from: string, to: string, options: PathOptions): Promise<Connections> {
    const answer = await this.api.connections(from, to, {
      maxLength: options.maxLength, through: options.through, first: 5,
      filter: toGraphFilter(this.state.filter, { from: null, to: null }, this.state.evidence),
    });
    // The weaker links are drawn too, numbered after the paths as the path finder lists them.
    const paths = [...answer.paths, ...answer.weakerPaths];
    this.paths = paths;
    this.state.path = { from, to, maxLength: options.maxLength, through: [...options.through] };
    if (paths.length > 0) {
      const nodes: GraphNode[] = paths.flatMap((p) => p.nodes);
      const edges: GraphEdge[] = paths.flatMap((p) => p.edges);
      const result = this.model.merge(nodes, edges, { markExpanded: false });
      if (result.skippedNodes > 0) this.setStatus("status.guard", { max: this.model.maxNodes, count: result.skippedNodes });
      this.highlightPath(null);
      this.view?.fit();
    } else {
      this.highlightPath(null);
    }
    this.syncUrl();
    return answer;
  }

  // ---- what changed between two days ----

  private async showChanges(window: ChangeWindow): Promise<DatedChanges> {
    const answer = await this.api.changes(window.from, window.to);
    this.state.changes = window;
    this.changes = answer.items;
    this.highlightChanges();
    this.syncUrl();
    return answer;
  }

  private clearChanges(): void {
    this.state.changes = null;
    this.changes = [];
    this.highlightChanges();
    this.syncUrl();
  }

  /** Marks the drawn nodes and ties new in the window (again after the graph changes). */
  private highlightChanges(): void {
    const edges: { id: string; source: string; target: string }[] = [];
    this.model.graph.forEachEdge((id, _attrs, source, target) => void edges.push({ id, source, target }));
    this.changed = this.changes.length === 0 ? NO_CHANGES : changeHighlight(this.changes, edges);
    this.view?.setDisplay({ changedNodes: this.changed.nodes, changedEdges: this.changed.edges });
  }

  /** Highlights one path, or all when `index` is null. */
  private highlightPath(index: number | null): void {
    const chosen = index === null ? this.paths : this.paths.slice(index, index + 1);
    this.pathHighlight = {
      nodes: new Set(chosen.flatMap((p) => p.nodes.map((n) => n.id))),
      edges: new Set(chosen.flatMap((p) => p.edges.map((e) => e.id))),
    };
    this.view?.setDisplay({ pathNodes: this.pathHighlight.nodes, pathEdges: this.pathHighlight.edges });
  }

  private clearPaths(): void {
    this.paths = [];
    this.state.path = null;
    this.highlightPath(null);
    this.syncUrl();
  }

  // ---- selection and marks ----

  select(id: string | null, options: { announce?: boolean } = {}): void {
    this.state.focus = id;
    this.view?.setDisplay({ selected: id, selectedEdge: null });
    if (id === null) this.panel.showEmpty();
    else void this.panel.showEntity(id);
    if (id !== null && options.announce && this.model.has(id)) {
      const a = this.model.graph.getNodeAttributes(id);
      this.announce("graph.focused", { name: this.i18n.name(a), type: this.i18n.enumLabel("entityType", a.entityType), count: a.degree });
    }
    this.renderToolbar();
    this.renderSecondaryViews();
    this.syncUrl();
  }

  private selectEdge(id: string): void {
    const graph = this.model.graph;
    const source = graph.source(id);
    const target = graph.target(id);
    const ref = (node: string): EntityRef => ({ id: node, name: graph.getNodeAttribute(node, "label"), entityType: graph.getNodeAttribute(node, "entityType") });
    this.view?.setDisplay({ selectedEdge: id });
    this.panel.showEdge({ id, attrs: graph.getEdgeAttributes(id), source: ref(source), target: ref(target) });
  }

  private selectedRef(): EntityRef | null {
    return this.state.focus !== null ? this.refOf(this.state.focus) : null;
  }

  private hide(id: string): void {
    this.model.setHidden([id], true);
    if (this.state.focus === id) this.select(null);
  }

  private undo(): void {
    if (this.model.undo()) this.setStatus("status.undone");
  }

  private redo(): void {
    if (this.model.redo()) this.setStatus("status.redone");
  }

  private clearGraph(): void {
    this.state.groups = [];
    this.groupOffer = null;
    this.renderGroups();
    this.model.clear();
    this.clearPaths();
    this.select(null);
  }

  // ---- filters ----

  private setFilter(filter: ViewFilter): void {
    this.state.filter = filter;
    this.timeline.invalidate();
    this.applyDisplay();
    this.onModelChange();
  }

  private setEvidence(evidence: EvidenceFilter): void {
    this.state.evidence = evidence;
    this.timeline.invalidate();
    this.applyDisplay();
    this.onModelChange();
  }

  private setWindow(window: TimeWindow): void {
    this.state.window = window;
    this.timeline.invalidate();
    this.applyDisplay();
    this.onModelChange();
  }

  /** The day the list shows the view as of (null: none); kept in the link and the briefing pack. */
  private setAsOf(day: string | null): void {
    if (this.state.asOf === day) return;
    this.state.asOf = day;
    this.renderSecondaryViews();
    this.syncUrl();
  }

  private setColourByCommunity(on: boolean): void {
    this.colourByCommunity = on;
    this.state.communities = on;
    this.applyDisplay();
    this.syncUrl();
  }

  private chooseSize(measure: SizeMeasure): void {
    this.state.size = measure;
    this.sizing.choose(measure, this.isShown());
    this.syncUrl();
  }

  /**
   * The communities of the nodes shown, when colouring by community: those known now, while Louvain runs again (in a
   * worker for a large picture) only when the graph or the filters changed since, not at each selection, highlight
   * or time-window change that also redraws. Its answer redraws (ui/community-colouring.ts).
   */
  private communities(): ReadonlyMap<string, number> | null {
    if (!this.colourByCommunity) return null;
    this.communityColouring.update(`${this.modelRevision} ${JSON.stringify(this.state.filter)}`, this.isShown());
    return this.communityColouring.current;
  }

  /** Whether a drawn node is shown: not hidden by the user nor by the filters. */
  private isShown(): (id: string) => boolean {
    const predicate = filterPredicate(this.state.filter);
    return (id) => {
      const a = this.model.graph.getNodeAttributes(id);
      return !a.hiddenByUser && predicate(id, a);
    };
  }

  private applyDisplay(): void {
    const predicate = filterPredicate(this.state.filter);
    const evidence = this.state.evidence;
    const communities = this.communities();
    this.legend.showCommunities(communities === null ? null : new Set(communities.values()).size);
    this.view?.setDisplay({
      visible: (id, attrs) => predicate(id, attrs),
      tieVisible: (attrs) => keepsTie(attrs, evidence),
      window: this.state.window,
      selected: this.state.focus,
      allEdgeLabels: this.model.graph.size <= ALL_EDGE_LABELS_MAX,
      labelAround: (id) => this.model.has(id) && this.model.graph.degree(id) <= ALL_EDGE_LABELS_MAX,
      edgeLabel: (attrs) => this.i18n.relationLabel(attrs.relation),
      nodeLabel: (attrs) => this.i18n.name(attrs),
      pathNodes: this.pathHighlight.nodes,
      pathEdges: this.pathHighlight.edges,
      changedNodes: this.changed.nodes,
      changedEdges: this.changed.edges,
      communities,
      sizes: this.sizing.sizes,
    });
  }

  private shownEntries(): { id: string; attrs: NodeAttributes }[] {
    const predicate = filterPredicate(this.state.filter);
    return this.model.graph.filterNodes((id, a) => !a.hiddenByUser && predicate(id, a)).map((id) => ({ id, attrs: this.model.graph.getNodeAttributes(id) }));
  }

  // ---- refresh after any change ----

  private onModelChange(): void {
    this.modelRevision++;
    if (!this.shell) return;
    const graph = this.model.graph;
    const predicate = filterPredicate(this.state.filter);
    let hiddenByFilters = 0;
    graph.forEachNode((id, a) => {
      if (!a.hiddenByUser && !predicate(id, a)) hiddenByFilters++;
    });
    const hiddenByGroup = hiddenByEachGroup(graph.filterNodes((_, a) => !a.hiddenByUser).map((id) => [id, graph.getNodeAttributes(id)] as [string, NodeAttributes]), this.state.filter);
    // The ties the evidence filters would hide among those otherwise drawn (both ends shown).
    const drawnTies = graph.filterEdges((_, __, source, target, s, t) => !s.hiddenByUser && !t.hiddenByUser && predicate(source, s) && predicate(target, t))
      .map((id) => graph.getEdgeAttributes(id));
    const tiesHiddenByEvidence = tiesHiddenByEach(drawnTies, this.state.evidence);
    const years = yearRange(graph.mapNodes((_, a) => a));
    this.filters.update({ filter: this.state.filter, evidence: this.state.evidence, window: this.state.window, years, hiddenByFilters, hiddenByGroup, tiesHiddenByEvidence });
    this.timeSlider.update(this.state.window, years);
    this.view?.setDisplay({ allEdgeLabels: graph.size <= ALL_EDGE_LABELS_MAX });
    if (this.changes.length > 0) {
      this.highlightChanges();
      this.changesPanel.refresh();
    }
    if (this.colourByCommunity) this.applyDisplay();
    this.sizing.update(this.isShown());
    this.renderWelcome();
    this.renderToolbar();
    this.panel.refresh();
    this.renderSecondaryViews();
    this.syncUrl();
  }

  private renderSecondaryViews(): void {
    if (this.state.view === "timeline") this.timeline.render(this.shownEntries(), this.state.window, this.state.focus);
    if (this.state.view === "list") this.list.render(this.shownEntries(), this.state.focus, this.state.asOf);
    if (this.state.view === "map") this.renderMap();
    this.renderPartners();
  }

  // ---- the partners view (ui/partners-view.ts)

  /** A new partners view for a new page (language switch), asking again for the partners the old one had. */
  private buildPartnersView(): void {
    const asked = this.partnersView?.loadedIds() ?? [];
    this.partnersView?.destroy();
    this.partnersView = new PartnersView(this.api, () => this.i18n, {
      select: (id) => this.select(id),
      open: (entity) => this.select(entity.id),
      changed: () => this.syncUrl(),
    });
    this.shell.panels.partners.append(this.partnersView.element);
    for (const id of asked) void this.partnersView.load(id);
  }

  /** The partners of what the graph shows, with the same filters, hidden nodes, time window and selection. */
  private renderPartners(): void {
    const predicate = filterPredicate(this.state.filter);
    const graph = this.model.graph;
    this.partnersView?.render({
      graph,
      shown: (id, attrs) => !(graph.hasNode(id) && graph.getNodeAttribute(id, "hiddenByUser")) && predicate(id, attrs),
      inWindow: (attrs) => inTimeWindow(attrs, this.state.window),
      selected: this.state.focus,
      visible: this.state.view === "partners",
    });
  }

  /** The map of what the graph shows: the same filters, hidden nodes and selection. */
  private renderMap(): void {
    const graph = this.model.graph;
    const predicate = filterPredicate(this.state.filter);
    this.mapPanel.render({
      scene: mapScene(graph, (id, a) => !a.hiddenByUser && predicate(id, a) && inTimeWindow(a, this.state.window)),
      selected: this.state.focus,
      entityName: (id) => this.i18n.name(graph.getNodeAttributes(id)),
    });
  }

  private renderWelcome(): void {
    const empty = this.model.graph.order === 0;
    this.shell.welcome.hidden = !empty;
    this.shell.cameraControls.hidden = empty;
    if (!empty) return;
    const t = (key: MessageKey) => this.i18n.t(key);
    replaceChildren(this.shell.welcome,
      h("h2", {}, t("welcome.title")),
      h("p", {}, t("welcome.body")),
      h("p", {}, t("welcome.try"), " ", WELCOME_EXAMPLES.map((text) => [h("button", { type: "button", className: "link-button example", onclick: () => this.search.searchNow(text) }, text), " "])),
      this.counts.length === 0 ? null : h("p", { className: "muted welcome-counts" }, t("welcome.counts"), " ",
        this.counts.filter((b) => b.count > 0).map((b) => `${this.i18n.number(b.count)} ${this.i18n.enumLabel("entityTypes", b.key).toLocaleLowerCase(this.i18n.language)}`).join(" · ")));
  }

  // ---- messages ----

  private setStatus(key: MessageKey | null, params?: Params): void {
    this.shell.status.textContent = key === null ? "" : this.i18n.t(key, params);
  }

  private announce(key: MessageKey, params?: Params): void {
    this.setStatus(key, params);
  }

  private setBusy(delta: number): void {
    this.busy = Math.max(0, this.busy + delta);
    this.shell.panels.graph.setAttribute("aria-busy", this.busy > 0 ? "true" : "false");
    this.shell.root.classList.toggle("is-busy", this.busy > 0);
  }

  private showError(error: unknown, retry: (() => void) | null): void {
    const { message, details } = errorText(error, this.i18n);
    this.lastRetry = retry;
    replaceChildren(this.shell.errorBanner,
      h("div", { className: "error-box" },
        h("p", {}, h("strong", {}, message)),
        details.length > 0 ? h("p", { className: "details" }, details.join("; ")) : null,
        h("div", { className: "error-actions" },
          retry ? h("button", { type: "button", className: "primary", onclick: () => { this.clearError(); this.lastRetry?.(); } }, this.i18n.t("error.retry")) : null,
          h("button", { type: "button", onclick: () => this.clearError() }, this.i18n.t("error.dismiss")))));
  }

  private clearError(): void {
    replaceChildren(this.shell.errorBanner);
  }

  // ---- URL and sharing ----

  private syncUrl(): void {
    if (!this.ready) return;
    this.state.expanded = this.model.expandedIds();
    this.state.hidden = this.model.hiddenIds();
    this.state.partners = this.partnersView?.loadedIds() ?? this.state.partners;
    // Openings of a hub no longer drawn (undone, cleared) or since expanded whole say nothing more.
    this.state.groups = this.state.groups.filter((g) => this.model.has(g.anchor) && !this.model.graph.getNodeAttribute(g.anchor, "expanded"));
    const query = encodeViewState(this.state);
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
  }

  private async copyLink(): Promise<void> {
    this.syncUrl();
    try {
      await navigator.clipboard.writeText(location.href);
      this.setStatus("toolbar.copied");
    } catch {
      window.prompt(this.i18n.t("toolbar.share"), location.href);
    }
  }

  // ---- exports ----

  /** The hover card of the node or edge under the pointer (hidden when it leaves, or when the element is gone). */
  private showTooltip(target: { kind: "node" | "edge"; id: string; x: number; y: number } | null): void {
    const graph = this.model.graph;
    if (target === null) {
      this.tooltip.hide();
    } else if (target.kind === "node" && graph.hasNode(target.id)) {
      this.tooltip.show(nodeTooltip(graph.getNodeAttributes(target.id), this.i18n), target.x, target.y, this.i18n);
    } else if (target.kind === "edge" && graph.hasEdge(target.id)) {
      const content = edgeTooltip(graph.getEdgeAttributes(target.id), graph.getNodeAttributes(graph.source(target.id)), graph.getNodeAttributes(graph.target(target.id)), this.i18n);
      this.tooltip.show(content, target.x, target.y, this.i18n);
    } else {
      this.tooltip.hide();
    }
  }

  /** Gives the agreements a file export includes their lifecycle, which the drawn graph does not carry (see queries.ts). */
  private async withLifecycles(include: (id: string, attrs: NodeAttributes) => boolean): Promise<void> {
    const graph = this.model.graph;
    const ids = graph.filterNodes((id, a) => a.entityType === "AGREEMENT" && a.lifecycle === undefined && include(id, a));
    const found = await Promise.all(ids.map(async (id) => [id, await this.api.agreementLifecycle(id)] as const));
    for (const [id, lifecycle] of found) {
      if (lifecycle && graph.hasNode(id)) graph.setNodeAttribute(id, "lifecycle", lifecycle);
    }
  }

  private async exportAs(kind: "png" | "svg" | "nodes" | "edges" | "graphml"): Promise<void> {
    const stem = exportFileStem();
    const display = this.view?.displayState;
    const include = (id: string, attrs: NodeAttributes) => (display ? isNodeShown(id, attrs, display) : !attrs.hiddenByUser);
    let file: string;
    try {
      switch (kind) {
        case "nodes":
          await this.withLifecycles(include);
          file = `${stem}-entities.csv`;
          downloadBlob(file, new Blob([nodesCsv(this.model.graph, this.i18n, include, shownTextOf(this.i18n))], { type: "text/csv;charset=utf-8" }));
          break;
        case "edges":
          file = `${stem}-relationships.csv`;
          downloadBlob(file, new Blob([edgesCsv(this.model.graph, this.i18n, include, shownTextOf(this.i18n))], { type: "text/csv;charset=utf-8" }));
          break;
        case "graphml":
          await this.withLifecycles(include);
          file = `${stem}.graphml`;
          downloadBlob(file, new Blob([toGraphML(this.model.graph, this.i18n, include)], { type: "application/graphml+xml" }));
          break;
        case "svg":
        case "png": {
          if (!this.view) return;
          const scene = withEvidenceMarks(withDateCaptions(this.view.scene(), this.model.graph, this.i18n), this.model.graph, this.i18n);
          const figure = this.framedExport(scene);
          file = `${stem}.${kind}`;
          const blob = kind === "svg" ? new Blob([figure.svg], { type: "image/svg+xml" }) : await svgToPng(figure.svg, figure.width, figure.height);
          downloadBlob(file, blob);
          break;
        }
      }
      this.setStatus("export.done", { file });
    } catch (error) {
      this.showError(error, null);
    }
  }

  // ---- briefing pack (src/briefing) and framed pictures (export/figure.ts)

  /** "Briefing pack" for the view, "Counterpart brief" when the selected entity is an organisation, and the gaps worth a
   * follow-up: each opens the printable page. */
  private briefingButtons(focus: string | null, empty: boolean): HTMLElement[] {
    const open = (extra: string) => {
      this.syncUrl();
      const query = `${location.search ? `${location.search}&` : "?"}${extra}`.replace(/[?&]$/, "");
      window.open(`briefing.html${query}`, "_blank", "noopener");
    };
    const buttons = [h("button", { type: "button", "data-action": "briefing", disabled: empty, onclick: () => open("") }, this.i18n.t("briefing.action"))];
    if (focus !== null && this.model.graph.getNodeAttribute(focus, "entityType") === "ORGANIZATION") {
      buttons.push(h("button", { type: "button", "data-action": "counterpart", onclick: () => open("brief=counterpart") }, this.i18n.t("briefing.counterpartAction")));
    }
    buttons.push(h("button", { type: "button", "data-action": "gaps", onclick: () => open("brief=gaps") }, this.i18n.t("gaps.action")));
    return buttons;
  }

  /** The exported picture with its title, date, legend and the sources of the ties it draws. */
  private framedExport(drawn: Scene): FramedFigure {
    const scene = fitLabels(drawn);
    const svg = toSvg(scene, this.i18n.t("app.title"), { inferred: this.i18n.t("evidence.inferredTitle") });
    const graph = this.model.graph;
    const citations = scene.edges.flatMap((e) => (graph.hasEdge(e.id) ? graph.getEdgeAttributes(e.id).citations : []));
    const title = this.i18n.t("app.title");
    const focus = this.state.focus !== null && graph.hasNode(this.state.focus) ? this.i18n.name(graph.getNodeAttributes(this.state.focus)) : null;
    return framedFigure(svg, scene.width, scene.height, {
      title: focus ? `${title} — ${focus}` : title,
      date: this.i18n.t("briefing.madeOn", { date: this.i18n.date(new Date().toISOString().slice(0, 10), "DAY") }),
      legend: sceneLegend(scene, this.i18n, ENTITY_TYPES),
      sourceLine: figureSourceLine(citations, this.i18n, `${title} — ${location.href}`),
    });
  }
}
