import { describe, expect, it } from "vitest";
import type { OrganizationDetails } from "../../src/api/types";
import type { CounterpartData } from "../../src/briefing/briefing-data";
import { renderCounterpartBrief } from "../../src/briefing/counterpart-brief";
import { I18n } from "../../src/i18n/i18n";
import { edge, node, partialDate } from "../fixtures";

const source = { id: "src:1", title: "Article", publisher: null, publisherInferred: false, publisherNote: null, published: null, updated: null, dateNote: null, language: "fr", url: null };

const jaxa: OrganizationDetails = {
  __typename: "Organization", id: "org:jaxa", name: "JAXA", entityType: "ORGANIZATION", names: { en: null, fr: null, ja: "宇宙航空研究開発機構" },
  inferred: false, inferenceNote: null, citations: [{ source, quote: "La JAXA, agence spatiale japonaise.", inferred: false, inferenceNote: null }],
  kind: "GOVERNMENT_AGENCY", aliases: ["agence spatiale japonaise"], nameOriginal: null, description: "Agence spatiale japonaise.", website: null,
  country: { id: "place:japan", name: "Japon", names: { en: "Japan", fr: "Japon", ja: "日本" } }, sectors: [],
  agreements: { totalCount: 0, nodes: [] }, events: { totalCount: 0, nodes: [] },
  people: [{
    title: "Président", inferred: true, inferenceNote: "Titre déduit", sinceDate: partialDate("2018", "YEAR"), untilDate: null,
    person: { id: "person:y", name: "Hiroshi Yamakawa", entityType: "PERSON" }, organization: { id: "org:jaxa", name: "JAXA", entityType: "ORGANIZATION" },
    citations: [{ source, quote: "Le président de la JAXA était présent.", inferred: false, inferenceNote: null }],
  }],
};

const data: CounterpartData = {
  organization: jaxa, agreements: [], events: [], facts: [],
  relations: [{
    edge: edge("r", "place:luxembourg", "place:japan", { type: "DIPLOMATIC_RELATIONS", since: partialDate("1927", "YEAR"), citations: [{ source, quote: "Le centenaire des relations bilatérales en 2027.", inferred: false, inferenceNote: null }] }),
    source: node("place:luxembourg", { label: "Luxembourg", entityType: "PLACE", names: { en: "Luxembourg", fr: "Luxembourg", ja: "ルクセンブルク" } }),
    target: node("place:japan", { label: "Japon", entityType: "PLACE", names: { en: "Japan", fr: "Japon", ja: "日本" } }),
  }],
  requests: { neighbourhoods: [{ id: "place:japan", depth: 1, limit: 200 }], connections: null, entities: ["org:jaxa"] },
};

const context = { permalink: "http://host/?e=org%3Ajaxa&x=org%3Ajaxa", endpoint: "http://host/graphql", today: "2026-12-07" };

describe("the counterpart brief", () => {
  it("says who they are, in the interface language where the graph has the name", () => {
    const page = renderCounterpartBrief(data, new I18n("ja"), context);
    expect(page.querySelector("h1")?.textContent).toBe("相手方ブリーフ：宇宙航空研究開発機構");
    expect(page.querySelector("#briefing-who dl")?.textContent).toContain("日本");
  });

  it("lists the upcoming centenary of diplomatic relations dated only to the year, with its source", () => {
    const page = renderCounterpartBrief(data, new I18n("en"), context);
    const row = page.querySelector("#briefing-anniversaries tbody tr")!;
    expect([...row.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["2027", "100 years", "Diplomatic relations Luxembourg – Japan (since 1927)[3]"]);
    expect(page.querySelector("#fn-3 q")?.textContent).toBe("Le centenaire des relations bilatérales en 2027.");
  });

  it("lists the people with their title as the source words it, its period at its precision and the inference", () => {
    const page = renderCounterpartBrief(data, new I18n("en"), context);
    expect(page.querySelector("#briefing-people li")?.textContent).toBe("Hiroshi Yamakawa — Président (since 2018) Inferred[2]");
    expect([...page.querySelectorAll("#briefing-uncertain li")].map((li) => li.textContent)).toContain("Hiroshi Yamakawa — Président: inferred — Titre déduit");
    expect(page.querySelector("#briefing-ties")?.textContent).toContain("No agreement or event of this organisation is recorded.");
  });
});
