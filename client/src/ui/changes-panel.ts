// "What changed": two days, then what appeared in the sources between them (agreements, events, new partners, new
// people), each with its date at its precision, marked when that date may lie outside the window, with how many
// articles state it; the new ties are highlighted in the graph (graph/changes.ts). Choosing an item opens it.

import type { ChangeNode, DatedChange, DatedChanges } from "../api/changes-types";
import type { EntityRef } from "../api/types";
import type { ChangeWindow } from "../graph/changes";
import { changeWindow } from "../graph/changes";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";
import { errorText } from "./error-text";

export interface ChangesActions {
  /** Asks the server and highlights the new ties; resolves to the answer (or throws an ApiError). */
  show(window: ChangeWindow): Promise<DatedChanges>;
  clear(): void;
  open(entity: EntityRef): void;
  /** Whether the graph draws this entity (then it is highlighted). */
  isInGraph(id: string): boolean;
}

type Result =
  | { kind: "none" }
  | { kind: "busy" }
  | { kind: "invalid" }
  | { kind: "changes"; answer: DatedChanges }
  | { kind: "error"; error: unknown };

export class ChangesPanel {
  readonly element: HTMLElement;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly body: HTMLElement;
  private result: Result = { kind: "none" };

  constructor(
    private readonly i18n: () => I18n,
    private readonly actions: ChangesActions,
    initial: ChangeWindow | null,
  ) {
    const t = i18n();
    const fromId = uid("changes-from");
    const toId = uid("changes-to");
    this.fromInput = h("input", { type: "date", id: fromId, className: "changes-from", value: initial?.from ?? "" });
    this.toInput = h("input", { type: "date", id: toId, className: "changes-to", value: initial?.to ?? "" });
    this.body = h("div", { className: "changes-body", "aria-live": "polite" });
    this.element = h(
      "div",
      { className: "changes-panel" },
      h("p", { className: "hint" }, t.t("changes.explain")),
      h(
        "div",
        { className: "changes-days" },
        h("label", { for: fromId }, t.t("changes.from")),
        this.fromInput,
        h("label", { for: toId }, t.t("changes.to")),
        this.toInput,
      ),
      h(
        "div",
        { className: "changes-actions" },
        h("button", { type: "button", className: "changes-show", onclick: () => void this.run() }, t.t("changes.show")),
        h(
          "button",
          { type: "button", className: "small changes-clear", onclick: () => this.clear() },
          t.t("changes.clear"),
        ),
      ),
      this.body,
    );
  }

  /** Asks for the window in the two inputs (also used to replay a shared link). */
  async run(): Promise<void> {
    const window = changeWindow(this.fromInput.value, this.toInput.value);
    if (window === null) {
      this.render({ kind: "invalid" });
      return;
    }
    this.render({ kind: "busy" });
    try {
      this.render({ kind: "changes", answer: await this.actions.show(window) });
    } catch (error) {
      this.render({ kind: "error", error });
    }
  }

  private clear(): void {
    this.fromInput.value = "";
    this.toInput.value = "";
    this.actions.clear();
    this.render({ kind: "none" });
  }

  /** Re-marks which items the graph draws (after an expansion). */
  refresh(): void {
    this.render(this.result);
  }

  private render(result: Result): void {
    this.result = result;
    const t = this.i18n();
    switch (result.kind) {
      case "none":
        replaceChildren(this.body);
        return;
      case "busy":
        replaceChildren(this.body, h("p", { className: "status" }, t.t("changes.busy")));
        return;
      case "invalid":
        replaceChildren(this.body, h("p", { role: "alert" }, t.t("changes.invalid")));
        return;
      case "error":
        {
          const { message, details } = errorText(result.error, t);
          replaceChildren(
            this.body,
            h("p", { role: "alert" }, message),
            ...details.map((d) => h("p", { className: "details" }, d)),
          );
        }
        return;
      case "changes":
        replaceChildren(this.body, ...this.answer(result.answer, t));
    }
  }

  private answer(answer: DatedChanges, t: I18n): HTMLElement[] {
    const period = { from: t.partialDate(day(answer.from)), to: t.partialDate(day(answer.to)) };
    if (answer.items.length === 0) {
      return [h("p", { className: "changes-summary" }, t.t("changes.none", period)), ...this.notes(answer, t)];
    }
    const shown = answer.items.filter((c) => this.actions.isInGraph(c.node.id)).length;
    return [
      h("p", { className: "changes-summary" }, t.t("changes.count", { ...period, count: answer.items.length, shown })),
      h("ol", { className: "changes-list" }, ...answer.items.map((c) => this.item(c, t))),
      ...this.notes(answer, t),
    ];
  }

  private notes(answer: DatedChanges, t: I18n): HTMLElement[] {
    return [
      answer.truncated ? h("p", { className: "hint" }, t.t("changes.truncated", { count: answer.items.length })) : null,
      answer.undated > 0
        ? h("p", { className: "hint changes-undated" }, t.t("changes.undated", { count: answer.undated }))
        : null,
    ].filter((e): e is HTMLParagraphElement => e !== null);
  }

  private item(change: DatedChange, t: I18n): HTMLElement {
    const inGraph = this.actions.isInGraph(change.node.id);
    const names = [change.node, change.other]
      .filter((n): n is ChangeNode => n !== null)
      .map((n) => t.name(n))
      .join(" – ");
    const text = change.through ? t.t("changes.through", { names, through: t.name(change.through) }) : names;
    const sources = new Set(change.citations.map((c) => c.source.id)).size;
    return h(
      "li",
      {
        className: `change change-${change.kind.toLowerCase()}${inGraph ? " change-in-graph" : ""}`,
        "data-id": change.node.id,
      },
      h("span", { className: "change-kind" }, t.t(`changes.kind.${change.kind}`)),
      " ",
      h("time", { className: "change-date", datetime: change.date.iso }, t.partialDate(change.date)),
      change.uncertain
        ? h(
            "span",
            { className: "change-uncertain", title: t.t("changes.uncertain") },
            ` (${t.t("changes.uncertain")})`,
          )
        : null,
      " ",
      h(
        "button",
        { type: "button", className: "link-button change-open", onclick: () => this.actions.open(ref(change.node)) },
        text,
      ),
      h("span", { className: "change-sources" }, ` · ${t.t("changes.sources", { count: sources })}`),
      inGraph ? h("span", { className: "change-in-graph-mark" }, ` · ${t.t("changes.inGraph")}`) : null,
    );
  }
}

function ref(node: ChangeNode): EntityRef {
  return { id: node.id, name: node.label, entityType: node.entityType, names: node.names };
}

/** A window's end as a day-precise date, for the language's date format. */
function day(iso: string) {
  return {
    value: iso,
    precision: "DAY" as const,
    qualifier: null,
    iso,
    text: null,
    note: null,
    earliest: iso,
    latest: iso,
  };
}
