// The sections a briefing document is made of, shared by the view pack and the counterpart brief: each fact with
// its date at the precision its source gives (src/i18n/dates.ts through I18n), its stated/inferred marker
// (src/ui/evidence.ts) and the numbers of the footnotes that quote its sources.

import type { AgreementDetails, EntityRef, EventDetails, FactDetails, PartialDate } from "../api/types";
import { comparePartialDates } from "../i18n/dates";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h, type Child } from "../ui/dom";
import { dateWithCaveats, evidenceMarker, publisherWithMarker } from "../ui/evidence";
import { lifecycleList } from "../ui/lifecycle";
import { termLine } from "../ui/agreement-marks";
import { dormancyLine } from "../ui/dormancy";
import { figureText, sourceDate } from "../ui/side-panel";
import type { Footnotes } from "./footnotes";

/** Where the pack says what is inferred or uncertain: one line per caveat, in the order met. */
export class Caveats {
  private readonly lines: Child[] = [];

  add(line: Child): void {
    this.lines.push(line);
  }

  /** A date known only to the month or year, or no date at all, said of `name`. */
  date(name: string, date: PartialDate | null, i18n: I18n): void {
    if (!date) this.add(i18n.t("briefing.uncertain.undated", { name }));
    else if (date.precision === "MONTH") this.add(i18n.t("briefing.uncertain.dateMonth", { name, date: i18n.partialDate(date) }));
    else if (date.precision === "YEAR") this.add(i18n.t("briefing.uncertain.dateYear", { name, date: i18n.partialDate(date) }));
  }

  /** `name` is inferred (with the reason, in the source's language) when `fact` says so. */
  inferred(name: string, fact: { inferred: boolean; inferenceNote: string | null }, i18n: I18n): void {
    if (!fact.inferred) return;
    this.add([i18n.t("briefing.uncertain.inferred", { name }), fact.inferenceNote ? h("span", { lang: "fr" }, ` — ${fact.inferenceNote}`) : null]);
  }

  get all(): Child[] {
    return [...this.lines];
  }
}

/** Dated items by their date's interval (as the API sorts them), undated ones last. */
export function inDateOrder<T>(items: readonly T[], dateOf: (item: T) => PartialDate | null): T[] {
  return [...items].sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (!da || !db) return da ? -1 : db ? 1 : 0;
    return comparePartialDates(da, db);
  });
}

export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h("section", { className: "briefing-section", id, "aria-labelledby": `${id}-heading` }, h("h2", { id: `${id}-heading` }, title), ...children);
}

/** Footnote references: "[2, 5]" as a superscript linking to the first. */
export function refs(numbers: readonly number[]): Child {
  if (numbers.length === 0) return null;
  return h("sup", { className: "fn-ref" }, "[", numbers.map((n, i) => [i > 0 ? ", " : "", h("a", { href: `#fn-${n}` }, String(n))]), "]");
}

function cell(...children: Child[]): HTMLTableCellElement {
  return h("td", {}, ...children);
}

function table(columns: MessageKey[], rows: HTMLTableRowElement[], i18n: I18n): HTMLTableElement {
  return h("table", { className: "briefing-table" },
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, i18n.t(c))))),
    h("tbody", {}, rows));
}

export function partyNames(parties: readonly { party: EntityRef }[], i18n: I18n, except?: string): string {
  return parties.filter((p) => p.party.id !== except).map((p) => i18n.name(p.party)).join(", ");
}

/**
 * The agreements, one block each (long titles and date notes read better across the page than in narrow columns):
 * title, kind, date at its precision with its caveats, status as stated, the parties with role and marker, and the
 * lifecycle: each state its sources state with its date at their precision and the footnote of the sentence.
 */
export function agreementsList(agreements: readonly AgreementDetails[], i18n: I18n, notes: Footnotes, caveats: Caveats): Child {
  if (agreements.length === 0) return h("p", { className: "muted" }, i18n.t("briefing.noAgreements"));
  const label = (key: MessageKey) => h("span", { className: "label" }, i18n.t("briefing.label", { label: i18n.t(key) }));
  return agreements.map((a) => {
    const name = i18n.name(a);
    caveats.inferred(name, a, i18n);
    caveats.date(name, a.signed, i18n);
    if (a.counterpartyNote) caveats.add([i18n.t("briefing.uncertain.counterparty", { name }), h("span", { lang: "fr" }, ` — ${a.counterpartyNote}`)]);
    const parties = a.parties.map((p) => {
      const party = i18n.name(p.party);
      caveats.inferred(`${name} — ${party}`, p, i18n);
      return h("li", {}, party,
        p.role ? h("span", { className: "muted", lang: i18n.knowsRole(p.role) ? undefined : "fr" }, ` — ${i18n.roleLabel(p.role)}`) : null,
        p.inferred ? [" ", evidenceMarker(p, i18n)] : null, refs(notes.cite(p.citations)));
    });
    return h("div", { className: "briefing-agreement", "data-id": a.id },
      h("h3", {}, name, " ", evidenceMarker(a, i18n), refs(notes.cite(a.citations))),
      h("p", {}, label("briefing.column.kind"), h("span", { className: "kind" }, i18n.enumLabel("agreementKind", a.kind)), " · ",
        label("briefing.column.date"), h("span", { className: "signed" }, dateWithCaveats(i18n.partialDate(a.signed), a.signed, a.dateNote, i18n) ?? i18n.t("briefing.undated")), " · ",
        label("briefing.column.status"), h("span", { className: "status" }, a.status ? i18n.statusLabel(a.status) : h("span", { className: "muted" }, i18n.t("briefing.statusNotStated")))),
      termAndDormancy(a, i18n, label),
      h("div", { className: "parties" }, label("briefing.column.parties"), h("ul", { className: "plain-list" }, parties)),
      a.lifecycle.length > 0
        ? h("div", { className: "lifecycle" }, label("briefing.column.lifecycle"), lifecycleList(a.lifecycle, i18n, (c) => refs(notes.cite([c]))))
        : null,
      a.counterpartyNote ? h("p", { className: "muted", lang: "fr" }, a.counterpartyNote) : null);
  });
}

/**
 * An agreement's term dates as its sources give them and its marks (expiring, expired, renewal due, dormant) with why,
 * as the details panel shows them; null when it has none of them.
 */
function termAndDormancy(a: AgreementDetails, i18n: I18n, label: (key: MessageKey) => HTMLElement): HTMLElement | null {
  const dates = ([["term.effective", a.effective], ["term.expires", a.expires], ["term.renewalDue", a.renewalDue]] as const)
    .filter(([, date]) => date !== null)
    .map(([key, date]) => h("span", { className: "term-date" }, label(key), dateWithCaveats(i18n.partialDate(date), date, null, i18n)));
  const term = termLine(a.term, i18n);
  const dormant = a.dormancy?.dormant ? dormancyLine(a.dormancy, i18n) : null;
  if (dates.length === 0 && !term && !dormant) return null;
  return h("p", { className: "agreement-term" },
    dates.flatMap((d, i) => (i > 0 ? [" · ", d] : [d])),
    term ? [dates.length > 0 ? " · " : "", term] : null,
    dormant ? [dates.length > 0 || term ? " · " : "", dormant] : null);
}

/** The events, already in date order: dates at their precision, kind, places. */
export function eventsTable(events: readonly EventDetails[], i18n: I18n, notes: Footnotes, caveats: Caveats): Child {
  if (events.length === 0) return h("p", { className: "muted" }, i18n.t("briefing.noEvents"));
  const rows = events.map((e) => {
    const name = i18n.name(e);
    caveats.inferred(name, e, i18n);
    caveats.date(name, e.start, i18n);
    return h("tr", { "data-id": e.id },
      cell(dateWithCaveats(i18n.partialRange(e.start, e.end), e.start, e.dateNote, i18n) ?? i18n.t("briefing.undated")),
      cell(h("strong", {}, name), " ", evidenceMarker(e, i18n), refs(notes.cite(e.citations)),
        e.places.length > 0 ? h("p", { className: "muted" }, e.places.map((p) => i18n.name(p)).join(", ")) : null),
      cell(i18n.enumLabel("eventKind", e.kind)));
  });
  return table(["briefing.column.date", "briefing.column.event", "briefing.column.kind"], rows, i18n);
}

/** The key figures: the figure as a reader says it, and the statement in the source's words. */
export function figuresTable(facts: readonly FactDetails[], i18n: I18n, notes: Footnotes, caveats: Caveats): Child {
  if (facts.length === 0) return h("p", { className: "muted" }, i18n.t("briefing.noFigures"));
  const rows = facts.map((f) => {
    caveats.inferred(figureText(f, i18n), f, i18n);
    return h("tr", { "data-id": f.id },
      cell(h("strong", {}, figureText(f, i18n)), " ", evidenceMarker(f, i18n), refs(notes.cite(f.citations))),
      cell(h("span", { lang: "fr" }, f.statement)));
  });
  return table(["briefing.column.figure", "briefing.column.statement"], rows, i18n);
}

/** Numbered sources: title, publisher (marked when inferred), date at its precision, the quoted sentence, the address. */
export function footnotesList(notes: Footnotes, i18n: I18n, caveats: Caveats): Child {
  const seen = new Set<string>();
  return h("ol", { className: "footnotes" }, notes.list().map(({ number, citation }) => {
    const source = citation.source;
    if (source.publisherInferred && !seen.has(source.id)) {
      seen.add(source.id);
      caveats.add([i18n.t("briefing.uncertain.publisher", { name: source.title }), source.publisherNote ? h("span", { lang: "fr" }, ` — ${source.publisherNote}`) : null]);
    }
    const parts: Child[] = [h("cite", {}, source.title), source.publisher ? publisherWithMarker(source, i18n) : null, sourceDate(source, i18n) ?? i18n.t("briefing.undated")]
      .filter((part) => part !== null);
    return h("li", { id: `fn-${number}`, value: number },
      parts.map((part, i) => [i > 0 ? ", " : "", part]), ". ",
      citation.quote ? h("q", { lang: source.language ?? undefined }, citation.quote) : null,
      citation.inferred ? [" ", evidenceMarker(citation, i18n)] : null,
      source.url ? h("span", { className: "url" }, " ", source.url) : null);
  }));
}

/** The permalink and the GraphQL document that reproduce the pack. */
export function reproduceSection(permalink: string, document: string | null, endpoint: string, i18n: I18n): HTMLElement {
  return section("briefing-reproduce", i18n.t("briefing.permalink"),
    h("p", { className: "permalink" }, h("a", { href: permalink }, permalink)),
    document ? [h("h3", {}, i18n.t("briefing.query")), h("p", { className: "muted" }, i18n.t("briefing.queryNote", { endpoint })),
      h("pre", { className: "graphql" }, h("code", {}, document))] : null);
}
