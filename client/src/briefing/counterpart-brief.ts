// The counterpart brief of one organisation: who they are, every tie recorded with them (agreements and their state,
// events), their people, key figures and the round anniversaries coming up (of their agreements and of their
// country's diplomatic relations), each fact with its marker, its date's precision and its numbered sources.

import type { AgreementDetails, EventDetails, PartialDate } from "../api/types";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h, type Child } from "../ui/dom";
import { evidenceMarker } from "../ui/evidence";
import { upcomingAnniversaries, ANNIVERSARY_HORIZON_YEARS, type Dated } from "./anniversaries";
import type { CounterpartData } from "./briefing-data";
import { briefingDocument } from "./briefing-query";
import { Footnotes } from "./footnotes";
import { agreementsList, Caveats, inDateOrder, eventsTable, figuresTable, footnotesList, refs, reproduceSection, section } from "./pack-parts";
import type { PackContext } from "./view-pack";

function facts(rows: [MessageKey, Child][], i18n: I18n): HTMLElement {
  return h("dl", { className: "briefing-facts" }, rows.filter(([, value]) => value !== null && value !== "" && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [h("dt", {}, i18n.t(key)), h("dd", {}, value)]));
}

export function renderCounterpartBrief(data: CounterpartData, i18n: I18n, context: PackContext): HTMLElement {
  const org = data.organization;
  const name = i18n.name(org);
  const title = i18n.t("briefing.counterpartTitle", { name });
  const madeOn = i18n.t("briefing.madeOn", { date: i18n.date(context.today, "DAY") });
  const notes = new Footnotes();
  const caveats = new Caveats();

  caveats.inferred(name, org, i18n);
  const orgRefs = refs(notes.cite(org.citations));
  const who = facts([
    ["panel.kind", i18n.enumLabel("organizationKind", org.kind)],
    ["panel.country", org.country ? i18n.name(org.country) : null],
    ["panel.aliases", org.aliases.join(", ")],
    ["panel.sectors", org.sectors.map((s) => i18n.name(s)).join(", ")],
    ["panel.website", org.website],
  ], i18n);
  const description = org.description ? h("p", { lang: "fr" }, org.description) : null;

  const agreements = inDateOrder(data.agreements, (a) => a.signed);
  const events = inDateOrder(data.events, (e) => e.start);
  const agreementsPart = agreementsList(agreements, i18n, notes, caveats);
  const eventsPart = eventsTable(events, i18n, notes, caveats);
  const people = org.people.map((role) => {
    const person = i18n.name(role.person);
    caveats.inferred(`${person} — ${role.title}`, role, i18n);
    const period = i18n.period(role.sinceDate, role.untilDate);
    return h("li", {}, h("strong", {}, person), " — ", h("span", { lang: "fr" }, role.title), period ? h("span", { className: "muted" }, ` (${period})`) : null,
      " ", evidenceMarker(role, i18n), refs(notes.cite(role.citations)));
  });
  const figuresPart = figuresTable(data.facts, i18n, notes, caveats);

  type Subject = { what: string; citations: number[] };
  const dated: Dated<Subject>[] = [
    ...data.relations.filter((r) => r.edge.since).map((r) => ({
      subject: { what: i18n.t("briefing.relations", { a: i18n.name(r.source), b: i18n.name(r.target) }), citations: notes.cite(r.edge.citations) },
      date: r.edge.since!,
    })),
    ...agreements.filter((a): a is AgreementDetails & { signed: PartialDate } => a.signed !== null)
      .map((a) => ({ subject: { what: i18n.name(a), citations: notes.cite(a.citations) }, date: a.signed })),
    ...events.filter((e): e is EventDetails & { start: PartialDate } => e.start !== null)
      .map((e) => ({ subject: { what: i18n.name(e), citations: notes.cite(e.citations) }, date: e.start })),
  ];
  const thisYear = Number(context.today.slice(0, 4));
  const anniversaries = upcomingAnniversaries(dated, context.today);
  const anniversariesPart = anniversaries.length === 0
    ? h("p", { className: "muted" }, i18n.t("briefing.counterpart.noAnniversaries", { from: String(thisYear), to: String(thisYear + ANNIVERSARY_HORIZON_YEARS) }))
    : h("table", { className: "briefing-table" },
      h("thead", {}, h("tr", {}, (["briefing.column.date", "briefing.column.anniversary", "briefing.column.tie"] as const).map((k) => h("th", { scope: "col" }, i18n.t(k))))),
      h("tbody", {}, anniversaries.map((a) => h("tr", {},
        h("td", {}, i18n.partialDate(a.date)),
        h("td", {}, i18n.t("briefing.anniversaryYears", { years: a.years })),
        h("td", {}, a.subject.what, h("span", { className: "muted" }, ` (${i18n.t("briefing.since", { date: i18n.partialDate(a.since) })})`), refs(a.subject.citations))))));

  const footnotes = footnotesList(notes, i18n, caveats);
  const uncertain = caveats.all;
  return h("article", { className: "briefing", "data-briefing": "counterpart" },
    h("header", { className: "briefing-header" }, h("h1", {}, title), h("p", { className: "made-on" }, madeOn)),
    section("briefing-who", i18n.t("briefing.counterpart.who"), h("p", {}, h("strong", {}, name), org.nameOriginal && org.nameOriginal !== name ? ` (${org.nameOriginal})` : null,
      " ", evidenceMarker(org, i18n), orgRefs), who, description),
    section("briefing-ties", i18n.t("briefing.counterpart.ties"), agreements.length === 0 && events.length === 0
      ? h("p", { className: "muted" }, i18n.t("briefing.counterpart.noTies"))
      : [h("h3", {}, i18n.t("briefing.agreements")), agreementsPart, h("h3", {}, i18n.t("briefing.events")), eventsPart]),
    section("briefing-people", i18n.t("briefing.counterpart.people"), people.length > 0 ? h("ul", {}, people) : h("p", { className: "muted" }, i18n.t("briefing.counterpart.noPeople"))),
    section("briefing-anniversaries", i18n.t("briefing.counterpart.anniversaries"), anniversariesPart),
    section("briefing-figures", i18n.t("briefing.figures"), figuresPart),
    section("briefing-uncertain", i18n.t("briefing.uncertain"), uncertain.length > 0 ? h("ul", {}, uncertain.map((line) => h("li", {}, line))) : h("p", {}, i18n.t("briefing.noUncertain"))),
    section("briefing-footnotes", i18n.t("briefing.footnotes"), footnotes),
    reproduceSection(context.permalink, briefingDocument(data.requests), context.endpoint, i18n));
}
