// Path finder: choose two entities (search boxes, or "use the selected node"), a maximum number of steps and which
// reference nodes a path may pass through (none by default), and list the connecting paths the API ranks by meaning;
// the paths are merged into the graph and highlighted. When no documented link joins the two, it says so plainly and
// lists the weaker links (through places, sectors, facts) apart.

import type { ExplorerApi } from "../api/explorer-api";
import { REFERENCE_TYPES, type Connections, type EntityRef, type Path, type ReferenceType } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { DEFAULT_PATH_LENGTH } from "../state/view-state";
import { h, replaceChildren, uid } from "./dom";
import { errorText } from "./error-text";
import { SearchBox } from "./search-box";

export interface PathFinderActions {
  /** Runs the query and shows the paths; resolves to the answer (or throws an ApiError). */
  findPaths(from: string, to: string, options: PathOptions): Promise<Connections>;
  clearPaths(): void;
  selected(): EntityRef | null;
  /** Highlights the path at `index` of the paths followed by the weaker paths. */
  highlight(index: number): void;
}

/** What the reader chose besides the two ends. */
export interface PathOptions {
  maxLength: number;
  /** Reference types a path may pass through; empty: organisations, people, agreements and events only. */
  through: ReferenceType[];
}

/** The step limits offered: the API searches up to 8 steps. */
export const PATH_LENGTHS = [2, 3, 4, 5, 6, 7, 8] as const;

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxLength: DEFAULT_PATH_LENGTH, through: [] };

type Result = { kind: "none" } | { kind: "busy" } | { kind: "paths"; answer: Connections } | { kind: "error"; error: unknown } | { kind: "choose" };

export class PathFinder {
  readonly element: HTMLElement;
  private readonly from: SearchBox;
  private readonly to: SearchBox;
  private options: PathOptions = { ...DEFAULT_PATH_OPTIONS };
  private result: Result = { kind: "none" };
  private readonly body: HTMLElement;
  private readonly maxId = uid("path-max");

  constructor(api: ExplorerApi, private readonly i18n: () => I18n, private readonly actions: PathFinderActions) {
    this.from = new SearchBox({ api, i18n, label: "path.from", onChoose: () => undefined });
    this.to = new SearchBox({ api, i18n, label: "path.to", onChoose: () => undefined });
    this.body = h("div", { className: "path-body" });
    this.element = h("div", { className: "path-finder" }, this.pickerRow(this.from), this.pickerRow(this.to), this.body);
    this.render();
  }

  private pickerRow(box: SearchBox): HTMLElement {
    const use = h("button", {
      type: "button", className: "small use-selected",
      onclick: () => {
        const selected = this.actions.selected();
        if (selected) box.setSelection(selected);
      },
    });
    return h("div", { className: "path-picker" }, box.element, use);
  }

  /** Prefills both ends and the options (a shared link's path). */
  setEnds(from: EntityRef, to: EntityRef, options: PathOptions = this.options): void {
    this.from.setSelection(from);
    this.to.setSelection(to);
    this.options = { maxLength: options.maxLength, through: [...options.through] };
    this.render();
  }

  /** "Connections to…" from an entity's details: it becomes the start, and the reader types the other end. */
  startFrom(entity: EntityRef): void {
    this.from.setSelection(entity);
    this.to.setSelection(null);
    this.result = { kind: "none" };
    this.render();
    this.to.input.focus();
  }

  async run(): Promise<void> {
    const from = this.from.selection;
    const to = this.to.selection;
    if (!from || !to) {
      this.result = { kind: "choose" };
      this.render();
      return;
    }
    this.result = { kind: "busy" };
    this.render();
    try {
      const answer = await this.actions.findPaths(from.id, to.id, { maxLength: this.options.maxLength, through: [...this.options.through] });
      this.result = { kind: "paths", answer };
    } catch (error) {
      this.result = { kind: "error", error };
    }
    this.render();
  }

  render(): void {
    const i18n = this.i18n();
    this.from.render();
    this.to.render();
    for (const button of this.element.querySelectorAll<HTMLButtonElement>(".use-selected")) button.textContent = i18n.t("path.useSelected");
    const r = this.result;
    let status: HTMLElement | null = null;
    if (r.kind === "busy") status = h("p", { role: "status" }, i18n.t("status.loading"));
    if (r.kind === "choose") status = h("p", { role: "alert" }, i18n.t("path.choose"));
    if (r.kind === "error") {
      const { message, details } = errorText(r.error, i18n);
      status = h("div", { role: "alert", className: "error-box small" }, message, details.length > 0 ? h("span", { className: "details" }, ` ${details.join("; ")}`) : null);
    }
    if (r.kind === "paths") {
      const { paths, noDocumentedLink, weakerPaths, maxLength } = r.answer;
      status = h("div", {},
        paths.length > 0 ? h("p", { role: "status" }, i18n.t("path.found", { count: paths.length })) : null,
        paths.length > 0 ? this.pathList(paths, 0) : null,
        noDocumentedLink ? h("p", { role: "status", className: "path-no-documented-link" }, i18n.t("path.none", { max: maxLength })) : null,
        weakerPaths.length > 0 ? h("div", { className: "path-weaker" }, h("p", {}, i18n.t("path.weaker")), this.pathList(weakerPaths, paths.length)) : null,
        h("button", { type: "button", onclick: () => { this.result = { kind: "none" }; this.actions.clearPaths(); this.render(); } }, i18n.t("path.clear")));
    }
    replaceChildren(
      this.body,
      h("div", { className: "range-row" },
        h("label", { for: this.maxId }, i18n.t("path.maxLength")),
        h("select", { id: this.maxId, onchange: (e: Event) => { this.options.maxLength = Number((e.target as HTMLSelectElement).value); } },
          PATH_LENGTHS.map((n) => h("option", { value: n, selected: n === this.options.maxLength }, String(n))))),
      this.throughChoice(),
      h("button", { type: "button", className: "primary", disabled: r.kind === "busy", onclick: () => void this.run() }, i18n.t("path.find")),
      status,
    );
  }

  /**
   * Places, sectors and key figures join almost everything ("both are in Japan"), so a path may pass through them only
   * when the reader ticks them here; such a path stays labelled as passing through them.
   */
  private throughChoice(): HTMLElement {
    const i18n = this.i18n();
    return h("fieldset", { className: "path-through" },
      h("legend", {}, i18n.t("path.through")),
      REFERENCE_TYPES.map((type) => {
        const id = `${this.maxId}-${type}`;
        return h("span", { className: "check-row" },
          h("input", {
            type: "checkbox", id, checked: this.options.through.includes(type),
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const rest = this.options.through.filter((t) => t !== type);
              this.options.through = on ? REFERENCE_TYPES.filter((t) => t === type || rest.includes(t)) : rest;
            },
          }),
          h("label", { for: id }, i18n.t(`path.through.${type}`)));
      }),
      h("p", { className: "hint small" }, i18n.t("path.throughHint")));
  }

  /** The numbered list of paths; `offset` numbers them after those listed before (the weaker links after the paths). */
  private pathList(paths: Path[], offset: number): HTMLElement {
    const i18n = this.i18n();
    return h("ol", { className: "path-list", start: offset + 1 }, paths.map((path, index) =>
      h("li", {},
        h("button", { type: "button", className: "link-button", onclick: () => this.actions.highlight(offset + index) },
          i18n.t("path.step", { n: offset + index + 1, length: path.length })),
        path.throughReference ? h("span", { className: "path-tag path-reference" }, ` ${i18n.t("path.reference")}`) : null,
        path.inferred ? h("span", { className: "path-tag path-inferred" }, ` ${i18n.t("path.inferred")}`) : null,
        h("p", { className: "path-text" }, describePath(path, (e) => i18n.relationLabel(e.type), (n) => i18n.name(n))))));
  }
}

/**
 * "JAXA → party to → MoU ← party to ← CNES": each step in the direction of the relationship. The caller words each
 * relationship in the interface language (`I18n.relationLabel`); the server's English `label` is never a default.
 */
export function describePath(
  path: Path,
  label: (edge: Path["edges"][number]) => string,
  name: (node: Path["nodes"][number]) => string = (node) => node.label,
): string {
  const names = new Map(path.nodes.map((n) => [n.id, name(n)]));
  if (path.nodes.length === 0) return "";
  const parts: string[] = [name(path.nodes[0]!)];
  let current = path.nodes[0]!.id;
  for (const edge of path.edges) {
    if (edge.source === current) {
      parts.push(`— ${label(edge)} →`, names.get(edge.target) ?? edge.target);
      current = edge.target;
    } else {
      parts.push(`← ${label(edge)} —`, names.get(edge.source) ?? edge.source);
      current = edge.source;
    }
  }
  return parts.join(" ");
}
