// The details panel: properties of the selected entity, its agreements and events in date order, related
// entities (each a link into the graph), and the sources of every fact: quoted sentence, article, publisher, date.

import type { ExplorerApi } from "../api/explorer-api";
import type {
  AgreementSummary, Citation, Connection, EntityDetails, EntityRef, EventSummary, FactSummary, GraphEdge, GraphNode, LocalizedNames,
  NamedRef, PartialDate, SectorRef, SourceSummary,
} from "../api/types";
import { comparePartialDates } from "../i18n/dates";
import type { EdgeAttributes } from "../graph/attributes";
import type { I18n, MessageKey } from "../i18n/i18n";
import type { Language } from "../state/view-state";
import { h, replaceChildren, type Child } from "./dom";
import { entityBadge } from "./entity-badge";
import { errorText, isAbort } from "./error-text";
import { PartnersSection } from "./partners-section";
import { lifecycleList } from "./lifecycle";
import { dormancyLine } from "./dormancy";
import { termLine } from "./agreement-marks";
import { isCorrectable } from "./correction";
import { correctionForm } from "./correction-form";
import { TieEditor } from "./tie-editor";
import { dateWithCaveats, distinctSources, evidenceLine, evidenceMarker, publisherWithMarker, sourceCountText } from "./evidence";

export interface SidePanelActions {
  /** Select (and if needed load) an entity named in the panel. */
  navigate(entity: EntityRef): void;
  expand(id: string): void;
  isInGraph(id: string): boolean;
  close(): void;
  /** Open the citation's article in the reader view, at the quoted sentence. */
  openSource?(citation: Citation): void;
  /** Open the path finder with this entity as the start ("Connections to…"). */
  connectionsFrom?(entity: EntityRef): void;
  /** Whether the reader may correct entities (a signed-in steward): shows the "Edit" action. */
  canCorrect?(): boolean;
  /** A steward's correction of the entity was saved: what the graph draws of it (its label, its dates) is stale. */
  corrected?(id: string): void;
  /** A steward added a tie: the relationship and its other end, to draw beside the entity. */
  tieAdded?(edge: GraphEdge, other: GraphNode): void;
  /** A steward removed a tie (its edge id), to drop from the graph. */
  tieRemoved?(edgeId: string): void;
}

export interface EdgeSelection {
  id: string;
  attrs: EdgeAttributes;
  source: EntityRef;
  target: EntityRef;
}

type PanelState =
  | { kind: "empty" }
  | { kind: "loading"; id: string }
  | { kind: "entity"; details: EntityDetails }
  | { kind: "notFound"; id: string }
  | { kind: "error"; id: string; error: unknown }
  | { kind: "edge"; edge: EdgeSelection };

interface DatedItem {
  ref: EntityRef;
  start: PartialDate | null;
  end: PartialDate | null;
  kindLabel: string;
}

/** Agreements and events in date order (interval start, then precision, then name); undated ones last, by name. */
export function datedItems(agreements: readonly AgreementSummary[], events: readonly EventSummary[], i18n: I18n): DatedItem[] {
  const items: DatedItem[] = [
    ...agreements.map((a) => ({
      ref: { id: a.id, name: a.title, entityType: "AGREEMENT" as const, names: a.names ?? null },
      start: a.signed, end: null, kindLabel: i18n.enumLabel("agreementKind", a.kind),
    })),
    ...events.map((e) => ({
      ref: { id: e.id, name: e.name, entityType: "EVENT" as const, names: e.names ?? null },
      start: e.start, end: e.end, kindLabel: i18n.enumLabel("eventKind", e.kind),
    })),
  ];
  return items.sort((a, b) => {
    if (a.start === null || b.start === null) return a.start === b.start ? a.ref.name.localeCompare(b.ref.name) : a.start === null ? 1 : -1;
    return comparePartialDates(a.start, b.start) || a.ref.name.localeCompare(b.ref.name);
  });
}

/** Citations without repeats (the same sentence of the same article may support several facts). */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source.id}\u0000${c.quote ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sources and key figures are evidence, not ends of a connection; every other entity can be one. */
function connectable(ref: EntityRef): boolean {
  return ref.entityType !== "SOURCE" && ref.entityType !== "FACT";
}

export class SidePanel {
  readonly element: HTMLElement;
  private state: PanelState = { kind: "empty" };
  private request: AbortController | null = null;
  /** Whether the shown entity was in the graph when last drawn (its main button depends on it). */
  private drawnInGraph: boolean | null = null;
  /** Whether the steward opened the correction form of the entity shown (closed when another entity is shown). */
  private correcting = false;
  /** The steward's ties of the entity shown, while open (kept across redraws so what the steward typed stays). */
  private ties: TieEditor | null = null;
  private readonly partners: PartnersSection;

  constructor(
    private readonly api: ExplorerApi,
    private readonly i18n: () => I18n,
    private readonly actions: SidePanelActions,
  ) {
    this.element = h("section", { className: "side-panel", "aria-labelledby": "panel-heading", tabindex: "-1" });
    this.partners = new PartnersSection(api, i18n, (entity) => this.actions.navigate(entity));
    this.render();
  }

  get selectedEntityId(): string | null {
    const s = this.state;
    return s.kind === "entity" ? s.details.id : s.kind === "loading" || s.kind === "notFound" || s.kind === "error" ? s.id : null;
  }

  showEmpty(): void {
    this.request?.abort();
    this.ties = null;
    this.state = { kind: "empty" };
    this.render();
  }

  async showEntity(id: string): Promise<void> {
    if (this.state.kind === "entity" && this.state.details.id === id) return;
    this.request?.abort();
    this.correcting = false;
    if (this.ties?.entity.id !== id) this.ties = null;
    const controller = new AbortController();
    this.request = controller;
    // Following a link inside the panel keeps the user in the panel: focus returns to it once drawn.
    const hadFocus = this.element.contains(document.activeElement);
    this.state = { kind: "loading", id };
    this.render();
    if (hadFocus) this.element.focus();
    try {
      const details = await this.api.entity(id, controller.signal);
      if (controller.signal.aborted) return;
      this.state = details ? { kind: "entity", details } : { kind: "notFound", id };
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.state = { kind: "error", id, error };
    }
    this.render();
    if (hadFocus && document.activeElement === document.body) this.element.focus();
  }

  showEdge(edge: EdgeSelection): void {
    this.request?.abort();
    this.ties = null;
    this.state = { kind: "edge", edge };
    this.render();
  }

  /** Redraws only if what the panel shows depends on a graph change (so focus inside it is not lost). */
  refresh(): void {
    // Not while a correction is open: redrawing would rebuild the form and lose what the steward typed.
    if (this.correcting || this.ties) return;
    if (this.state.kind === "entity" && this.actions.isInGraph(this.state.details.id) !== this.drawnInGraph) this.render();
  }

  render(): void {
    const i18n = this.i18n();
    const s = this.state;
    this.drawnInGraph = s.kind === "entity" ? this.actions.isInGraph(s.details.id) : null;
    const close = h("button", { type: "button", className: "icon-button panel-close", "aria-label": i18n.t("panel.close"), title: i18n.t("panel.close"), onclick: () => this.actions.close() }, "×");
    switch (s.kind) {
      case "empty":
        replaceChildren(this.element, h("h2", { id: "panel-heading" }, i18n.t("panel.title")), h("p", { className: "muted" }, i18n.t("panel.empty")));
        break;
      case "loading":
        replaceChildren(this.element, h("h2", { id: "panel-heading" }, i18n.t("panel.title")), h("p", { role: "status" }, i18n.t("panel.loading")));
        break;
      case "notFound":
        replaceChildren(this.element, h("h2", { id: "panel-heading" }, i18n.t("panel.title")), close, h("p", { role: "alert" }, i18n.t("panel.notFound")));
        break;
      case "error": {
        const { message, details } = errorText(s.error, i18n);
        const id = s.id;
        replaceChildren(
          this.element,
          h("h2", { id: "panel-heading" }, i18n.t("panel.title")),
          close,
          h("div", { role: "alert", className: "error-box" }, h("p", {}, message), details.length > 0 ? h("p", { className: "details" }, details.join("; ")) : null,
            h("button", { type: "button", onclick: () => { this.state = { kind: "empty" }; void this.showEntity(id); } }, i18n.t("error.retry"))),
        );
        break;
      }
      case "edge":
        replaceChildren(this.element, ...this.edgeView(s.edge, i18n, close));
        break;
      case "entity":
        replaceChildren(this.element, ...this.entityView(s.details, i18n, close));
        break;
    }
  }

  private link(ref: EntityRef): HTMLElement {
    const i18n = this.i18n();
    return h("button", { type: "button", className: "link-button", onclick: () => this.actions.navigate(ref) }, entityBadge(ref.entityType, 14),
      h("span", { lang: i18n.nameLanguage(ref) }, i18n.name(ref)));
  }

  /**
   * A role as its source states it, in the interface language; a role with no translation keeps the source's words,
   * marked as French (the language of every seed article) so it is not taken for an interface string.
   */
  private role(role: string | null, i18n: I18n): HTMLElement | null {
    if (!role) return null;
    return h("span", { className: "muted role", lang: i18n.knowsRole(role) ? undefined : "fr" }, ` — ${i18n.roleLabel(role)}`);
  }

  /**
   * The names of an entity in the interface languages other than the current one, leaving out a name already shown
   * (the heading, the original name).
   */
  private otherNames(names: LocalizedNames | null | undefined, i18n: I18n, shown: readonly (string | null)[]): [MessageKey, Child][] {
    if (!names) return [];
    const rows: [Language, MessageKey][] = [["en", "panel.nameEn"], ["fr", "panel.nameFr"], ["ja", "panel.nameJa"]];
    return rows.filter(([language]) => language !== i18n.language)
      .map(([language, key]) => {
        const name = names[language];
        return [key, name && !shown.includes(name) ? h("span", { lang: language }, name) : null];
      });
  }

  private section(title: MessageKey, i18n: I18n, ...content: Child[]): HTMLElement | null {
    const flat = content.flat(3).filter((c) => c !== null && c !== undefined && c !== false);
    if (flat.length === 0) return null;
    return h("section", { className: "panel-section" }, h("h3", {}, i18n.t(title)), ...content);
  }

  private list(items: Child[]): HTMLElement | null {
    return items.length === 0 ? null : h("ul", { className: "plain-list" }, items.map((item) => h("li", {}, item)));
  }

  private refs(title: MessageKey, refs: readonly EntityRef[], i18n: I18n): HTMLElement | null {
    return this.section(title, i18n, this.list(refs.map((r) => this.link(r))));
  }

  private named(refs: readonly NamedRef[], type: "PLACE"): EntityRef[] {
    return refs.map((r) => ({ id: r.id, name: r.name, entityType: type, ...(r.names ? { names: r.names } : {}) }));
  }

  private sectors(refs: readonly SectorRef[], i18n: I18n): EntityRef[] {
    return refs.map((r) => ({ id: r.id, name: i18n.language === "fr" && r.nameFr ? r.nameFr : r.name, entityType: "SECTOR", names: r.names ?? null }));
  }

  private agreementRefs(items: readonly AgreementSummary[]): EntityRef[] {
    return items.map((a) => ({ id: a.id, name: a.title, entityType: "AGREEMENT", names: a.names ?? null }));
  }

  private properties(rows: [MessageKey, Child][], i18n: I18n): HTMLElement | null {
    const kept = rows.filter(([, value]) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0));
    if (kept.length === 0) return null;
    return h("dl", { className: "properties" }, kept.map(([key, value]) => [h("dt", {}, i18n.t(key)), h("dd", {}, value)]));
  }

  private timeline(agreements: readonly AgreementSummary[], events: readonly EventSummary[], totals: { agreements: number; events: number } | null, i18n: I18n): HTMLElement | null {
    const items = datedItems(agreements, events, i18n);
    const more = totals !== null && totals.agreements + totals.events > items.length
      ? h("p", { className: "muted" }, i18n.t("panel.more", { shown: items.length, total: totals.agreements + totals.events }))
      : null;
    return this.section("panel.timeline", i18n,
      items.length === 0 ? null : h("ol", { className: "dated-list" }, items.map((item) =>
        h("li", {},
          h("span", { className: "date", title: item.start?.note ?? undefined }, item.start ? i18n.partialRange(item.start, item.end) : "—"),
          this.link(item.ref),
          h("span", { className: "muted kind" }, item.kindLabel)))),
      more);
  }

  private sources(citations: readonly Citation[], i18n: I18n): HTMLElement {
    const items = uniqueCitations(citations).map((c) => {
      const meta = [i18n.publisher(c.source), sourceDate(c.source, i18n)].filter(Boolean).join(" · ");
      return h("li", { className: "citation" },
        evidenceLine(c, i18n),
        c.quote ? h("blockquote", { lang: c.source.language ?? undefined }, `“${c.quote}”`) : null,
        h("p", { className: "cite" },
          h("cite", { lang: c.source.language ?? undefined }, c.source.title),
          meta ? h("span", { className: "muted" }, ` — ${meta}`) : null),
        this.readButton(c, i18n),
        c.source.url ? h("a", { href: c.source.url, target: "_blank", rel: "noopener noreferrer" }, i18n.t("panel.openArticle")) : null);
    });
    return h("section", { className: "panel-section" }, h("h3", {}, i18n.t("panel.sources")),
      items.length === 0 ? null : h("p", { className: "source-count muted" }, sourceCountText(distinctSources(citations), i18n)),
      items.length === 0 ? h("p", { className: "muted" }, i18n.t("panel.noSources")) : h("ul", { className: "citations" }, items));
  }

  /** The article a lifecycle step rests on, its sentence as the tooltip, with the button that opens it there. */
  private sourceLine(citation: Citation, i18n: I18n): HTMLElement {
    return h("span", { className: "cite" },
      h("cite", { lang: citation.source.language ?? undefined, title: citation.quote ?? undefined }, citation.source.title), " ",
      this.readButton(citation, i18n));
  }

  private readButton(citation: Citation, i18n: I18n): HTMLElement | null {
    const open = this.actions.openSource;
    return open ? h("button", { type: "button", className: "link-button read-article", onclick: () => open(citation) }, i18n.t("reader.open")) : null;
  }

  /** The figures an entity has, each with its value, the statement (a link to the fact) and the articles stating it. */
  private facts(facts: Connection<FactSummary> | undefined, i18n: I18n): HTMLElement | null {
    if (!facts || facts.nodes.length === 0) return null;
    const more = facts.totalCount > facts.nodes.length ? h("p", { className: "muted" }, i18n.t("panel.more", { shown: facts.nodes.length, total: facts.totalCount })) : null;
    return this.section("panel.facts", i18n,
      h("ul", { className: "plain-list facts" }, facts.nodes.map((f) =>
        h("li", { className: "fact" },
          h("strong", { className: "figure" }, figureText(f, i18n)), " ",
          this.link({ id: f.id, name: f.name, entityType: "FACT" }),
          h("ul", { className: "citations compact" }, uniqueCitations(f.citations).map((c) =>
            h("li", { className: "citation" },
              h("cite", { lang: c.source.language ?? undefined }, c.source.title), " ",
              this.readButton(c, i18n))))))),
      more);
  }

  /**
   * The steward's "Edit" and "Ties" actions, or the open correction form or ties editor; nothing for other readers.
   * Fields can be corrected on the types with an upsert mutation; ties on every entity but a source (its citations are
   * provenance, not ties).
   */
  private correction(d: EntityDetails, i18n: I18n): HTMLElement | null {
    if (!this.actions.canCorrect?.()) return null;
    if (this.ties?.entity.id === d.id) return this.ties.element;
    if (!this.correcting || !isCorrectable(d)) {
      const edit = isCorrectable(d)
        ? h("button", { type: "button", className: "edit-entity", onclick: () => {
          this.correcting = true;
          this.render();
          this.element.querySelector<HTMLElement>(".correction-form input, .correction-form textarea")?.focus();
        } }, i18n.t("edit.action"))
        : null;
      const ties = d.entityType !== "SOURCE"
        ? h("button", { type: "button", className: "edit-ties", onclick: () => this.openTies(d, i18n) }, i18n.t("tie.action"))
        : null;
      return edit || ties ? h("div", { className: "panel-actions" }, edit, ties) : null;
    }
    return correctionForm(this.api, i18n, d, {
      saved: () => {
        this.state = { kind: "empty" }; // so showEntity reloads the entity it shows
        void this.showEntity(d.id);
        this.actions.corrected?.(d.id);
      },
      cancel: () => {
        this.correcting = false;
        this.render();
      },
    });
  }

  /** Opens the ties editor of the entity shown; a change there redraws the graph's tie and reads the details again. */
  private openTies(d: EntityDetails, i18n: I18n): void {
    const entity: EntityRef = { id: d.id, name: d.name, entityType: d.entityType, names: d.names ?? null };
    this.ties = new TieEditor(this.api, i18n, entity, {
      added: (edge, other) => {
        this.actions.tieAdded?.(edge, other);
        void this.reload(d.id);
      },
      removed: (edgeId) => {
        this.actions.tieRemoved?.(edgeId);
        void this.reload(d.id);
      },
      close: () => {
        this.ties = null;
        this.render();
      },
    });
    void this.ties.load();
    this.render();
    this.ties.element.querySelector<HTMLElement>("input")?.focus();
  }

  /** Reads the entity shown again after a change of its ties, keeping the editor open and the focus where it was. */
  private async reload(id: string): Promise<void> {
    let details: EntityDetails | null;
    try {
      details = await this.api.entity(id);
    } catch {
      return; // the editor's own list already shows the change; the details catch up when the entity is shown again
    }
    if (!details || this.state.kind !== "entity" || this.state.details.id !== id) return;
    const focused = document.activeElement;
    this.state = { kind: "entity", details };
    this.render();
    if (focused instanceof HTMLElement && focused !== document.activeElement && this.element.contains(focused)) focused.focus();
  }

  private heading(ref: EntityRef, subtitle: string, i18n: I18n, close: HTMLElement): Child[] {
    const inGraph = this.actions.isInGraph(ref.id);
    return [
      h("div", { className: "panel-head" },
        entityBadge(ref.entityType, 28),
        h("div", {}, h("h2", { id: "panel-heading", lang: i18n.nameLanguage(ref) }, i18n.name(ref)),
          h("p", { className: "muted" }, subtitle)),
        close),
      h("div", { className: "panel-actions" },
        h("button", { type: "button", className: "primary", onclick: () => this.actions.expand(ref.id) }, i18n.t(inGraph ? "panel.expand" : "panel.showInGraph")),
        connectable(ref) && this.actions.connectionsFrom
          ? h("button", { type: "button", className: "connections-to", onclick: () => this.actions.connectionsFrom?.(ref) }, i18n.t("panel.connectionsTo"))
          : null),
    ];
  }

  private entityView(d: EntityDetails, i18n: I18n, close: HTMLElement): Child[] {
    const type = i18n.enumLabel("entityType", d.entityType);
    const ref: EntityRef = { id: d.id, name: d.name, entityType: d.entityType, names: d.names ?? null };
    const body: Child[] = [];
    let subtitle = type;
    switch (d.__typename) {
      case "Organization":
        subtitle = `${type} · ${i18n.enumLabel("organizationKind", d.kind)}`;
        body.push(
          this.properties([
            ["panel.aliases", d.aliases.join(", ")],
            ["panel.nameOriginal", d.nameOriginal && d.nameOriginal !== i18n.name(d) ? d.nameOriginal : null],
            ...this.otherNames(d.names, i18n, [i18n.name(d), d.nameOriginal]),
            ["panel.description", d.description],
            ["panel.website", d.website ? h("a", { href: d.website, target: "_blank", rel: "noopener noreferrer" }, d.website) : null],
            ["panel.country", d.country ? this.link({ id: d.country.id, name: d.country.name, entityType: "PLACE", names: d.country.names ?? null }) : null],
          ], i18n),
          this.refs("panel.sectors", this.sectors(d.sectors, i18n), i18n),
          this.timeline(d.agreements.nodes, d.events.nodes, { agreements: d.agreements.totalCount, events: d.events.totalCount }, i18n),
          this.section("panel.people", i18n, this.list(d.people.map((r) => [this.link(r.person), " — ", h("span", { lang: "fr" }, r.title), this.period(r.sinceDate, r.untilDate, i18n), this.tieMarker(r, i18n)]))),
          this.partners.forEntity(d.id),
          this.facts(d.facts, i18n),
        );
        break;
      case "Person":
        body.push(
          this.properties([["panel.aliases", d.aliases.join(", ")]], i18n),
          this.section("panel.roles", i18n, this.list(d.roles.map((r) => [h("span", { lang: "fr" }, r.title), ", ", this.link(r.organization), this.period(r.sinceDate, r.untilDate, i18n), this.tieMarker(r, i18n)]))),
          this.timeline(d.agreements.nodes, d.events.nodes, { agreements: d.agreements.totalCount, events: d.events.totalCount }, i18n),
          this.partners.forEntity(d.id),
        );
        break;
      case "Agreement":
        subtitle = `${type} · ${i18n.enumLabel("agreementKind", d.kind)}`;
        body.push(
          this.properties([
            ["panel.signed", dateWithCaveats(i18n.partialDate(d.signed), d.signed, d.dateNote, i18n)],
            ["panel.status", d.status ? i18n.statusLabel(d.status) : null],
            ["dormancy.label", dormancyLine(d.dormancy, i18n)],
            ["term.effective", d.effective ? dateWithCaveats(i18n.partialDate(d.effective), d.effective, null, i18n) : null],
            ["term.expires", d.expires ? dateWithCaveats(i18n.partialDate(d.expires), d.expires, null, i18n) : null],
            ["term.renewalDue", d.renewalDue ? dateWithCaveats(i18n.partialDate(d.renewalDue), d.renewalDue, null, i18n) : null],
            ["term.label", termLine(d.term, i18n)],
            ["panel.summary", d.summary],
            ["panel.signedAt", d.signedAt ? this.link({ id: d.signedAt.id, name: d.signedAt.name, entityType: "EVENT", names: d.signedAt.names ?? null }) : null],
          ], i18n),
          this.section("panel.lifecycle", i18n, lifecycleList(d.lifecycle, i18n, (c) => this.sourceLine(c, i18n))),
          this.section("panel.parties", i18n, this.list(d.parties.map((p) => [this.link(p.party), this.role(p.role, i18n), this.tieMarker(p, i18n)]))),
          this.properties([["evidence.counterparty", d.counterpartyNote ? h("span", { className: "counterparty-note", lang: "fr" }, d.counterpartyNote) : null]], i18n),
          this.refs("panel.sectors", this.sectors(d.sectors, i18n), i18n),
          this.refs("panel.implements", this.agreementRefs(d.implements), i18n),
          this.refs("panel.buildsOn", this.agreementRefs(d.buildsOn), i18n),
          this.refs("panel.implementedBy", this.agreementRefs(d.implementedBy), i18n),
          this.refs("panel.reinforcedBy", this.agreementRefs(d.reinforcedBy), i18n),
        );
        break;
      case "Event":
        subtitle = `${type} · ${i18n.enumLabel("eventKind", d.kind)}`;
        body.push(
          this.properties([
            ["panel.dates", dateWithCaveats(i18n.partialRange(d.start, d.end), d.start, d.dateNote, i18n)],
            ["panel.partOf", d.partOf ? this.link({ id: d.partOf.id, name: d.partOf.name, entityType: "EVENT", names: d.partOf.names ?? null }) : null],
          ], i18n),
          this.refs("panel.places", this.named(d.places, "PLACE"), i18n),
          this.refs("panel.organizers", d.organizers, i18n),
          this.section("panel.participants", i18n, this.list(d.participants.map((p) => [this.link(p.participant), this.role(p.role, i18n), this.tieMarker(p, i18n)]))),
          this.timeline(d.agreementsSigned, d.parts, null, i18n),
          this.refs("panel.sectors", this.sectors(d.sectors, i18n), i18n),
          this.facts(d.facts, i18n),
        );
        break;
      case "Place":
        subtitle = `${type} · ${i18n.enumLabel("placeKind", d.kind)}`;
        body.push(
          this.properties([
            ["panel.nameOriginal", d.nameOriginal && d.nameOriginal !== i18n.name(d) ? d.nameOriginal : null],
            ...this.otherNames(d.names, i18n, [i18n.name(d), d.nameOriginal]),
            ["panel.partOf", d.partOf ? this.link({ id: d.partOf.id, name: d.partOf.name, entityType: "PLACE", names: d.partOf.names ?? null }) : null],
          ], i18n),
          this.section("panel.twinnedWith", i18n, this.list(d.twinnedWith.map((t) => [this.link({ id: t.place.id, name: t.place.name, entityType: "PLACE", names: t.place.names ?? null }), this.period(t.sinceDate, null, i18n), this.tieMarker(t, i18n)]))),
          this.facts(d.facts, i18n),
        );
        break;
      case "Sector":
        body.push(this.properties(d.names ? this.otherNames(d.names, i18n, [i18n.name(d)]) : [["panel.nameFr", d.nameFr]], i18n), this.facts(d.facts, i18n));
        break;
      case "Fact":
        subtitle = `${type} · ${i18n.enumLabel("factKind", d.kind)}`;
        body.push(
          this.properties([
            // The statement is usually the figure's name, already the heading.
            ["panel.statement", d.statement !== d.name ? h("span", { lang: "fr" }, d.statement) : null],
            ["panel.value", d.value !== null || d.qualifier === "since" ? figureText({ ...d, period: null, year: d.value !== null ? null : d.year }, i18n) : null],
            ["panel.period", [d.period, d.year !== null ? String(d.year) : null].filter(Boolean).join(", ")],
          ], i18n),
          this.refs("panel.about", d.subjects ?? this.named(d.about, "PLACE"), i18n),
          this.refs("panel.sectors", this.sectors(d.sectors, i18n), i18n),
        );
        break;
      case "Source":
        body.push(
          this.properties([
            ["panel.publisher", publisherWithMarker(d, i18n)],
            ["reader.publisherNote", d.publisherNote ?? null],
            ["panel.published", d.published ? i18n.partialDate(d.published) : null],
            ["panel.updated", d.updated ? i18n.partialDate(d.updated) : null],
            ["panel.dateNote", d.dateNote],
            ["panel.language", d.language ? i18n.languageName(d.language) : null],
            ["panel.website", d.url ? h("a", { href: d.url, target: "_blank", rel: "noopener noreferrer" }, i18n.t("panel.openArticle")) : null],
          ], i18n),
        );
        break;
    }
    return [...this.heading(ref, subtitle, i18n, close), this.correction(d, i18n), evidenceLine(d, i18n), ...body, this.sources(d.citations, i18n)];
  }

  private period(since: PartialDate | null, until: PartialDate | null, i18n: I18n): Child {
    const period = i18n.period(since, until);
    return period === "" ? null : h("span", { className: "muted" }, ` (${period})`);
  }

  /** When a relationship holds, with how its first date was arrived at (« Centenaire des relations bilatérales en 2027 »). */
  private edgeDates(attrs: EdgeAttributes, i18n: I18n): Child {
    const period = i18n.period(attrs.since, attrs.until, attrs.asOf);
    if (period === "") return null;
    const note = (attrs.since ?? attrs.asOf)?.note;
    return h("p", { className: "relationship-dates" }, period, note ? h("span", { className: "muted date-note", lang: "fr" }, ` — ${note}`) : null);
  }

  /** A relationship's marker, only when it is inferred (a list of stated ties stays quiet). */
  private tieMarker(tie: { inferred: boolean; inferenceNote: string | null }, i18n: I18n): Child {
    return tie.inferred ? [" ", evidenceMarker(tie, i18n)] : null;
  }

  private edgeView(edge: EdgeSelection, i18n: I18n, close: HTMLElement): Child[] {
    return [
      h("div", { className: "panel-head" }, h("div", {}, h("h2", { id: "panel-heading" }, i18n.t("panel.relationship")), h("p", { className: "muted" }, i18n.relationLabel(edge.attrs.relation))), close),
      h("p", { className: "relationship" }, this.link(edge.source), h("span", { className: "relation-label" }, ` ${i18n.relationLabel(edge.attrs.relation)} → `), this.link(edge.target)),
      edge.attrs.role ? h("p", { lang: i18n.knowsRole(edge.attrs.role) ? undefined : "fr" }, i18n.t("panel.role", { role: i18n.roleLabel(edge.attrs.role) })) : null,
      this.edgeDates(edge.attrs, i18n),
      evidenceLine(edge.attrs, i18n),
      this.sources(edge.attrs.citations, i18n),
    ];
  }
}

/** A figure as a reader says it: "about 200 people", "€2,350,000", "since 2008", "100 years (1927–2027)". */
export function figureText(fact: Pick<FactSummary, "value" | "unit" | "qualifier" | "year" | "period">, i18n: I18n): string {
  const main = fact.value !== null
    ? i18n.quantity(fact.value, fact.unit, fact.qualifier)
    : fact.year !== null
      ? fact.qualifier === "since" ? i18n.t("fact.since", { year: String(fact.year) }) : String(fact.year)
      : "—";
  const when = fact.value !== null ? fact.period ?? (fact.year !== null ? String(fact.year) : null) : fact.period;
  return when ? `${main} (${when})` : main;
}

/** The date a citation shows for its article: the publication date, else the update date (saying so), else none. */
export function sourceDate(source: SourceSummary, i18n: I18n): string | null {
  if (source.published) return i18n.partialDate(source.published);
  if (source.updated) return `${i18n.t("panel.updated")} ${i18n.partialDate(source.updated)}`;
  return null;
}
