// List view: the entities in view as a sortable table. Column headers are sort buttons (aria-sort tells the
// order); rows are reached with the arrow keys (one tab stop, roving tabindex), Enter selects, E expands.
// Above the table, a day to see the view as of (graph/as-of.ts): agreements and events dated after it are left out
// (the table says how many), those only possibly signed or begun by then, or undated, say so in their date cell.

import type { EntityRef } from "../api/types";
import type { NodeAttributes } from "../graph/attributes";
import { comparePartialDates } from "../i18n/dates";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";
import { entityBadge } from "./entity-badge";
import { evidenceMarker, sourceCountText } from "./evidence";
import { agreementBadges, agreementMarks } from "./agreement-marks";
import { lifecycleText } from "../i18n/lifecycle";
import { asOfDay, asOfStanding, type AsOfMark } from "../graph/as-of";

export type ListColumn = "name" | "type" | "kind" | "date" | "status" | "evidence" | "connections";
export interface ListSort {
  column: ListColumn;
  ascending: boolean;
}
export interface ListEntry {
  id: string;
  attrs: NodeAttributes;
}

/** The rows kept as of `day` with the mark of those only possibly there by then or undated, and how many were left out. */
export function entriesAsOf(entries: readonly ListEntry[], day: string | null): { kept: ListEntry[]; marks: Map<string, AsOfMark>; leftOut: number } {
  const marks = new Map<string, AsOfMark>();
  if (day === null) return { kept: [...entries], marks, leftOut: 0 };
  const kept = entries.filter((e) => {
    const { kept, mark } = asOfStanding(e.attrs, day);
    if (kept && mark !== null) marks.set(e.id, mark);
    return kept;
  });
  return { kept, marks, leftOut: entries.length - kept.length };
}

const COLUMNS: [ListColumn, MessageKey][] = [
  ["name", "list.name"], ["type", "list.type"], ["kind", "list.kind"], ["date", "list.date"], ["status", "list.status"], ["evidence", "evidence.column"],
  ["connections", "list.connections"],
];

/**
 * Sorts rows; ties (and missing dates, always last) fall back to the name. Dates sort as the API does: by the start
 * of the interval they stand for, then precision (June 2024 after 1 June 2024, before 2 June 2024).
 */
export function sortEntries(entries: readonly ListEntry[], sort: ListSort, i18n: I18n): ListEntry[] {
  const byName = (a: ListEntry, b: ListEntry) => i18n.name(a.attrs).localeCompare(i18n.name(b.attrs), i18n.language);
  if (sort.column === "date") {
    const direction = sort.ascending ? 1 : -1;
    return [...entries].sort((a, b) => {
      const da = a.attrs.start;
      const db = b.attrs.start;
      if (da === null || db === null) return da === db ? byName(a, b) : da === null ? 1 : -1;
      return comparePartialDates(da, db) * direction || byName(a, b);
    });
  }
  const key = (e: ListEntry): string | number | null => {
    switch (sort.column) {
      case "name": return null;
      case "type": return i18n.enumLabel("entityType", e.attrs.entityType);
      case "kind": return i18n.kindLabel(e.attrs.entityType, e.attrs.kind);
      case "date": return null;
      case "status": return statusSortKey(e, i18n);
      case "evidence": return e.attrs.inferred ? 1 : 0;
      case "connections": return e.attrs.degree;
    }
  };
  const direction = sort.ascending ? 1 : -1;
  return [...entries].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== null && kb !== null && ka !== kb) {
      const c = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb), i18n.language);
      if (c !== 0) return c * direction;
    }
    return sort.column === "name" ? byName(a, b) * direction : byName(a, b);
  });
}

/**
 * An agreement's status as the list shows it: its marks as badges (expiring, expired, renewal due, dormant: words, not
 * colour alone) and its last stated state with its date ("Signed — June 2024"); empty for other entities.
 */
function statusCell(attrs: NodeAttributes, i18n: I18n): (HTMLElement | string)[] {
  const badges = agreementBadges(attrs, i18n);
  const state = attrs.latestState ? lifecycleText([attrs.latestState], i18n) : "";
  return [...(badges ? [badges, " "] : []), state];
}

/** Marked agreements first (by their marks' words), then by last stated state; entities without either last. */
function statusSortKey(entry: ListEntry, i18n: I18n): string | null {
  const marks = agreementMarks(entry.attrs, i18n).map((m) => m.label).join(" ");
  const state = entry.attrs.latestState ? lifecycleText([entry.attrs.latestState], i18n) : "";
  return marks || state ? `${marks ? "0" : "1"}${marks} ${state}` : "2";
}

/** What the date cell adds as of a day: only possibly by then, or undated (words, with why in the title). */
function asOfNote(mark: AsOfMark | undefined, i18n: I18n): HTMLElement | null {
  if (mark === undefined) return null;
  const [word, why]: [MessageKey, MessageKey] = mark === "possibly" ? ["asOf.possibly", "asOf.possiblyWhy"] : ["asOf.undated", "asOf.undatedWhy"];
  return h("span", { className: `as-of-mark is-${mark}`, "data-as-of": mark, title: i18n.t(why) }, ` (${i18n.t(word)})`);
}

export class ListView {
  readonly element: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly body: HTMLElement;
  private sort: ListSort = { column: "name", ascending: true };
  private rows: ListEntry[] = [];
  private focusIndex = 0;
  private lastArgs: { entries: readonly ListEntry[]; selected: string | null; asOf: string | null } = { entries: [], selected: null, asOf: null };

  /** `onAsOf` is told the day the reader chose (null when cleared); without it, no as-of control is shown. */
  constructor(private readonly i18n: () => I18n, private readonly onSelect: (entity: EntityRef) => void, private readonly onExpand: (id: string) => void,
    private readonly onAsOf?: (day: string | null) => void) {
    // The control stays while the table is rebuilt, so the date input keeps its focus as the reader types.
    this.controls = h("div", { className: "list-controls" });
    this.body = h("div", { className: "list-body" });
    this.element = h("section", { className: "list-view" }, this.controls, this.body);
  }

  /** The day the list shows the view as of (`asOf`, ISO), null for none. */
  render(entries: readonly ListEntry[], selected: string | null, asOf: string | null = null): void {
    const languageChanged = this.controls.dataset["language"] !== this.i18n().language;
    this.lastArgs = { entries, selected, asOf };
    const i18n = this.i18n();
    this.renderControls(asOf, languageChanged);
    const hadFocus = this.body.contains(document.activeElement);
    const focusedHeader = document.activeElement instanceof HTMLElement && this.body.contains(document.activeElement) ? document.activeElement.dataset["column"] : undefined;
    const { kept, marks, leftOut } = entriesAsOf(entries, asOf);
    this.rows = sortEntries(kept, this.sort, i18n);
    const selectedIndex = this.rows.findIndex((r) => r.id === selected);
    if (this.focusIndex >= this.rows.length) this.focusIndex = Math.max(0, this.rows.length - 1);
    if (!hadFocus && selectedIndex >= 0) this.focusIndex = selectedIndex;

    const asOfDate = asOf === null ? "" : i18n.date(asOf, "DAY");
    const leftOutLine = leftOut > 0 ? h("p", { className: "muted list-left-out", role: "status" }, i18n.t("asOf.leftOut", { count: i18n.number(leftOut), date: asOfDate })) : null;
    if (this.rows.length === 0) {
      replaceChildren(this.body, h("p", { className: "muted" }, i18n.t("list.empty")), leftOutLine);
      return;
    }
    const table = h("table", { className: "entity-table" },
      h("caption", {}, i18n.t("list.caption"), asOf === null ? "" : ` — ${i18n.t("asOf.caption", { date: asOfDate })}`, ` (${i18n.number(this.rows.length)})`),
      h("thead", {}, h("tr", {}, COLUMNS.map(([column, label]) => {
        const active = this.sort.column === column;
        return h("th", { scope: "col", "aria-sort": active ? (this.sort.ascending ? "ascending" : "descending") : undefined },
          h("button", { type: "button", className: "sort-button", "data-column": column,
            onclick: () => this.setSort(column) }, i18n.t(label), h("span", { "aria-hidden": "true" }, active ? (this.sort.ascending ? " ▲" : " ▼") : "")));
      }))),
      h("tbody", {}, this.rows.map((row, index) => {
        const a = row.attrs;
        return h("tr", {
          tabindex: index === this.focusIndex ? "0" : "-1",
          "aria-current": row.id === selected ? "true" : undefined,
          "data-index": index,
          className: row.id === selected ? "is-selected" : "",
          onclick: () => { this.focusIndex = index; this.onSelect({ id: row.id, name: a.label, entityType: a.entityType, names: a.names }); },
          ondblclick: () => this.onExpand(row.id),
          onkeydown: (e: KeyboardEvent) => this.onKey(e, index),
        },
        h("td", {}, h("span", { className: "cell-name" }, entityBadge(a.entityType, 14), h("span", { lang: i18n.nameLanguage(a) }, i18n.name(a)))),
        h("td", {}, i18n.enumLabel("entityType", a.entityType)),
        h("td", {}, i18n.kindLabel(a.entityType, a.kind)),
        h("td", { className: "date" }, i18n.partialRange(a.start, a.end), asOfNote(marks.get(row.id), i18n)),
        h("td", { className: "status" }, statusCell(a, i18n)),
        h("td", { className: "evidence" }, evidenceMarker(a, i18n), " ", h("span", { className: "muted" }, sourceCountText(a.sourceCount, i18n))),
        h("td", { className: "number" }, i18n.number(a.degree)));
      })));
    replaceChildren(this.body, leftOutLine, h("div", { className: "table-scroll" }, table));
    if (focusedHeader) this.element.querySelector<HTMLElement>(`[data-column="${focusedHeader}"]`)?.focus();
    else if (hadFocus) this.focusRow(this.focusIndex);
  }

  private setSort(column: ListColumn): void {
    this.sort = this.sort.column === column ? { column, ascending: !this.sort.ascending } : { column, ascending: column !== "connections" };
    this.render(this.lastArgs.entries, this.lastArgs.selected, this.lastArgs.asOf);
  }

  /** The as-of date input, built once per language and kept in step with the view's day. */
  private renderControls(asOf: string | null, rebuild: boolean): void {
    const onAsOf = this.onAsOf;
    if (!onAsOf) return;
    const i18n = this.i18n();
    let input = this.controls.querySelector<HTMLInputElement>("input.list-as-of");
    if (rebuild || !input) {
      const id = uid("list-as-of");
      const helpId = uid("list-as-of-help");
      input = h("input", { type: "date", id, className: "list-as-of", value: asOf ?? "", "aria-describedby": helpId });
      const field = input;
      field.addEventListener("change", () => onAsOf(asOfDay(field.value)));
      replaceChildren(this.controls,
        h("label", { for: id }, i18n.t("asOf.label")), " ", input, " ",
        h("button", { type: "button", className: "list-as-of-clear", onclick: () => { field.value = ""; onAsOf(null); } }, i18n.t("asOf.clear")),
        h("p", { id: helpId, className: "muted" }, i18n.t("asOf.help")));
      this.controls.dataset["language"] = i18n.language;
    }
    if (input.value !== (asOf ?? "") && document.activeElement !== input) input.value = asOf ?? "";
  }

  private focusRow(index: number): void {
    const rows = this.element.querySelectorAll<HTMLTableRowElement>("tbody tr");
    rows.forEach((r, i) => r.setAttribute("tabindex", i === index ? "0" : "-1"));
    rows[index]?.focus();
    this.focusIndex = index;
  }

  private onKey(event: KeyboardEvent, index: number): void {
    const last = this.rows.length - 1;
    const row = this.rows[index];
    let next: number;
    switch (event.key) {
      case "ArrowDown": next = Math.min(last, index + 1); break;
      case "ArrowUp": next = Math.max(0, index - 1); break;
      case "Home": next = 0; break;
      case "End": next = last; break;
      case "PageDown": next = Math.min(last, index + 10); break;
      case "PageUp": next = Math.max(0, index - 10); break;
      case "Enter":
      case " ":
        if (row) this.onSelect({ id: row.id, name: row.attrs.label, entityType: row.attrs.entityType, names: row.attrs.names });
        event.preventDefault();
        return;
      case "e":
      case "E":
        if (row) this.onExpand(row.id);
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusRow(next);
  }
}
