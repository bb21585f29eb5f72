// Timeline view: the agreements and events in view, by year then date, each with its kind; items outside the
// time window are marked. Choosing one selects it in the graph.

import type { EntityRef } from "../api/types";
import type { NodeAttributes } from "../graph/attributes";
import { inTimeWindow, type TimeWindow } from "../graph/filters";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren } from "./dom";
import { entityBadge } from "./entity-badge";

export interface TimelineEntry {
  id: string;
  attrs: NodeAttributes;
}

/** Dated agreements and events in date order (then by name), grouped by year. */
export function timelineGroups(entries: readonly TimelineEntry[]): { year: string; entries: TimelineEntry[] }[] {
  const dated = entries
    .filter((e) => (e.attrs.entityType === "AGREEMENT" || e.attrs.entityType === "EVENT") && e.attrs.date !== null)
    .sort((a, b) => (a.attrs.date! < b.attrs.date! ? -1 : a.attrs.date! > b.attrs.date! ? 1 : a.attrs.label.localeCompare(b.attrs.label)));
  const groups: { year: string; entries: TimelineEntry[] }[] = [];
  for (const entry of dated) {
    const year = entry.attrs.date!.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

export class TimelineView {
  readonly element: HTMLElement;

  constructor(private readonly i18n: () => I18n, private readonly onChoose: (entity: EntityRef) => void) {
    this.element = h("section", { className: "timeline-view", "aria-labelledby": "timeline-heading" });
  }

  render(entries: readonly TimelineEntry[], window: TimeWindow, selected: string | null): void {
    const i18n = this.i18n();
    const groups = timelineGroups(entries);
    replaceChildren(
      this.element,
      h("h2", { id: "timeline-heading" }, i18n.t("timeline.title")),
      groups.length === 0
        ? h("p", { className: "muted" }, i18n.t("timeline.empty"))
        : groups.map((group) =>
          h("section", { className: "timeline-year" },
            h("h3", {}, group.year),
            h("ol", {}, group.entries.map(({ id, attrs }) => {
              const outside = !inTimeWindow(attrs, window);
              return h("li", { className: `timeline-item${outside ? " is-outside" : ""}${selected === id ? " is-selected" : ""}` },
                h("span", { className: "date" }, i18n.dateRange(attrs.date, attrs.endDate, null)),
                h("button", { type: "button", className: "link-button", "aria-current": selected === id ? "true" : undefined,
                  onclick: () => this.onChoose({ id, name: attrs.label, entityType: attrs.entityType }) }, entityBadge(attrs.entityType, 14), attrs.label),
                h("span", { className: "muted kind" }, i18n.kindLabel(attrs.entityType, attrs.kind),
                  outside ? h("span", { className: "outside" }, `(${i18n.t("timeline.outside")})`) : null));
            })))),
    );
  }
}
