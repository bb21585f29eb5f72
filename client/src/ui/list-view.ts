// List view: the entities in view as a sortable table. Column headers are sort buttons (aria-sort tells the
// order); rows are reached with the arrow keys (one tab stop, roving tabindex), Enter selects, E expands.

import type { EntityRef } from "../api/types";
import type { NodeAttributes } from "../graph/attributes";
import { comparePartialDates } from "../i18n/dates";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h, replaceChildren } from "./dom";
import { entityBadge } from "./entity-badge";
import { evidenceMarker, sourceCountText } from "./evidence";
import { agreementBadges, agreementMarks } from "./agreement-marks";
import { lifecycleText } from "../i18n/lifecycle";

export type ListColumn = "name" | "type" | "kind" | "date" | "status" | "evidence" | "connections";
export interface ListSort {
  column: ListColumn;
  ascending: boolean;
}
export interface ListEntry {
  id: string;
  attrs: NodeAttributes;
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

export class ListView {
  readonly element: HTMLElement;
  private sort: ListSort = { column: "name", ascending: true };
  private rows: ListEntry[] = [];
  private focusIndex = 0;
  private lastArgs: { entries: readonly ListEntry[]; selected: string | null } = { entries: [], selected: null };

  constructor(private readonly i18n: () => I18n, private readonly onSelect: (entity: EntityRef) => void, private readonly onExpand: (id: string) => void) {
    this.element = h("section", { className: "list-view" });
  }

  render(entries: readonly ListEntry[], selected: string | null): void {
    this.lastArgs = { entries, selected };
    const i18n = this.i18n();
    const hadFocus = this.element.contains(document.activeElement);
    const focusedHeader = document.activeElement instanceof HTMLElement ? document.activeElement.dataset["column"] : undefined;
    this.rows = sortEntries(entries, this.sort, i18n);
    const selectedIndex = this.rows.findIndex((r) => r.id === selected);
    if (this.focusIndex >= this.rows.length) this.focusIndex = Math.max(0, this.rows.length - 1);
    if (!hadFocus && selectedIndex >= 0) this.focusIndex = selectedIndex;

    if (this.rows.length === 0) {
      replaceChildren(this.element, h("p", { className: "muted" }, i18n.t("list.empty")));
      return;
    }
    const table = h("table", { className: "entity-table" },
      h("caption", {}, i18n.t("list.caption"), ` (${i18n.number(this.rows.length)})`),
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
        h("td", { className: "date" }, i18n.partialRange(a.start, a.end)),
        h("td", { className: "status" }, statusCell(a, i18n)),
        h("td", { className: "evidence" }, evidenceMarker(a, i18n), " ", h("span", { className: "muted" }, sourceCountText(a.sourceCount, i18n))),
        h("td", { className: "number" }, i18n.number(a.degree)));
      })));
    replaceChildren(this.element, h("div", { className: "table-scroll" }, table));
    if (focusedHeader) this.element.querySelector<HTMLElement>(`[data-column="${focusedHeader}"]`)?.focus();
    else if (hadFocus) this.focusRow(this.focusIndex);
  }

  private setSort(column: ListColumn): void {
    this.sort = this.sort.column === column ? { column, ascending: !this.sort.ascending } : { column, ascending: column !== "connections" };
    this.render(this.lastArgs.entries, this.lastArgs.selected);
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
