// Filters (entity kinds, agreement kinds, sectors, countries) as checkbox groups, the evidence filters (independent
// sources per tie, stated ties only), and the time window as two year sliders over the years of the agreements and
// events in view.

import type { FilterOptions } from "../api/explorer-api";
import { ENTITY_TYPES, FILTERABLE_AGREEMENT_KINDS } from "../api/types";
import { EMPTY_FILTER, isFilterActive, type FilterField, type TimeWindow, type ViewFilter } from "../graph/filters";
import { isEvidenceFilterActive, MIN_SOURCES_CHOICES, OPEN_EVIDENCE, parseMinSources, type EvidenceFilter } from "../graph/evidence-filter";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";
import { entityBadge } from "./entity-badge";
import { errorText } from "./error-text";

export interface FilterPanelState {
  filter: ViewFilter;
  evidence: EvidenceFilter;
  window: TimeWindow;
  /** Years spanned by dated nodes in view, or null. */
  years: { min: number; max: number } | null;
  options: FilterOptions | null;
  optionsError: unknown;
  hiddenByFilters: number;
  /** What each group hides on its own among the nodes drawn (absent: not counted yet). */
  hiddenByGroup?: Record<FilterField, number>;
  /** What each evidence filter hides on its own among the ties drawn (absent: not counted yet). */
  tiesHiddenByEvidence?: { minSources: number; statedOnly: number };
}

export interface FilterPanelActions {
  setFilter(filter: ViewFilter): void;
  setWindow(window: TimeWindow): void;
  setEvidence(evidence: EvidenceFilter): void;
  retryOptions(): void;
}

function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

export class FilterPanel {
  readonly element: HTMLElement;

  constructor(private readonly i18n: () => I18n, private readonly actions: FilterPanelActions, private state: FilterPanelState) {
    this.element = h("div", { className: "filter-panel" });
    this.render();
  }

  update(state: Partial<FilterPanelState>): void {
    this.state = { ...this.state, ...state };
    this.render();
  }

  render(): void {
    const i18n = this.i18n();
    const focusedId = document.activeElement instanceof HTMLElement && this.element.contains(document.activeElement) ? document.activeElement.dataset["key"] : undefined;
    const { filter, options } = this.state;

    // A ticked box means "show only the ticked" within its group: said at each group, with what the group hides.
    const groupNote = (field: FilterField): HTMLElement => {
      const ticked = filter[field].length > 0;
      const hidden = this.state.hiddenByGroup?.[field] ?? 0;
      return h("p", { className: "filter-note muted small", "data-note": field },
        ticked ? i18n.t("filters.onlyTicked") : i18n.t("filters.noneTicked"),
        ticked ? ` ${i18n.t("filters.groupHides", { count: hidden })}` : "");
    };
    const group = <T extends string>(legend: MessageKey, field: FilterField, values: readonly T[], label: (v: T) => string, badge?: (v: T) => HTMLElement) =>
      h("fieldset", { className: values.length > 10 ? "check-group scroll" : "check-group" },
        h("legend", {}, i18n.t(legend)),
        groupNote(field),
        values.length === 0 ? h("p", { className: "muted" }, i18n.t("filters.noOptions")) : null,
        values.map((value) => {
          const id = uid("flt");
          const chosen = (filter[field] as readonly string[]).includes(value);
          return h("div", { className: "check" },
            h("input", {
              id, type: "checkbox", checked: chosen, "data-key": `${field}:${value}`,
              onchange: (e: Event) => this.actions.setFilter({ ...filter, [field]: toggled(filter[field] as string[], value, (e.target as HTMLInputElement).checked) }),
            }),
            h("label", { for: id }, badge ? badge(value) : null, label(value)));
        }));

    const evidence = this.state.evidence;
    const evidenceNote = (which: "minSources" | "statedOnly", set: boolean) =>
      h("p", { className: "filter-note muted small", "data-note": which },
        set ? i18n.t("evidenceFilter.hidesTies", { count: this.state.tiesHiddenByEvidence?.[which] ?? 0 }) : i18n.t("evidenceFilter.allTies"));
    const minSourcesId = uid("flt");
    const statedOnlyId = uid("flt");
    const evidenceGroup = h("fieldset", { className: "check-group evidence-filter" },
      h("legend", {}, i18n.t("evidenceFilter.title")),
      h("div", { className: "range-row" },
        h("label", { for: minSourcesId }, i18n.t("evidenceFilter.minSources")),
        h("select", {
          id: minSourcesId, "data-key": "evidence:minSources",
          onchange: (e: Event) => this.actions.setEvidence({ ...evidence, minSources: parseMinSources((e.target as HTMLSelectElement).value) }),
        }, MIN_SOURCES_CHOICES.map((n) => h("option", { value: String(n), selected: n === evidence.minSources },
          n === 1 ? i18n.t("evidenceFilter.anySources") : i18n.t("evidenceFilter.sources", { count: n }))))),
      evidenceNote("minSources", evidence.minSources > 1),
      h("div", { className: "check" },
        h("input", {
          id: statedOnlyId, type: "checkbox", checked: evidence.statedOnly, "data-key": "evidence:statedOnly",
          onchange: (e: Event) => this.actions.setEvidence({ ...evidence, statedOnly: (e.target as HTMLInputElement).checked }),
        }),
        h("label", { for: statedOnlyId }, i18n.t("evidenceFilter.statedOnly"))),
      evidenceNote("statedOnly", evidence.statedOnly));

    const sectorLabel = (id: string) => {
      const s = options?.sectors.find((x) => x.id === id);
      return s ? (s.names ? i18n.name(s) : i18n.language === "fr" && s.nameFr ? s.nameFr : s.name) : id;
    };
    const countryLabel = (id: string) => {
      const c = options?.countries.find((x) => x.id === id);
      return c ? i18n.name(c) : id;
    };
    const sectorIds = options ? [...options.sectors].sort((a, b) => sectorLabel(a.id).localeCompare(sectorLabel(b.id), i18n.language)).map((s) => s.id) : [];
    const countryIds = options ? [...options.countries].sort((a, b) => countryLabel(a.id).localeCompare(countryLabel(b.id), i18n.language)).map((c) => c.id) : [];

    let optionsNote: HTMLElement | null = null;
    if (this.state.optionsError) {
      const { message } = errorText(this.state.optionsError, i18n);
      optionsNote = h("div", { className: "error-box small", role: "alert" }, message, " ",
        h("button", { type: "button", onclick: () => this.actions.retryOptions() }, i18n.t("error.retry")));
    }

    replaceChildren(
      this.element,
      group("filters.entityTypes", "entityTypes", ENTITY_TYPES, (v) => i18n.enumLabel("entityTypes", v), (v) => entityBadge(v, 14)),
      group("filters.agreementKinds", "agreementKinds", FILTERABLE_AGREEMENT_KINDS, (v) => i18n.enumLabel("agreementKind", v)),
      optionsNote,
      options ? group("filters.sectors", "sectors", sectorIds, sectorLabel) : null,
      options ? group("filters.countries", "countries", countryIds, countryLabel) : null,
      evidenceGroup,
      h("div", { className: "filter-footer" },
        h("p", { className: "muted", role: "status" }, this.state.hiddenByFilters > 0 ? i18n.t("filters.hiddenCount", { count: this.state.hiddenByFilters }) : ""),
        h("button", {
          type: "button", disabled: !isFilterActive(filter) && !isEvidenceFilterActive(evidence),
          onclick: () => {
            this.actions.setFilter({ ...EMPTY_FILTER });
            this.actions.setEvidence({ ...OPEN_EVIDENCE });
          },
        }, i18n.t("filters.reset"))),
    );
    if (focusedId) this.element.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedId)}"]`)?.focus();
  }
}

export class TimeSlider {
  readonly element: HTMLElement;

  constructor(private readonly i18n: () => I18n, private readonly onChange: (window: TimeWindow) => void, private window: TimeWindow, private years: { min: number; max: number } | null) {
    this.element = h("div", { className: "time-slider" });
    this.render();
  }

  update(window: TimeWindow, years: { min: number; max: number } | null): void {
    this.window = window;
    this.years = years;
    this.render();
  }

  render(): void {
    const i18n = this.i18n();
    const focused = document.activeElement instanceof HTMLElement && this.element.contains(document.activeElement) ? document.activeElement.dataset["key"] : undefined;
    const years = this.years;
    if (years === null) {
      // Nothing dated in view: still show a window set by a link, so it can be seen and cleared.
      const set = this.window.from !== null || this.window.to !== null;
      replaceChildren(this.element,
        set ? h("p", { className: "time-summary" }, i18n.t("time.summary", { from: this.window.from === null ? "…" : String(this.window.from), to: this.window.to === null ? "…" : String(this.window.to) })) : null,
        h("p", { className: "muted" }, i18n.t("time.none")),
        set ? h("button", { type: "button", onclick: () => this.onChange({ from: null, to: null }) }, i18n.t("time.reset")) : null);
      return;
    }
    // The window may reach past the years in view (e.g. from a shared link): widen the slider to include it.
    const min = Math.min(years.min, this.window.from ?? years.min);
    const max = Math.max(years.max, this.window.to ?? years.max);
    const from = this.window.from ?? min;
    const to = this.window.to ?? max;
    if (min === max) {
      // One year in view: two sliders that cannot move would only puzzle; say which year it is.
      replaceChildren(this.element, h("p", { className: "time-summary" }, String(min)), h("p", { className: "muted" }, i18n.t("time.single", { year: String(min) })));
      return;
    }
    const fromId = uid("time-from");
    const toId = uid("time-to");
    const set = (which: "from" | "to", value: number) => {
      let next: TimeWindow = { ...this.window, [which]: value };
      if (which === "from" && (next.to ?? max) < value) next = { ...next, to: value };
      if (which === "to" && (next.from ?? min) > value) next = { ...next, from: value };
      // A bound at the edge of the data means "open".
      if (next.from !== null && next.from <= years.min) next = { ...next, from: null };
      if (next.to !== null && next.to >= years.max) next = { ...next, to: null };
      this.onChange(next);
    };
    // While dragging, only the number beside the slider follows; the window changes when the slider is let go.
    const showValue = (e: Event, which: "from" | "to") => {
      const output = this.element.querySelector(`[data-output="${which}"]`);
      if (output) output.textContent = (e.target as HTMLInputElement).value;
    };
    replaceChildren(
      this.element,
      h("p", { className: "time-summary", "aria-live": "polite" }, i18n.t("time.summary", { from: String(from), to: String(to) })),
      h("div", { className: "range-row" },
        h("label", { for: fromId }, i18n.t("time.from")),
        h("input", { id: fromId, type: "range", min, max, step: 1, value: from, "data-key": "from", "aria-valuetext": String(from),
          oninput: (e: Event) => showValue(e, "from"),
          onchange: (e: Event) => set("from", Number((e.target as HTMLInputElement).value)) }),
        h("output", { for: fromId, "data-output": "from" }, String(from))),
      h("div", { className: "range-row" },
        h("label", { for: toId }, i18n.t("time.to")),
        h("input", { id: toId, type: "range", min, max, step: 1, value: to, "data-key": "to", "aria-valuetext": String(to),
          oninput: (e: Event) => showValue(e, "to"),
          onchange: (e: Event) => set("to", Number((e.target as HTMLInputElement).value)) }),
        h("output", { for: toId, "data-output": "to" }, String(to))),
      h("button", { type: "button", disabled: this.window.from === null && this.window.to === null, onclick: () => this.onChange({ from: null, to: null }) }, i18n.t("time.reset")),
    );
    if (focused) this.element.querySelector<HTMLElement>(`[data-key="${focused}"]`)?.focus();
  }
}
