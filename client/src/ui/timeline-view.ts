// Timeline view: agreements and events by year then date, each with its kind. Two scopes: what is in view
// (items outside the time window marked), or the whole database through the server's `timeline` query with the
// filters and time window applied. Choosing an item shows it in the graph.

import type { EntityRef, PartialDate, TimelineItem } from "../api/types";
import type { NodeAttributes } from "../graph/attributes";
import { inTimeWindow, type TimeWindow } from "../graph/filters";
import { comparePartialDates } from "../i18n/dates";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";
import { entityBadge } from "./entity-badge";
import { errorText } from "./error-text";

/** How many items the whole-database timeline asks for. */
export const TIMELINE_FIRST = 200;

type Scope = "view" | "all";
type Remote = { kind: "idle" } | { kind: "loading" } | { kind: "items"; items: TimelineItem[] } | { kind: "error"; error: unknown };

export interface TimelineEntry {
  id: string;
  attrs: NodeAttributes;
}

/** Dated agreements and events in date order (interval start, then precision, then name), grouped by year. */
export function timelineGroups(entries: readonly TimelineEntry[]): { year: string; entries: TimelineEntry[] }[] {
  const dated = entries
    .filter((e) => (e.attrs.entityType === "AGREEMENT" || e.attrs.entityType === "EVENT") && e.attrs.start !== null)
    .sort((a, b) => comparePartialDates(a.attrs.start!, b.attrs.start!) || a.attrs.label.localeCompare(b.attrs.label));
  const groups: { year: string; entries: TimelineEntry[] }[] = [];
  for (const entry of dated) {
    const year = entry.attrs.start!.value.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

export class TimelineView {
  readonly element: HTMLElement;
  private scope: Scope = "view";
  private remote: Remote = { kind: "idle" };
  private last: { entries: readonly TimelineEntry[]; window: TimeWindow; selected: string | null } = { entries: [], window: { from: null, to: null }, selected: null };
  private readonly name = uid("timeline-scope");

  constructor(
    private readonly i18n: () => I18n,
    private readonly onChoose: (entity: EntityRef) => void,
    private readonly loadAll: () => Promise<TimelineItem[]>,
  ) {
    this.element = h("section", { className: "timeline-view", "aria-labelledby": "timeline-heading" });
  }

  /** The filters or window changed: the whole-database list must be asked again. */
  invalidate(): void {
    this.remote = { kind: "idle" };
  }

  render(entries: readonly TimelineEntry[], window: TimeWindow, selected: string | null): void {
    this.last = { entries, window, selected };
    const i18n = this.i18n();
    const active = document.activeElement instanceof HTMLElement && this.element.contains(document.activeElement) ? document.activeElement : null;
    const focused = active instanceof HTMLInputElement ? active.value : undefined;
    const focusedItem = active?.dataset["id"];
    const scope = h("fieldset", { className: "timeline-scope" },
      h("legend", {}, i18n.t("timeline.scope")),
      (["view", "all"] as const).map((value) => {
        const id = `${this.name}-${value}`;
        return h("span", { className: "check" },
          h("input", { type: "radio", id, name: this.name, value, checked: this.scope === value, onchange: () => this.setScope(value) }),
          h("label", { for: id }, i18n.t(value === "view" ? "timeline.scopeView" : "timeline.scopeAll")));
      }));
    const body = this.scope === "view" ? this.viewBody(entries, window, selected, i18n) : this.allBody(i18n);
    replaceChildren(this.element,
      h("h2", { id: "timeline-heading" }, i18n.t(this.scope === "view" ? "timeline.title" : "timeline.titleAll")),
      scope,
      body);
    if (focused) this.element.querySelector<HTMLInputElement>(`input[value="${focused}"]`)?.focus();
    if (focusedItem) this.element.querySelector<HTMLElement>(`button[data-id="${CSS.escape(focusedItem)}"]`)?.focus();
    if (this.scope === "all" && this.remote.kind === "idle") void this.fetch();
  }

  private setScope(scope: Scope): void {
    this.scope = scope;
    this.render(this.last.entries, this.last.window, this.last.selected);
  }

  private async fetch(): Promise<void> {
    this.remote = { kind: "loading" };
    this.render(this.last.entries, this.last.window, this.last.selected);
    try {
      this.remote = { kind: "items", items: await this.loadAll() };
    } catch (error) {
      this.remote = { kind: "error", error };
    }
    this.render(this.last.entries, this.last.window, this.last.selected);
  }

  private item(ref: EntityRef, start: PartialDate, end: PartialDate | null, kind: string, extra: { outside?: boolean; selected?: boolean }, i18n: I18n): HTMLElement {
    return h("li", { className: `timeline-item${extra.outside ? " is-outside" : ""}${extra.selected ? " is-selected" : ""}` },
      h("span", { className: "date", title: start.note ?? undefined }, i18n.partialRange(start, end)),
      h("button", { type: "button", className: "link-button", "data-id": ref.id, "aria-current": extra.selected ? "true" : undefined, onclick: () => this.onChoose(ref) },
        entityBadge(ref.entityType, 14), i18n.name(ref)),
      h("span", { className: "muted kind" }, kind,
        extra.outside ? h("span", { className: "outside" }, `(${i18n.t("timeline.outside")})`) : null));
  }

  private years<T>(items: readonly T[], year: (item: T) => string, render: (item: T) => HTMLElement): HTMLElement[] {
    const groups: { year: string; items: T[] }[] = [];
    for (const item of items) {
      const y = year(item);
      const last = groups[groups.length - 1];
      if (last && last.year === y) last.items.push(item);
      else groups.push({ year: y, items: [item] });
    }
    return groups.map((g) => h("section", { className: "timeline-year" }, h("h3", {}, g.year), h("ol", {}, g.items.map(render))));
  }

  private viewBody(entries: readonly TimelineEntry[], window: TimeWindow, selected: string | null, i18n: I18n): HTMLElement | HTMLElement[] {
    const groups = timelineGroups(entries);
    if (groups.length === 0) return h("p", { className: "muted" }, i18n.t("timeline.empty"));
    return this.years(groups.flatMap((g) => g.entries), (e) => e.attrs.start!.value.slice(0, 4), ({ id, attrs }) =>
      this.item({ id, name: attrs.label, entityType: attrs.entityType, names: attrs.names }, attrs.start!, attrs.end, i18n.kindLabel(attrs.entityType, attrs.kind),
        { outside: !inTimeWindow(attrs, window), selected: selected === id }, i18n));
  }

  private allBody(i18n: I18n): HTMLElement | HTMLElement[] {
    const r = this.remote;
    if (r.kind === "idle" || r.kind === "loading") return h("p", { role: "status" }, i18n.t("status.loading"));
    if (r.kind === "error") {
      const { message, details } = errorText(r.error, i18n);
      return h("div", { role: "alert", className: "error-box" }, h("p", {}, message), details.length > 0 ? h("p", { className: "details" }, details.join("; ")) : null,
        h("button", { type: "button", onclick: () => void this.fetch() }, i18n.t("error.retry")));
    }
    if (r.items.length === 0) return h("p", { className: "muted" }, i18n.t("timeline.emptyAll"));
    const sorted = [...r.items].sort((a, b) => comparePartialDates(a.start, b.start) || a.title.localeCompare(b.title));
    return [
      ...(r.items.length >= TIMELINE_FIRST ? [h("p", { className: "muted" }, i18n.t("timeline.first", { count: r.items.length }))] : []),
      ...this.years(sorted, (item) => item.start.value.slice(0, 4), (item) =>
        this.item({ id: item.entity.id, name: item.title, entityType: item.entity.entityType, names: item.entity.names ?? null }, item.start, item.end,
          i18n.kindLabel(item.type, item.kind), { selected: this.last.selected === item.entity.id }, i18n)),
    ];
  }
}
