// The page's layout: header (title, search, language, GraphQL IDE), sidebar (filters, time window, path
// finder, legend), main area (view tabs, graph actions, the three views, status line) and the details panel.
// Landmarks and headings give screen-reader users the same map sighted users get.

import type { I18n } from "../i18n/i18n";
import type { Language, ViewMode } from "../state/view-state";
import { h } from "./dom";
import { drawerToggles } from "./drawers";
import { EXAMPLE_QUERIES, ideLink } from "./examples";

export interface ShellParts {
  root: HTMLElement;
  searchSlot: HTMLElement;
  languageSelect: HTMLSelectElement;
  errorBanner: HTMLElement;
  filterSlot: HTMLElement;
  timeSlot: HTMLElement;
  pathSlot: HTMLElement;
  legendSlot: HTMLElement;
  tabs: Record<ViewMode, HTMLButtonElement>;
  panels: Record<ViewMode, HTMLElement>;
  toolbar: HTMLElement;
  graphContainer: HTMLElement;
  graphMessage: HTMLElement;
  cameraControls: HTMLElement;
  welcome: HTMLElement;
  status: HTMLElement;
  detailsSlot: HTMLElement;
  sections: Record<string, HTMLDetailsElement>;
}

export interface ShellOptions {
  i18n: I18n;
  endpoint: string;
  view: ViewMode;
  openSections: Record<string, boolean>;
  onLanguage(language: Language): void;
  onView(view: ViewMode): void;
  /** Who is signed in and the sign-out button, when someone is (see account-menu.ts). */
  account?: HTMLElement | null;
}

const VIEWS: ViewMode[] = ["graph", "partners", "map", "timeline", "list"];

export function buildShell(options: ShellOptions): ShellParts {
  const { i18n } = options;
  const t = i18n.t.bind(i18n);

  const languageSelect = h("select", { id: "language-select", onchange: (e: Event) => options.onLanguage((e.target as HTMLSelectElement).value as Language) },
    h("option", { value: "en", lang: "en", selected: i18n.language === "en" }, "English"),
    h("option", { value: "fr", lang: "fr", selected: i18n.language === "fr" }, "Français"),
    h("option", { value: "ja", lang: "ja", selected: i18n.language === "ja" }, "日本語"));

  const examples = h("details", { className: "menu examples-menu" },
    h("summary", {}, t("ide.examples")),
    h("div", { className: "menu-body" },
      h("p", {}, t("ide.intro")),
      h("ul", { className: "plain-list" }, EXAMPLE_QUERIES.map((example) =>
        h("li", {}, h("a", { href: ideLink(options.endpoint, example.query), target: "_blank", rel: "noopener" }, t(example.title)))))));

  const searchSlot = h("div", { className: "header-search" });
  const header = h("header", { className: "app-header" },
    h("div", { className: "brand" }, h("h1", {}, t("app.title")), h("p", { className: "tagline" }, t("app.tagline"))),
    searchSlot,
    h("div", { className: "header-tools" },
      h("div", { className: "language" }, h("label", { for: "language-select" }, t("language.label")), languageSelect),
      h("a", { href: ideLink(options.endpoint), className: "ide-link", target: "_blank", rel: "noopener" }, t("ide.link")),
      examples,
      options.account ?? null));

  const section = (key: string, title: string, slot: HTMLElement) => {
    const details = h("details", { className: "side-section", open: options.openSections[key] ?? true, "data-section": key }, h("summary", {}, h("h2", {}, title)), slot);
    return details;
  };
  const filterSlot = h("div", {});
  const timeSlot = h("div", {});
  const pathSlot = h("div", {});
  const legendSlot = h("div", {});
  const sections = {
    filters: section("filters", t("filters.title"), filterSlot),
    time: section("time", t("time.title"), timeSlot),
    path: section("path", t("path.title"), pathSlot),
    legend: section("legend", t("legend.title"), legendSlot),
  };
  const sidebar = h("aside", { id: "sidebar", className: "sidebar", "aria-label": `${t("filters.title")}, ${t("time.title")}, ${t("path.title")}` },
    sections.filters, sections.time, sections.path, sections.legend);

  const tabs = {} as Record<ViewMode, HTMLButtonElement>;
  const panels = {} as Record<ViewMode, HTMLElement>;
  const select = (view: ViewMode, focus: boolean) => {
    options.onView(view);
    if (focus) tabs[view].focus();
  };
  for (const view of VIEWS) {
    tabs[view] = h("button", {
      type: "button", role: "tab", id: `tab-${view}`, "aria-controls": `panel-${view}`,
      "aria-selected": view === options.view ? "true" : "false", tabindex: view === options.view ? "0" : "-1",
      onclick: () => select(view, false),
      onkeydown: (e: KeyboardEvent) => {
        const i = VIEWS.indexOf(view);
        const next = e.key === "ArrowRight" ? VIEWS[(i + 1) % VIEWS.length] : e.key === "ArrowLeft" ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length] : e.key === "Home" ? VIEWS[0] : e.key === "End" ? VIEWS[VIEWS.length - 1] : undefined;
        if (next) {
          e.preventDefault();
          select(next, true);
        }
      },
    }, t(`view.${view}`));
  }

  const graphContainer = h("div", {
    id: "graph-canvas", className: "graph-canvas", tabindex: "0", role: "application",
    "aria-label": t("graph.label"), "aria-describedby": "graph-keys",
  });
  const graphMessage = h("div", { className: "graph-message", hidden: true });
  const cameraControls = h("div", { className: "camera-controls", role: "group", "aria-label": t("camera.label") });
  const welcome = h("div", { className: "welcome" });
  panels.graph = h("div", { role: "tabpanel", id: "panel-graph", "aria-labelledby": "tab-graph", className: "view-panel graph-panel" },
    graphContainer, graphMessage, welcome, cameraControls, h("p", { id: "graph-keys", className: "visually-hidden" }, t("graph.keys")));
  panels.partners = h("div", { role: "tabpanel", id: "panel-partners", "aria-labelledby": "tab-partners", className: "view-panel partners-panel" });
  panels.map = h("div", { role: "tabpanel", id: "panel-map", "aria-labelledby": "tab-map", className: "view-panel map-view-panel" });
  panels.timeline = h("div", { role: "tabpanel", id: "panel-timeline", "aria-labelledby": "tab-timeline", className: "view-panel scroll-panel", tabindex: "0" });
  panels.list = h("div", { role: "tabpanel", id: "panel-list", "aria-labelledby": "tab-list", className: "view-panel scroll-panel" });
  for (const view of VIEWS) panels[view].hidden = view !== options.view;

  const toolbar = h("div", { className: "toolbar", role: "group", "aria-label": t("toolbar.label") });
  const status = h("div", { className: "status-line", role: "status", "aria-live": "polite" });
  const errorBanner = h("div", { className: "error-banner", role: "alert" });
  const detailsSlot = h("div", { className: "details-slot" });

  const detailsPanel = h("aside", { id: "details-panel", className: "details", "aria-label": t("panel.title") }, detailsSlot);
  const drawers = drawerToggles(i18n, [
    { panel: sidebar, label: t("drawer.tools") },
    { panel: detailsPanel, label: t("panel.title") },
  ]);

  const main = h("main", { id: "main", className: "main" },
    drawers,
    h("div", { className: "view-bar" }, h("div", { role: "tablist", "aria-label": t("app.views"), className: "tabs" }, VIEWS.map((v) => tabs[v])), toolbar),
    errorBanner,
    panels.graph, panels.partners, panels.map, panels.timeline, panels.list,
    status);

  const root = h("div", { className: "app" },
    h("a", { className: "skip-link", href: "#graph-canvas" }, t("app.skip")),
    header,
    h("div", { className: "layout" }, sidebar, main, detailsPanel));

  return {
    root, searchSlot, languageSelect, errorBanner, filterSlot, timeSlot, pathSlot, legendSlot, tabs, panels, toolbar,
    graphContainer, graphMessage, cameraControls, welcome, status, detailsSlot, sections,
  };
}
