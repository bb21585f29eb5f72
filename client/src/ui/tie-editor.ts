// The steward's ties of the entity shown (issue #19), in the details panel: every tie it has with its sources, each
// removable with a reason (kept in the audit), and the form that adds one: the other entity found by search, a
// relationship type the model allows between the two kinds, optional role or title and dates at their precision, and
// the source with its quoted sentence (both required). The server's refusals (a misquote with the closest passage, a
// type the model does not allow, an unknown entity) are shown in its own words next to the form, which keeps what the
// steward typed; after a change the list is read again and the graph told what to draw or drop.

import type { ExplorerApi } from "../api/explorer-api";
import type { LinkRule } from "../api/link-types";
import type { EntityRef, GraphEdge, GraphNode, SourceOption, Subgraph } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";
import { errorText } from "./error-text";
import { SearchBox } from "./search-box";
import { buildTie, choiceValue, tieChoices, type TieChoice } from "./tie";

/** How many ties of one entity the list reads (the neighbourhood query's own default). */
const TIES_READ = 200;

export interface TieEditorActions {
  /** A tie was added: the relationship as the graph draws it, and its other end (to draw beside the entity). */
  added(edge: GraphEdge, other: GraphNode): void;
  /** A tie was removed: its edge id. */
  removed(edgeId: string): void;
  /** The steward closed the editor. */
  close(): void;
}

/** The id the API gives a relationship, `from|TYPE|to` (see GraphEdge.id). */
export function edgeId(from: string, type: string, to: string): string {
  return `${from}|${type}|${to}`;
}

export class TieEditor {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly search: SearchBox;
  private readonly typeSelect: HTMLSelectElement;
  private readonly propertyInputs = new Map<string, HTMLInputElement>();
  private readonly propertyRows = new Map<string, HTMLElement>();
  private readonly since: HTMLInputElement;
  private readonly until: HTMLInputElement;
  private readonly source: HTMLInputElement;
  private readonly sourceList: HTMLDataListElement;
  private readonly quote: HTMLTextAreaElement;
  private readonly problems: HTMLElement;
  private readonly submit: HTMLButtonElement;
  private rules: LinkRule[] | null = null;
  private choices: TieChoice[] = [];

  constructor(
    private readonly api: ExplorerApi,
    private readonly i18n: I18n,
    readonly entity: EntityRef,
    private readonly actions: TieEditorActions,
  ) {
    const title = i18n.t("tie.title", { name: i18n.name(entity) });
    this.list = h(
      "div",
      { className: "tie-list", "aria-live": "polite" },
      h("p", { role: "status" }, i18n.t("panel.loading")),
    );
    this.search = new SearchBox({ api, i18n: () => i18n, label: "tie.other", onChoose: (other) => this.chose(other) });
    this.typeSelect = h("select", { id: uid("tie-type"), name: "type", disabled: true });
    this.typeSelect.addEventListener("change", () => this.showProperties());
    this.since = h("input", {
      id: uid("tie-since"),
      name: "since",
      type: "text",
      placeholder: i18n.t("tie.datePlaceholder"),
    });
    this.until = h("input", {
      id: uid("tie-until"),
      name: "until",
      type: "text",
      placeholder: i18n.t("tie.datePlaceholder"),
    });
    this.sourceList = h("datalist", { id: uid("tie-sources") });
    this.source = h("input", {
      id: uid("tie-source"),
      name: "source",
      type: "text",
      list: this.sourceList.id,
      required: true,
    });
    this.quote = h("textarea", { id: uid("tie-quote"), name: "quote", rows: 3, required: true });
    this.problems = h("div", { className: "error-box tie-problems", role: "alert", hidden: true });
    this.submit = h("button", { type: "submit", className: "primary" }, i18n.t("tie.add"));

    const row = (label: string, control: HTMLElement) =>
      h("p", {}, h("label", { for: control.id }, label), " ", control);
    const propertyRows = (["role", "title"] as const).map((name) => {
      const input = h("input", { id: uid(`tie-${name}`), name, type: "text" });
      this.propertyInputs.set(name, input);
      const element = row(i18n.t(name === "role" ? "tie.role" : "tie.positionTitle"), input);
      element.hidden = true;
      this.propertyRows.set(name, element);
      return element;
    });
    const form = h(
      "form",
      { className: "tie-form", "aria-label": i18n.t("tie.addTitle") },
      h("h4", {}, i18n.t("tie.addTitle")),
      this.search.element,
      row(i18n.t("tie.type"), this.typeSelect),
      propertyRows,
      row(i18n.t("tie.since"), this.since),
      row(i18n.t("tie.until"), this.until),
      row(i18n.t("edit.source"), this.source),
      this.sourceList,
      row(i18n.t("edit.quote"), this.quote),
      this.problems,
      h("div", { className: "panel-actions" }, this.submit),
    );
    form.noValidate = true; // the problems are named in the form's own words, in every language
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.add();
    });
    this.element = h(
      "section",
      { className: "panel-section tie-editor", "aria-label": title },
      h("h3", {}, title),
      this.list,
      form,
      h(
        "div",
        { className: "panel-actions" },
        h("button", { type: "button", onclick: () => this.actions.close() }, i18n.t("tie.close")),
      ),
    );
    this.resetChoices();
    void this.loadSources();
  }

  /** Reads the entity's ties again and lists them; resolves with what it read (null when reading failed). */
  async load(): Promise<Subgraph | null> {
    try {
      const subgraph = await this.api.neighbourhood(this.entity.id, { depth: 1, limit: TIES_READ });
      this.renderList(subgraph);
      return subgraph;
    } catch (error) {
      const { message, details } = errorText(error, this.i18n);
      replaceChildren(
        this.list,
        h(
          "div",
          { className: "error-box", role: "alert" },
          h("p", {}, message),
          details.map((d) => h("p", {}, d)),
        ),
      );
      return null;
    }
  }

  private async loadSources(): Promise<void> {
    try {
      const sources: SourceOption[] = await this.api.sources();
      replaceChildren(
        this.sourceList,
        sources.map((s) => h("option", { value: s.id }, s.title)),
      );
    } catch {
      // Only the suggestions are missing: the steward can still type the source's id.
    }
  }

  private async linkRules(): Promise<LinkRule[]> {
    this.rules ??= await this.api.linkRules();
    return this.rules;
  }

  private renderList(subgraph: Subgraph): void {
    const i18n = this.i18n;
    const names = new Map(subgraph.nodes.map((n) => [n.id, n]));
    const ties = subgraph.edges.filter((e) => e.source === this.entity.id || e.target === this.entity.id);
    const nameOf = (id: string) => {
      const node = names.get(id);
      return node ? h("span", { lang: i18n.nameLanguage(node) }, i18n.name(node)) : id;
    };
    replaceChildren(
      this.list,
      ties.length === 0
        ? h("p", { className: "muted" }, i18n.t("tie.none"))
        : h(
            "ul",
            { className: "plain-list ties" },
            ties.map((tie) => {
              const period = i18n.period(tie.since, tie.until, tie.asOf);
              const item = h(
                "li",
                { className: "tie", "data-edge": tie.id },
                h(
                  "p",
                  { className: "tie-sentence" },
                  nameOf(tie.source),
                  ` ${i18n.relationLabel(tie.type)} `,
                  nameOf(tie.target),
                  tie.role ? h("span", { className: "muted" }, ` — ${i18n.roleLabel(tie.role)}`) : null,
                  period ? h("span", { className: "muted" }, ` (${period})`) : null,
                ),
                h(
                  "ul",
                  { className: "citations compact" },
                  tie.citations.map((c) =>
                    h(
                      "li",
                      { className: "citation" },
                      h("cite", { lang: c.source.language ?? undefined }, c.source.title),
                      c.quote ? h("span", { lang: c.source.language ?? undefined }, ` “${c.quote}”`) : null,
                    ),
                  ),
                ),
              );
              item.append(
                h(
                  "div",
                  { className: "panel-actions" },
                  h(
                    "button",
                    { type: "button", className: "remove-tie", onclick: () => this.askRemoval(item, tie) },
                    i18n.t("tie.remove"),
                  ),
                ),
              );
              return item;
            }),
          ),
    );
  }

  /** The removal's confirmation inside the tie's item: the reason (required), then `unlink`. */
  private askRemoval(item: HTMLElement, tie: GraphEdge): void {
    const i18n = this.i18n;
    if (item.querySelector(".tie-removal")) return;
    const reason = h("textarea", { id: uid("tie-reason"), name: "reason", rows: 2, required: true });
    const problems = h("div", { className: "error-box", role: "alert", hidden: true });
    const confirm = h("button", { type: "submit" }, i18n.t("tie.removeConfirm"));
    const form = h(
      "form",
      { className: "tie-removal", "aria-label": i18n.t("tie.remove") },
      h("p", {}, h("label", { for: reason.id }, i18n.t("tie.reason")), " ", reason),
      problems,
      h(
        "div",
        { className: "panel-actions" },
        confirm,
        h("button", { type: "button", onclick: () => form.remove() }, i18n.t("edit.cancel")),
      ),
    );
    form.noValidate = true;
    const show = (lines: readonly string[]) => {
      problems.hidden = lines.length === 0;
      replaceChildren(
        problems,
        lines.map((line) => h("p", {}, line)),
      );
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (reason.value.trim() === "") {
        show([i18n.t("tie.problem.reason")]);
        return;
      }
      show([]);
      confirm.disabled = true;
      this.api.unlink(tie.source, tie.target, tie.type, reason.value.trim()).then(
        () => {
          this.actions.removed(tie.id);
          void this.load();
        },
        (error: unknown) => {
          const { message, details } = errorText(error, i18n);
          show([message, ...details]);
          confirm.disabled = false;
        },
      );
    });
    item.append(form);
    reason.focus();
  }

  /** The other entity was chosen: offer the types the model allows between the two kinds. */
  private async chose(other: EntityRef): Promise<void> {
    try {
      this.choices = tieChoices(await this.linkRules(), this.entity.entityType, other.entityType);
    } catch (error) {
      const { message, details } = errorText(error, this.i18n);
      this.showProblems([message, ...details]);
      return;
    }
    if (this.search.selection?.id !== other.id) return; // chosen again meanwhile
    const i18n = this.i18n;
    const [shown, chosen] = [i18n.name(this.entity), i18n.name(other)];
    replaceChildren(
      this.typeSelect,
      this.choices.length === 0
        ? h("option", { value: "" }, i18n.t("tie.noType"))
        : this.choices.map((c) =>
            h(
              "option",
              { value: choiceValue(c) },
              c.outgoing
                ? `${shown} ${i18n.relationLabel(c.rule.type)} ${chosen}`
                : `${chosen} ${i18n.relationLabel(c.rule.type)} ${shown}`,
            ),
          ),
    );
    this.typeSelect.disabled = this.choices.length === 0;
    this.showProperties();
  }

  private resetChoices(): void {
    this.choices = [];
    replaceChildren(this.typeSelect, h("option", { value: "" }, this.i18n.t("tie.chooseOtherFirst")));
    this.typeSelect.disabled = true;
    this.showProperties();
  }

  private selectedChoice(): TieChoice | null {
    return this.choices.find((c) => choiceValue(c) === this.typeSelect.value) ?? null;
  }

  /** Shows the role or title input only when the chosen type carries it. */
  private showProperties(): void {
    const carried = this.selectedChoice()?.rule.properties ?? [];
    for (const [name, row] of this.propertyRows) row.hidden = !carried.includes(name);
  }

  private showProblems(lines: readonly string[]): void {
    this.problems.hidden = lines.length === 0;
    replaceChildren(
      this.problems,
      lines.map((line) => h("p", {}, line)),
    );
  }

  private async add(): Promise<void> {
    const i18n = this.i18n;
    const other = this.search.selection;
    const properties: Record<string, string> = {};
    for (const [name, input] of this.propertyInputs)
      if (!this.propertyRows.get(name)!.hidden) properties[name] = input.value;
    const request = buildTie(this.entity.id, {
      other: other?.id ?? null,
      choice: other ? this.selectedChoice() : null,
      properties,
      since: this.since.value,
      until: this.until.value,
      source: this.source.value,
      quote: this.quote.value,
    });
    if (!request.ok) {
      this.showProblems(request.problems.map((key) => i18n.t(key)));
      return;
    }
    this.showProblems([]);
    this.submit.disabled = true;
    this.submit.textContent = i18n.t("edit.saving");
    try {
      await this.api.link(request.input);
    } catch (error) {
      const { message, details } = errorText(error, i18n);
      this.showProblems([message, ...details]);
      return;
    } finally {
      this.submit.disabled = false;
      this.submit.textContent = i18n.t("tie.add");
    }
    const { from, type, to } = request.input;
    const subgraph = await this.load();
    const edge = subgraph?.edges.find((e) => e.id === edgeId(from, type, to));
    const end = subgraph?.nodes.find((n) => n.id === (from === this.entity.id ? to : from));
    if (edge && end) this.actions.added(edge, end);
    this.search.setSelection(null);
    for (const input of [...this.propertyInputs.values(), this.since, this.until, this.quote]) input.value = "";
    this.resetChoices();
  }
}
