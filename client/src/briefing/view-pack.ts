// The briefing pack of a view: what a diplomat hands over the day before a visit. Title and date, the picture with
// its legend, the agreements, the events in date order, the key figures, every relationship drawn, what is inferred
// or uncertain, numbered sources quoting each sentence, and the permalink and GraphQL query that reproduce it.

import { ENTITY_TYPES, type AgreementDetails, type EntityDetails, type EventDetails, type FactDetails } from "../api/types";
import { framedFigure, figureSourceLine, sceneLegend } from "../export/figure";
import { toSvg } from "../export/svg";
import type { I18n } from "../i18n/i18n";
import { staticScene } from "../render/static-scene";
import { h, type Child } from "../ui/dom";
import { evidenceMarker } from "../ui/evidence";
import type { ViewPackData } from "./briefing-data";
import { briefingDocument } from "./briefing-query";
import { Footnotes } from "./footnotes";
import { agreementsList, Caveats, inDateOrder, eventsTable, figuresTable, footnotesList, refs, reproduceSection, section } from "./pack-parts";

/** The picture's size in CSS pixels: the width of an A4 page's text block at 96 dpi. */
export const PICTURE_WIDTH = 700;
export const PICTURE_HEIGHT = 440;

export interface PackContext {
  /** The explorer's address of this view. */
  permalink: string;
  endpoint: string;
  /** The day the pack is made, ISO (`2026-12-07`). */
  today: string;
}

/** The pack's title: the selected entity, else the first one expanded. */
export function packSubject(data: ViewPackData, i18n: I18n): string {
  const id = [data.state.focus, ...data.state.expanded].find((i): i is string => i !== null && data.model.has(i));
  return id ? i18n.name(data.model.graph.getNodeAttributes(id)) : "";
}

export function renderViewPack(data: ViewPackData, i18n: I18n, context: PackContext): HTMLElement {
  const graph = data.model.graph;
  const title = i18n.t("briefing.titleOf", { name: packSubject(data, i18n) });
  const madeOn = i18n.t("briefing.madeOn", { date: i18n.date(context.today, "DAY") });
  const notes = new Footnotes();
  const caveats = new Caveats();
  const details = data.nodeIds.map((id) => data.details.get(id)).filter((d): d is EntityDetails => d !== undefined);
  const agreements = inDateOrder(details.filter((d): d is AgreementDetails => d.__typename === "Agreement"), (a) => a.signed);
  const events = inDateOrder(details.filter((d): d is EventDetails => d.__typename === "Event"), (e) => e.start);
  const facts = details.filter((d): d is FactDetails => d.__typename === "Fact");

  const agreementsPart = agreementsList(agreements, i18n, notes, caveats);
  const eventsPart = eventsTable(events, i18n, notes, caveats);
  const figuresPart = figuresTable(facts, i18n, notes, caveats);
  for (const id of data.nodeIds) {
    const attrs = graph.getNodeAttributes(id);
    if (!data.details.has(id)) caveats.inferred(i18n.name(attrs), attrs, i18n);
  }
  const ties = data.edgeIds.map((id) => {
    const attrs = graph.getEdgeAttributes(id);
    const source = i18n.name(graph.getNodeAttributes(graph.source(id)));
    const target = i18n.name(graph.getNodeAttributes(graph.target(id)));
    const relation = i18n.relationLabel(attrs.relation);
    caveats.inferred(`${source} — ${relation} — ${target}`, attrs, i18n);
    const period = i18n.period(attrs.since, attrs.until, attrs.asOf);
    return h("li", { "data-id": id }, source, h("span", { className: "relation" }, ` — ${relation} — `), target,
      period ? h("span", { className: "muted" }, ` (${period})`) : null, " ", evidenceMarker(attrs, i18n), refs(notes.cite(attrs.citations)));
  });
  const footnotes = footnotesList(notes, i18n, caveats);

  const scene = staticScene(graph, data.nodeIds, data.edgeIds, {
    width: PICTURE_WIDTH, height: PICTURE_HEIGHT, nodeLabel: (a) => i18n.name(a), edgeLabel: (a) => i18n.relationLabel(a.relation),
  });
  const figure = framedFigure(toSvg(scene, title), PICTURE_WIDTH, PICTURE_HEIGHT, {
    title, date: data.state.asOf === null ? madeOn : `${madeOn} — ${i18n.t("asOf.caption", { date: i18n.date(data.state.asOf, "DAY") })}`,
    legend: sceneLegend(scene, i18n, ENTITY_TYPES),
    sourceLine: figureSourceLine(notes.list().map((n) => n.citation), i18n, `${i18n.t("app.title")} — ${context.permalink}`),
  });
  const picture = h("figure", { className: "briefing-picture" });
  picture.innerHTML = figure.svg;

  const uncertain = caveats.all;
  const document = data.requests.neighbourhoods.length > 0 || data.requests.connections ? briefingDocument(data.requests) : null;
  const empty = data.nodeIds.length === 0;
  const body: Child[] = empty
    ? [h("p", { role: "status" }, i18n.t("briefing.emptyView"))]
    : [
      data.truncated ? h("p", { className: "notice" }, i18n.t("briefing.truncated")) : null,
      section("briefing-picture", i18n.t("briefing.picture"), picture),
      section("briefing-agreements", i18n.t("briefing.agreements"), agreementsPart),
      section("briefing-events", i18n.t("briefing.events"), eventsPart),
      section("briefing-figures", i18n.t("briefing.figures"), figuresPart),
      section("briefing-ties", i18n.t("briefing.ties"), h("ul", { className: "ties" }, ties)),
      section("briefing-uncertain", i18n.t("briefing.uncertain"), uncertain.length > 0
        ? h("ul", {}, uncertain.map((line) => h("li", {}, line)))
        : h("p", {}, i18n.t("briefing.noUncertain"))),
      section("briefing-footnotes", i18n.t("briefing.footnotes"), footnotes),
    ];
  return h("article", { className: "briefing", "data-briefing": "view" },
    h("header", { className: "briefing-header" }, h("h1", {}, title), h("p", { className: "made-on" }, madeOn),
      data.state.asOf !== null ? h("p", { className: "as-of" }, i18n.t("asOf.pack", { date: i18n.date(data.state.asOf, "DAY") })) : null),
    body,
    reproduceSection(context.permalink, document, context.endpoint, i18n));
}
