import { describe, expect, it } from "vitest";
import { GraphQLClient } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import type { EntityRef } from "../../src/api/types";
import { I18n } from "../../src/i18n/i18n";
import { datedItems, SidePanel, sourceDate, uniqueCitations } from "../../src/ui/side-panel";
import { FakeFetch } from "../api/fake-fetch";
import { cnes, partialDate } from "../fixtures";

const source = {
  id: "src:1", title: "La JAXA et le CNES signent", publisher: "Le Monde", publisherInferred: false, publisherNote: null,
  published: partialDate("2025-06-12", "DAY"), updated: null, dateNote: null, language: "fr", url: "https://example.org/a",
};
const citation = { quote: "La JAXA et le CNES ont signé mercredi un protocole.", source, inferred: false, inferenceNote: null };
const organization = {
  __typename: "Organization", id: "org:jaxa", name: "JAXA", entityType: "ORGANIZATION", citations: [citation, citation], inferred: false, inferenceNote: null,
  organizationKind: "GOVERNMENT_AGENCY", aliases: ["Japan Aerospace Exploration Agency"], nameOriginal: null, description: null,
  website: null, country: { id: "place:jp", name: "Japan" }, sectors: [],
  agreements: { totalCount: 3, nodes: [
    { id: "agr:b", title: "Later MoU", kind: "MOU", signed: partialDate("2025-06-11", "DAY") },
    { id: "agr:a", title: "Earlier LoI", kind: "LETTER_OF_INTENT", signed: partialDate("2019-10-02", "DAY") },
  ] },
  events: { totalCount: 1, nodes: [{ id: "evt:x", name: "Expo", kind: "EXPO", start: partialDate("2025-04-13", "DAY"), end: partialDate("2025-10-13", "DAY") }] },
  people: [],
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function setup(fake: FakeFetch) {
  const navigated: EntityRef[] = [];
  const expanded: string[] = [];
  const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"), {
    navigate: (e) => navigated.push(e),
    expand: (id) => expanded.push(id),
    isInGraph: () => true,
    close: () => undefined,
  });
  document.body.replaceChildren(panel.element);
  return { panel, navigated, expanded };
}

describe("datedItems", () => {
  it("merges agreements and events in date order, undated last", () => {
    const items = datedItems(
      [{ id: "a", title: "A", kind: "MOU", signed: null }, { id: "b", title: "B", kind: "MOU", signed: partialDate("2020-01-01", "DAY") }],
      [{ id: "e", name: "E", kind: "EXPO", start: partialDate("2019-05", "MONTH"), end: null }],
      new I18n("en"),
    );
    expect(items.map((i) => i.ref.id)).toEqual(["e", "b", "a"]);
    expect(items[0]!.kindLabel).toBe("Exhibition");
  });
});

describe("sourceDate", () => {
  it("shows the publication date, else the update date named as such, else nothing", () => {
    const i18n = new I18n("en");
    expect(sourceDate(source, i18n)).toBe("June 12, 2025");
    expect(sourceDate({ ...source, published: null, updated: partialDate("2025-11-04", "DAY") }, i18n)).toBe("Updated November 4, 2025");
    expect(sourceDate({ ...source, published: null }, i18n)).toBeNull();
  });
});

describe("uniqueCitations", () => {
  it("drops repeated sentence-and-article pairs", () => {
    expect(uniqueCitations([citation, citation, { ...citation, quote: "Autre." }])).toHaveLength(2);
  });
});

describe("SidePanel", () => {
  it("shows an organisation's properties, its agreements and events in date order, and its sources", async () => {
    const { panel, navigated, expanded } = setup(new FakeFetch().answer({ json: { data: { entity: organization } } }));
    await panel.showEntity("org:jaxa");
    const el = panel.element;
    expect(el.querySelector("h2")!.textContent).toBe("JAXA");
    expect(el.textContent).toContain("Organisation · Government agency");
    expect(el.textContent).toContain("Japan Aerospace Exploration Agency");
    const dated = [...el.querySelectorAll(".dated-list li")].map((li) => li.querySelector("button")!.textContent);
    expect(dated).toEqual(["Earlier LoI", "Expo", "Later MoU"]);
    expect(el.textContent).toContain("Showing 3 of 4.");
    const quotes = el.querySelectorAll(".citation blockquote");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.getAttribute("lang")).toBe("fr");
    expect(quotes[0]!.textContent).toBe("“La JAXA et le CNES ont signé mercredi un protocole.”");
    expect(el.querySelector(".citation")!.textContent).toContain("Le Monde · June 12, 2025");
    const link = el.querySelector<HTMLAnchorElement>(".citation a")!;
    expect(link.href).toBe("https://example.org/a");
    expect(link.rel).toContain("noopener");
    el.querySelector<HTMLButtonElement>(".dated-list button")!.click();
    expect(navigated.map((n) => n.id)).toEqual(["agr:a"]);
    el.querySelector<HTMLButtonElement>(".panel-actions button")!.click();
    expect(expanded).toEqual(["org:jaxa"]);
  });

  it("shows an agreement's lifecycle: each state with its date at its precision, or none, and the article stating it", async () => {
    const agreement = {
      __typename: "Agreement", id: "agr:mou", name: "JAXA–CNES MoU", entityType: "AGREEMENT", citations: [citation], inferred: false, inferenceNote: null,
      title: "JAXA–CNES MoU", agreementKind: "MOU", signed: partialDate("2025-06", "MONTH"), dateNote: null, counterpartyNote: null, status: "signed",
      summary: null, parties: [], sectors: [], implements: [], buildsOn: [], implementedBy: [], reinforcedBy: [], signedAt: null,
      lifecycle: [
        { status: "SIGNED", since: { ...partialDate("2025-06", "MONTH"), text: "en juin", note: "Mois donné par l’article" }, asOf: null, citation },
        { status: "IN_FORCE", since: null, asOf: null, citation: { ...citation, quote: "Il est en vigueur.", inferred: true, inferenceNote: "Déduit" } },
      ],
    };
    const opened: string[] = [];
    const fake = new FakeFetch().answer({ json: { data: { entity: agreement } } });
    const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"), {
      navigate: () => undefined, expand: () => undefined, isInGraph: () => true, close: () => undefined,
      openSource: (c) => opened.push(c.quote ?? ""),
    });
    document.body.replaceChildren(panel.element);
    await panel.showEntity("agr:mou");

    const steps = [...panel.element.querySelectorAll<HTMLLIElement>(".lifecycle li")];
    expect(steps.map((li) => li.dataset["status"])).toEqual(["SIGNED", "IN_FORCE"]);
    expect(steps[0]!.querySelector(".status")!.textContent).toBe("Signed");
    expect(steps[0]!.querySelector(".dated")!.textContent).toBe("June 2025 « en juin » — Mois donné par l’article");
    expect(steps[1]!.querySelector(".undated")!.textContent).toBe("date not given");
    expect(steps[1]!.querySelector(".evidence-marker")!.textContent).toBe("Inferred");
    expect(steps[1]!.querySelector("cite")!.title).toBe("Il est en vigueur.");
    steps[1]!.querySelector<HTMLButtonElement>(".read-article")!.click();
    expect(opened).toEqual(["Il est en vigueur."]);
  });

  it("marks a dormant agreement in its details, with why and its last activity at the source's precision", async () => {
    const agreement = {
      __typename: "Agreement", id: "agr:old", name: "LSA–JAXA MoU", entityType: "AGREEMENT", citations: [citation], inferred: false, inferenceNote: null,
      title: "LSA–JAXA MoU", agreementKind: "MOU", signed: partialDate("2015", "YEAR"), dateNote: null, counterpartyNote: null, status: null,
      summary: null, parties: [], sectors: [], implements: [], buildsOn: [], implementedBy: [], reinforcedBy: [], signedAt: null, lifecycle: [],
      dormancy: { dormant: true, afterYears: 5, reason: "No cited activity since 2015.", lastActivity: { kind: "SIGNED", date: partialDate("2015", "YEAR") } },
    };
    const fake = new FakeFetch().answer({ json: { data: { entity: agreement } } });
    const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"), {
      navigate: () => undefined, expand: () => undefined, isInGraph: () => true, close: () => undefined, openSource: () => undefined,
    });
    document.body.replaceChildren(panel.element);
    await panel.showEntity("agr:old");

    const mark = panel.element.querySelector<HTMLElement>("[data-dormant]")!;
    expect(mark.querySelector(".dormant-mark")!.textContent).toBe("Dormant");
    expect(mark.textContent).toContain("more than 5 years; the last: its signing, 2015");
  });

  it("gives an agreement's term dates at their precision and marks it expiring, with why", async () => {
    const agreement = {
      __typename: "Agreement", id: "agr:term", name: "LSA–JAXA MoU", entityType: "AGREEMENT", citations: [citation], inferred: false, inferenceNote: null,
      title: "LSA–JAXA MoU", agreementKind: "MOU", signed: partialDate("2024-06", "MONTH"), dateNote: null, counterpartyNote: null, status: null,
      summary: null, parties: [], sectors: [], implements: [], buildsOn: [], implementedBy: [], reinforcedBy: [], signedAt: null, lifecycle: [], dormancy: null,
      effective: partialDate("2024-06", "MONTH"), expires: partialDate("2027-03", "MONTH"), renewalDue: null,
      term: { status: "EXPIRING", date: partialDate("2027-03", "MONTH"), withinMonths: 6 },
    };
    const { panel } = setup(new FakeFetch().answer({ json: { data: { entity: agreement } } }));
    await panel.showEntity("agr:term");

    const mark = panel.element.querySelector<HTMLElement>(".term[data-mark='expiring']")!;
    expect(mark.querySelector(".agreement-mark")!.textContent).toBe("Expiring");
    expect(mark.textContent).toBe("Expiring — expires March 2027, within 6 months");
    expect(mark.title).toContain("not stated by a source");
    expect(panel.element.textContent).toContain("March 2027");
  });

  it("shows a key figure with its amount, period, places and sectors", async () => {
    const fact = {
      __typename: "Fact", id: "fact:trade", name: "Échanges de services : plus de 1,2 milliard d’euros", entityType: "FACT", citations: [citation],
      factKind: "TRADE", statement: "Échanges de services : plus de 1,2 milliard d’euros", value: 1200000000, unit: "EUR", qualifier: "more_than",
      year: 2024, period: null, about: [{ id: "place:lu", name: "Luxembourg" }], sectors: [{ id: "sector:finance", name: "Financial services", nameFr: "Services financiers" }],
    };
    const { panel, navigated } = setup(new FakeFetch().answer({ json: { data: { entity: fact } } }));
    await panel.showEntity("fact:trade");
    const text = panel.element.textContent!;
    expect(text).toContain("Key figure · Trade figure");
    expect(text).toContain("more than €1,200,000,000");
    expect(text).not.toContain("Statement");
    expect(panel.element.querySelector("h2")!.getAttribute("lang"), "the statement is the article's French").toBe("fr");
    expect(text).toContain("Financial services");
    [...panel.element.querySelectorAll<HTMLButtonElement>("button.link-button")].find((b) => b.textContent === "Luxembourg")!.click();
    expect(navigated).toEqual([{ id: "place:lu", name: "Luxembourg", entityType: "PLACE" }]);
  });

  it("says when the entity does not exist", async () => {
    const { panel } = setup(new FakeFetch().answer({ json: { data: { entity: null } } }));
    await panel.showEntity("org:gone");
    expect(panel.element.querySelector("[role=alert]")!.textContent).toBe("This entity is not in the database any more.");
  });

  it("shows a failure with a retry that asks again", async () => {
    const fake = new FakeFetch().answer({ status: 503, text: "" }, { json: { data: { entity: organization } } });
    const { panel } = setup(fake);
    await panel.showEntity("org:jaxa");
    const alert = panel.element.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("ran into a problem");
    alert.querySelector("button")!.click();
    await settle();
    expect(panel.element.querySelector("h2")!.textContent).toBe("JAXA");
    expect(fake.requests).toHaveLength(2);
  });

  it("shows a relationship with its sources", () => {
    const { panel } = setup(new FakeFetch());
    panel.showEdge({
      id: "e1",
      attrs: { relation: "PARTY_TO", label: "party to", role: "signatory", since: null, until: null, asOf: null, citations: [citation], inferred: false, inferenceNote: null },
      source: { id: "org:jaxa", name: "JAXA", entityType: "ORGANIZATION" },
      target: { id: "agr:b", name: "Later MoU", entityType: "AGREEMENT" },
    });
    expect(panel.element.querySelector(".relationship")!.textContent).toBe("JAXA party to → Later MoU");
    expect(panel.element.textContent).toContain("Role: signatory");
    expect(panel.element.querySelectorAll(".citation")).toHaveLength(1);
    expect(panel.element.querySelector(".relationship-dates")).toBeNull();
    expect(panel.element.querySelector("h2")!.hasAttribute("lang")).toBe(false);
  });

  it("says since when a relationship holds and how that date was arrived at", () => {
    const { panel } = setup(new FakeFetch());
    panel.showEdge({
      id: "place:luxembourg|DIPLOMATIC_RELATIONS|place:japan",
      attrs: {
        relation: "DIPLOMATIC_RELATIONS", label: "diplomatic relations with", role: null, until: null, asOf: null, citations: [citation], inferred: false, inferenceNote: null,
        since: partialDate("1927", "YEAR", { note: "Centenaire des relations bilatérales en 2027" }),
      },
      source: { id: "place:luxembourg", name: "Luxembourg", entityType: "PLACE" },
      target: { id: "place:japan", name: "Japan", entityType: "PLACE" },
    });
    const dates = panel.element.querySelector(".relationship-dates")!;
    expect(dates.textContent).toBe("since 1927 — Centenaire des relations bilatérales en 2027");
    expect(dates.querySelector(".date-note")!.getAttribute("lang")).toBe("fr");
  });
});

describe("SidePanel in French", () => {
  it("names sectors in French when the French name is known", async () => {
    const fake = new FakeFetch().answer({ json: { data: { entity: { ...organization, sectors: [{ id: "sec:space", name: "Space", nameFr: "Espace" }, { id: "sec:x", name: "Robotics", nameFr: null }] } } } });
    const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("fr"), {
      navigate: () => undefined, expand: () => undefined, isInGraph: () => false, close: () => undefined,
    });
    await panel.showEntity("org:jaxa");
    const sectors = [...panel.element.querySelectorAll(".panel-section")].find((s) => s.querySelector("h3")!.textContent === "Secteurs")!;
    expect([...sectors.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Espace", "Robotics"]);
    expect(panel.element.querySelector(".panel-actions button")!.textContent).toBe("Afficher dans le graphe");
  });
});

describe("SidePanel refresh", () => {
  it("redraws only when the entity's presence in the graph changed, keeping focus otherwise", async () => {
    let inGraph = false;
    const fake = new FakeFetch().answer({ json: { data: { entity: organization } } });
    const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"), {
      navigate: () => undefined, expand: () => undefined, isInGraph: () => inGraph, close: () => undefined,
    });
    document.body.replaceChildren(panel.element);
    await panel.showEntity("org:jaxa");
    const button = panel.element.querySelector<HTMLButtonElement>(".panel-actions button")!;
    expect(button.textContent).toBe("Show in graph");
    button.focus();
    panel.refresh();
    expect(document.activeElement).toBe(button);
    inGraph = true;
    panel.refresh();
    expect(panel.element.querySelector(".panel-actions button")!.textContent).toBe("Show connections");
  });
});

describe("SidePanel exploration actions", () => {
  const lsa = { ...cnes, id: "org:lsa", label: "Luxembourg Space Agency", names: { en: null, fr: null, ja: null } };

  it("lists an organisation's partners on request, with their ties counted by kind, each a link", async () => {
    const fake = new FakeFetch().answer(
      { json: { data: { entity: organization } } },
      { json: { data: { partners: [{ partner: lsa, weight: 3, agreementCount: 1, eventCount: 2, agreements: [], events: [] }] } } },
    );
    const { panel, navigated } = setup(fake);
    await panel.showEntity("org:jaxa");
    expect(fake.requests).toHaveLength(1);

    panel.element.querySelector<HTMLButtonElement>(".partners-show")!.click();
    await settle();

    expect(fake.requests[1]!.body.operationName).toBe("Partners");
    expect(fake.requests[1]!.body.variables).toEqual({ id: "org:jaxa", first: 20 });
    const item = panel.element.querySelector(".partners-list li")!;
    expect(item.textContent).toBe("Luxembourg Space Agency — 1 agreement, 2 events");
    item.querySelector<HTMLButtonElement>("button")!.click();
    expect(navigated.map((e) => e.id)).toEqual(["org:lsa"]);
  });

  it("offers connections from the entity", async () => {
    const from: EntityRef[] = [];
    const fake = new FakeFetch().answer({ json: { data: { entity: organization } } });
    const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("fr"), {
      navigate: () => undefined, expand: () => undefined, isInGraph: () => true, close: () => undefined,
      connectionsFrom: (e) => from.push(e),
    });
    document.body.replaceChildren(panel.element);
    await panel.showEntity("org:jaxa");

    const button = panel.element.querySelector<HTMLButtonElement>(".connections-to")!;
    expect(button.textContent).toBe("Liens vers…");
    button.click();
    expect(from.map((e) => e.id)).toEqual(["org:jaxa"]);
  });
});
