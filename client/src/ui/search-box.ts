// Type-ahead search (WAI-ARIA combobox with a grouped listbox, as in the APG "combobox with listbox popup"):
// results come grouped by entity kind; arrows move, Enter chooses, Escape closes. A request still running
// when the user types again is cancelled. Failures and empty results are said in words, in a live region.

import type { ExplorerApi } from "../api/explorer-api";
import { ENTITY_TYPES, type EntityRef, type SearchHit } from "../api/types";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";
import { entityBadge } from "./entity-badge";
import { errorText, isAbort } from "./error-text";
import { findTwoNames } from "./two-name-search";

/**
 * How many results a search shows at first, and at most on request (the API gives at most 200). Each search asks
 * for one more than the most it would show, so it can say "20 of 25" and show the rest without asking again.
 */
export const SEARCH_FIRST = 20;
export const SEARCH_MORE = 100;

export interface SearchBoxOptions {
  api: ExplorerApi;
  i18n: () => I18n;
  label: MessageKey;
  /** Show the long placeholder (main search). */
  placeholder?: boolean;
  onChoose(entity: EntityRef): void;
  /** When given, a search for two names that match nothing together proposes the connection between them. */
  onConnect?(from: EntityRef, to: EntityRef): void;
  /** Milliseconds to wait after typing (default 200). */
  debounceMs?: number;
}

/**
 * Groups hits by entity kind, keeping the server's ranking inside each group; the group of the best hit comes
 * first (typing "Osaka" shows the city before the dozen events named after its Expo), ties in the schema's order.
 */
export function groupHits(hits: readonly SearchHit[]): { type: (typeof ENTITY_TYPES)[number]; hits: SearchHit[] }[] {
  const firstRank = (type: string) => hits.findIndex((hit) => hit.entity.entityType === type);
  return ENTITY_TYPES.map((type) => ({ type, hits: hits.filter((hit) => hit.entity.entityType === type) }))
    .filter((g) => g.hits.length > 0)
    .sort((a, b) => firstRank(a.type) - firstRank(b.type));
}

/** Lower case without accents, for telling an exact match from a close spelling. */
function loose(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** True when no hit's name contains every typed word (it matched by a close spelling or by other text). */
function noNameHasAllWords(hits: readonly SearchHit[], text: string): boolean {
  const words = loose(text).split(/\s+/).filter((w) => w.length > 0);
  return !hits.some((hit) => {
    const names = loose(`${hit.entity.name} ${hit.matched ?? ""}`);
    return words.every((w) => names.includes(w));
  });
}

/** One word whose hits all differ from it: the list shows close spellings ("Rakutem" → Rakuten), said as such. */
export function onlyCloseSpellings(hits: readonly SearchHit[], text: string): boolean {
  return hits.length > 0 && !/\s/.test(text.trim()) && noNameHasAllWords(hits, text);
}

/** Several words that no entity's name holds together: perhaps two names, whose connection is worth offering. */
export function mayBeTwoNames(hits: readonly SearchHit[], text: string): boolean {
  return /\s/.test(text.trim()) && noNameHasAllWords(hits, text);
}

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly labelElement: HTMLLabelElement;
  private readonly listbox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly listboxId = uid("search-list");
  private hits: SearchHit[] = [];
  /** The last answer, up to SEARCH_MORE hits: "show all" draws them without asking again. */
  private answer: SearchHit[] = [];
  private ordered: SearchHit[] = [];
  private active = -1;
  private open = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | null = null;
  private statusState:
    | { key: "none" }
    | { key: "searching" }
    | {
        key: "results";
        count: number;
        /** How many match in all; null: more than SEARCH_MORE (the answer was cut there). */
        total: number | null;
        text: string;
        close: boolean;
        pair?: [EntityRef, EntityRef];
      }
    | { key: "noMatch"; text: string; pair?: [EntityRef, EntityRef] }
    | { key: "error"; error: unknown } = { key: "none" };
  private chosen: EntityRef | null = null;

  constructor(private readonly options: SearchBoxOptions) {
    const inputId = uid("search-input");
    this.labelElement = h("label", { for: inputId, className: "search-label" });
    this.input = h("input", {
      id: inputId,
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": this.listboxId,
      className: "search-input",
    });
    this.listbox = h("ul", { id: this.listboxId, role: "listbox", className: "search-results", hidden: true });
    this.status = h("div", { className: "search-status", role: "status", "aria-live": "polite" });
    this.element = h("div", { className: "search-box" }, this.labelElement, this.input, this.listbox, this.status);

    this.input.addEventListener("input", () => this.onInput());
    this.input.addEventListener("keydown", (e) => this.onKeyDown(e));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.input.addEventListener("focus", () => {
      if (this.hits.length > 0 && this.input.value.trim().length > 0 && this.chosen === null) this.show();
    });
    this.render();
  }

  get value(): string {
    return this.input.value;
  }

  /** The entity last chosen in this box (the path finder reads it). */
  get selection(): EntityRef | null {
    return this.chosen;
  }

  /** Shows an entity as chosen without searching (e.g. "use the selected node"). */
  setSelection(entity: EntityRef | null): void {
    this.chosen = entity;
    this.input.value = entity?.name ?? "";
    this.close();
  }

  /** Types `text` and searches at once (welcome examples). */
  searchNow(text: string): void {
    this.input.value = text;
    this.input.focus();
    void this.search(text);
  }

  render(): void {
    const i18n = this.options.i18n();
    this.labelElement.textContent = i18n.t(this.options.label);
    if (this.options.placeholder) this.input.placeholder = i18n.t("search.placeholder");
    this.renderList();
    this.renderStatus();
  }

  private onInput(): void {
    this.chosen = null;
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length === 0) {
      this.inflight?.abort();
      this.hits = [];
      this.answer = [];
      this.statusState = { key: "none" };
      this.close();
      this.renderStatus();
      return;
    }
    this.timer = setTimeout(() => void this.search(text), this.options.debounceMs ?? 200);
  }

  /**
   * Asks for one result more than it would ever show, so it can say how many there are ("showing 20 of 25"), or that
   * there are more than it shows, rather than let a cut list pass for all there is.
   */
  private async search(text: string): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    this.statusState = { key: "searching" };
    this.renderStatus();
    try {
      const answer = await this.options.api.search(text, { first: SEARCH_MORE + 1, signal: controller.signal });
      if (controller.signal.aborted) return;
      const total = answer.length > SEARCH_MORE ? null : answer.length;
      this.answer = answer.slice(0, SEARCH_MORE);
      const hits = answer.slice(0, SEARCH_FIRST);
      this.hits = hits;
      this.statusState = hits.length === 0 ? { key: "noMatch", text } : { key: "results", count: hits.length, total, text, close: onlyCloseSpellings(hits, text) };
      if (this.options.onConnect && mayBeTwoNames(hits, text)) void this.proposeConnection(text, controller);
      this.active = -1;
      this.renderList();
      if (hits.length > 0) this.show();
      else this.close();
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.hits = [];
      this.statusState = { key: "error", error };
      this.close();
    } finally {
      if (this.inflight === controller) this.inflight = null;
      this.renderStatus();
    }
  }

  /** After a search whose words no single name holds, offers the connection between two entities they may name. */
  private async proposeConnection(text: string, controller: AbortController): Promise<void> {
    try {
      const pair = await findTwoNames(this.options.api, text, controller.signal);
      const state = this.statusState;
      if (pair === null || controller.signal.aborted || (state.key !== "noMatch" && state.key !== "results") || state.text !== text) return;
      this.statusState = { ...state, pair };
      this.renderStatus();
    } catch {
      // The proposal is a courtesy: its failure leaves the plain "nothing matches" in place.
    }
  }

  /** The proposal of a two-name search: a button that traces the connection between the two. */
  private connectOffer(pair: [EntityRef, EntityRef] | undefined): HTMLElement | null {
    if (!pair) return null;
    const i18n = this.options.i18n();
    return h("button", {
      type: "button", className: "link-button search-connect",
      onmousedown: (e: Event) => e.preventDefault(),
      onclick: () => {
        this.close();
        this.options.onConnect?.(pair[0], pair[1]);
      },
    }, i18n.t("search.connectTwo", { from: i18n.name(pair[0]), to: i18n.name(pair[1]) }));
  }

  /** Shows every hit of the last answer (up to SEARCH_MORE), keeping the list open. */
  private showAll(): void {
    const s = this.statusState;
    if (s.key !== "results") return;
    this.hits = this.answer;
    this.statusState = { ...s, count: this.hits.length };
    this.renderList();
    this.show();
    this.renderStatus();
  }

  private renderStatus(): void {
    const i18n = this.options.i18n();
    const s = this.statusState;
    this.status.classList.toggle("is-error", s.key === "error" || s.key === "noMatch");
    switch (s.key) {
      case "none":
        replaceChildren(this.status);
        break;
      case "searching":
        replaceChildren(this.status, i18n.t("search.searching"));
        break;
      case "results": {
        const more = s.total === null || s.total > s.count;
        if (!more) {
          replaceChildren(this.status,
            s.close ? h("span", { className: "search-close" }, i18n.t("search.closeSpellings", { text: s.text })) : null,
            h("span", { className: "visually-hidden" }, i18n.t("search.results", { count: s.count })),
            this.connectOffer(s.pair));
          break;
        }
        const shown =
          s.total !== null ? i18n.t("search.showingOf", { count: s.count, total: s.total })
          : s.count < SEARCH_MORE ? i18n.t("search.showingOfMore", { count: s.count, max: SEARCH_MORE })
          : i18n.t("search.firstOnly", { count: s.count });
        replaceChildren(this.status, h("span", { className: "search-more" }, shown, " ",
          s.count < this.answer.length
            ? h("button", {
              type: "button", className: "link-button search-show-more",
              // Pressed before the input loses focus, so the open list does not close under the pointer.
              onmousedown: (e: Event) => e.preventDefault(),
              onclick: () => { this.showAll(); this.input.focus(); },
            }, s.total !== null ? i18n.t("search.showAll", { total: s.total }) : i18n.t("search.showMore", { count: SEARCH_MORE }))
            : i18n.t("search.refine")),
          // A long list of articles naming one of two names still leaves their connection worth offering.
          this.connectOffer(s.pair));
        break;
      }
      case "noMatch":
        replaceChildren(this.status, i18n.t("search.noMatch", { text: s.text }), s.pair ? " " : null, this.connectOffer(s.pair));
        break;
      case "error": {
        const { message, details } = errorText(s.error, i18n);
        replaceChildren(this.status, message, details.length > 0 ? h("span", { className: "details" }, ` ${details.join("; ")}`) : null);
        break;
      }
    }
  }

  private renderList(): void {
    const i18n = this.options.i18n();
    this.ordered = [];
    const groups = groupHits(this.hits).map((group) => {
      const headingId = uid("search-group");
      const options = group.hits.map((hit) => {
        const index = this.ordered.push(hit) - 1;
        const shown = i18n.name(hit.entity);
        const matchedAlias = hit.matched && hit.matched !== shown;
        return h(
          "li",
          {
            id: `${this.listboxId}-opt-${index}`,
            role: "option",
            className: "search-option",
            "aria-selected": index === this.active ? "true" : "false",
            onmousedown: (e: MouseEvent) => e.preventDefault(),
            onclick: () => this.choose(index),
          },
          entityBadge(hit.entity.entityType, 16),
          h("span", { className: "name", lang: i18n.nameLanguage(hit.entity) }, shown),
          matchedAlias ? h("span", { className: "matched" }, i18n.t("search.matched", { text: hit.matched })) : null,
        );
      });
      return h(
        "li",
        { role: "presentation" },
        h("ul", { role: "group", "aria-labelledby": headingId },
          h("li", { role: "presentation", id: headingId, className: "search-group" }, i18n.enumLabel("entityTypes", group.type)),
          options),
      );
    });
    replaceChildren(this.listbox, groups);
    this.updateActive();
  }

  private updateActive(): void {
    const id = this.active >= 0 ? `${this.listboxId}-opt-${this.active}` : null;
    if (id) this.input.setAttribute("aria-activedescendant", id);
    else this.input.removeAttribute("aria-activedescendant");
    for (const option of this.listbox.querySelectorAll<HTMLElement>("[role=option]")) {
      const selected = option.id === id;
      option.setAttribute("aria-selected", selected ? "true" : "false");
      if (selected) option.scrollIntoView?.({ block: "nearest" });
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.ordered.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        if (!this.open) this.show();
        this.active = (this.active + 1) % count;
        this.updateActive();
        break;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        if (!this.open) this.show();
        this.active = this.active <= 0 ? count - 1 : this.active - 1;
        this.updateActive();
        break;
      case "Enter":
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else if (this.open && count > 0) {
          event.preventDefault();
          this.choose(0);
        } else if (this.input.value.trim().length > 0) {
          event.preventDefault();
          clearTimeout(this.timer);
          void this.search(this.input.value.trim());
        }
        break;
      case "Escape":
        if (this.open) {
          event.preventDefault();
          this.close();
        }
        break;
    }
  }

  private choose(index: number): void {
    const hit = this.ordered[index];
    if (!hit) return;
    this.chosen = hit.entity;
    this.input.value = hit.entity.name;
    this.close();
    this.options.onChoose(hit.entity);
  }

  private show(): void {
    if (this.ordered.length === 0) return;
    this.open = true;
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.open = false;
    this.active = -1;
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.updateActive();
  }
}
