import { describe, expect, it } from "vitest";
import type { AgreementDetails, Citation, EntityDetails } from "../../src/api/types";
import type { ViewPackData } from "../../src/briefing/briefing-data";
import { renderViewPack } from "../../src/briefing/view-pack";
import { GraphModel } from "../../src/graph/model";
import { I18n } from "../../src/i18n/i18n";
import { defaultViewState } from "../../src/state/view-state";
import { cnes, cnesParty, edge, jaxa, jaxaParty, mou, partialDate } from "../fixtures";

const QUOTE = "La JAXA et le CNES ont signé un protocole d’accord en juin 2024.";

function citation(quote: string, extra: Partial<Citation> = {}): Citation {
  return {
    quote, inferred: false, inferenceNote: null,
    source: { id: "src:1", title: "Article", publisher: "Paperjam", publisherInferred: true, publisherNote: "Déduit du site", published: partialDate("2024-06-12", "DAY"), updated: null, dateNote: null, language: "fr", url: "https://example.org/a" },
    ...extra,
  };
}

function agreement(overrides: Partial<AgreementDetails> = {}): AgreementDetails {
  return {
    __typename: "Agreement", id: mou.id, name: "JAXA–CNES MoU", title: "JAXA–CNES MoU", entityType: "AGREEMENT", names: { en: null, fr: null, ja: null },
    inferred: false, inferenceNote: null, citations: [citation(QUOTE)], kind: "MOU", signed: partialDate("2024-06", "MONTH"), dateNote: null,
    counterpartyNote: null, status: null, summary: null, sectors: [], implements: [], buildsOn: [], implementedBy: [], reinforcedBy: [], signedAt: null, lifecycle: [], dormancy: null,
    effective: null, expires: null, renewalDue: null, term: null,
    parties: [
      { role: null, inferred: false, inferenceNote: null, party: { id: jaxa.id, name: "JAXA", entityType: "ORGANIZATION" }, citations: [citation(QUOTE)] },
      { role: null, inferred: true, inferenceNote: "Nommé par son sigle seulement", party: { id: cnes.id, name: "CNES", entityType: "ORGANIZATION" }, citations: [citation("Le CNES était présent.")] },
    ],
    ...overrides,
  };
}

function pack(details: EntityDetails[]): ViewPackData {
  const model = new GraphModel();
  model.merge([jaxa, cnes, mou], [jaxaParty, { ...cnesParty, inferred: true, inferenceNote: "Sigle", citations: [citation("Le CNES était présent.")] }, edge("e3", "org:jaxa", "org:cnes", { type: "COOPERATES_WITH" })], { anchor: mou.id });
  const state = { ...defaultViewState(), focus: mou.id, expanded: [mou.id] };
  return {
    state, model, nodeIds: model.graph.nodes(), edgeIds: model.graph.edges(), details: new Map(details.map((d) => [d.id, d])), truncated: false,
    requests: { neighbourhoods: [{ id: mou.id, depth: 1, limit: 200 }], connections: null, entities: [mou.id] },
  };
}

const context = { permalink: "http://host/?e=agr%3Amou-2025&x=agr%3Amou-2025", endpoint: "http://host/graphql", today: "2026-12-07" };

describe("the briefing pack of a view", () => {
  it("lists each agreement with its kind, parties, date at its precision and a status it does not invent", () => {
    const page = renderViewPack(pack([agreement()]), new I18n("en"), context);
    const block = page.querySelector<HTMLElement>("#briefing-agreements [data-id='agr:mou-2025']")!;
    expect(block.querySelector("h3")?.textContent).toBe("JAXA–CNES MoU Stated[1]");
    expect(block.querySelector(".kind")?.textContent).toBe("Memorandum of understanding");
    expect([...block.querySelectorAll(".parties li")].map((li) => li.textContent)).toEqual(["JAXA[1]", "CNES Inferred[2]"]);
    expect(block.querySelector(".signed")?.textContent).toBe("June 2024");
    expect(block.querySelector(".status")?.textContent).toBe("status not stated");
    expect(page.querySelector("h1")?.textContent).toBe("Briefing pack: JAXA–CNES MoU");
    expect(page.querySelector(".made-on")?.textContent).toBe("Prepared on December 7, 2026");
  });

  it("gives each state of the agreement's life with its date at its precision, or none, and the footnote of its sentence", () => {
    const lifecycle: AgreementDetails["lifecycle"] = [
      { status: "SIGNED", since: partialDate("2024-06", "MONTH"), asOf: null, citation: citation(QUOTE) },
      { status: "ACTIVE", since: null, asOf: partialDate("2025", "YEAR"), citation: citation("Le partenariat se poursuit.") },
      { status: "RENEWED", since: null, asOf: null, citation: citation("Il a été renouvelé.") },
    ];
    const page = renderViewPack(pack([agreement({ lifecycle })]), new I18n("en"), context);
    const steps = [...page.querySelectorAll("#briefing-agreements .lifecycle li")].map((li) => li.textContent);
    expect(steps).toEqual(["Signed — June 2024 [1]", "Active — as of 2025 [3]", "Renewed — date not given [4]"]);
    expect(page.querySelector("#fn-4 q")?.textContent).toBe("Il a été renouvelé.");
  });

  it("gives the dates of an agreement's term and marks it expiring and dormant, with why", () => {
    const page = renderViewPack(pack([agreement({
      expires: partialDate("2027-03", "MONTH"),
      term: { status: "EXPIRING", date: partialDate("2027-03", "MONTH"), withinMonths: 6 },
      dormancy: { dormant: true, afterYears: 3, reason: "…", lastActivity: { kind: "SIGNED", date: partialDate("2024-06", "MONTH") } },
    })]), new I18n("en"), context);
    const term = page.querySelector<HTMLElement>("#briefing-agreements .agreement-term")!;
    expect(term.textContent).toContain("Expires: March 2027");
    expect(term.querySelector("[data-mark='expiring']")?.textContent).toBe("Expiring — expires March 2027, within 6 months");
    expect(term.querySelector(".dormant-mark")?.textContent).toBe("Dormant");
  });

  it("leaves out the lifecycle of an agreement whose sources state none", () => {
    const page = renderViewPack(pack([agreement()]), new I18n("en"), context);
    expect(page.querySelector("#briefing-agreements .lifecycle")).toBeNull();
  });

  it("numbers each quoted sentence once and quotes it, in the source's language, with publisher, date and address", () => {
    const page = renderViewPack(pack([agreement()]), new I18n("en"), context);
    const notes = [...page.querySelectorAll<HTMLLIElement>(".footnotes li")];
    expect(notes.map((n) => n.id)).toEqual(["fn-1", "fn-2"]);
    expect(notes[0]!.querySelector("q")?.textContent).toBe(QUOTE);
    expect(notes[0]!.querySelector("q")?.getAttribute("lang")).toBe("fr");
    expect(notes[0]!.textContent).toContain("Paperjam");
    expect(notes[0]!.textContent).toContain("June 12, 2024");
    expect(notes[0]!.textContent).toContain("https://example.org/a");
    expect(page.querySelector("#briefing-agreements h3 .fn-ref")?.textContent).toBe("[1]");
  });

  it("says what is inferred or uncertain: an inferred party and tie with the reason, a month-precise date, an inferred publisher", () => {
    const page = renderViewPack(pack([agreement()]), new I18n("en"), context);
    const lines = [...page.querySelectorAll("#briefing-uncertain li")].map((li) => li.textContent);
    expect(lines).toContain("JAXA–CNES MoU: date known only to the month (June 2024)");
    expect(lines).toContain("JAXA–CNES MoU — CNES: inferred — Nommé par son sigle seulement");
    expect(lines).toContain("CNES — party to — JAXA–CNES MoU: inferred — Sigle");
    expect(lines).toContain("Article: publisher inferred — Déduit du site");
  });

  it("gives the stated status in the interface language, the picture with its legend, the permalink and the query", () => {
    const page = renderViewPack(pack([agreement({ status: "signed" })]), new I18n("fr"), context);
    expect(page.querySelector("#briefing-agreements [data-id='agr:mou-2025'] .status")?.textContent).toBe("Signé");
    expect(page.querySelector("#briefing-agreements [data-id='agr:mou-2025'] .label")?.textContent).toBe("Type : ");
    const svg = page.querySelector(".briefing-picture svg")!;
    expect(svg.querySelector(".figure-legend")?.textContent).toContain("Accords");
    expect(svg.querySelector(".figure-sources")?.textContent).toContain("Paperjam");
    expect(page.querySelector(".permalink a")?.getAttribute("href")).toBe(context.permalink);
    expect(page.querySelector("pre.graphql")?.textContent).toContain('neighbourhood1: neighbourhood(id: "agr:mou-2025", depth: 1, limit: 200)');
    expect(page.querySelector("pre.graphql")?.textContent).toContain('entity1: entity(id: "agr:mou-2025")');
  });

  it("says the day the pack is as of, under its date and on its picture", () => {
    const data = pack([agreement()]);
    const page = renderViewPack({ ...data, state: { ...data.state, asOf: "2024-06-15" } }, new I18n("en"), context);
    expect(page.querySelector(".briefing-header .as-of")?.textContent).toBe("As of June 15, 2024: what was signed or began after this day is left out.");
    expect(page.querySelector(".briefing-picture svg")?.textContent).toContain("as of June 15, 2024");
    expect(renderViewPack(data, new I18n("en"), context).querySelector(".briefing-header .as-of")).toBeNull();
  });

  it("says so when the view shows nothing", () => {
    const empty: ViewPackData = { ...pack([]), nodeIds: [], edgeIds: [], requests: { neighbourhoods: [], connections: null, entities: [] } };
    const page = renderViewPack(empty, new I18n("ja"), context);
    expect(page.querySelector("[role=status]")?.textContent).toBe(new I18n("ja").t("briefing.emptyView"));
    expect(page.querySelector("pre.graphql")).toBeNull();
  });
});
