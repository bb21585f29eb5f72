import { describe, expect, it } from "vitest";
import { GraphQLClient } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import { I18n } from "../../src/i18n/i18n";
import { figureText } from "../../src/ui/side-panel";
import { SourceReader, splitAtPassage } from "../../src/ui/source-reader";
import { FakeFetch } from "../api/fake-fetch";

const text = "Hier, la JAXA et la LSA ont signé un accord.\nLa délégation a ensuite visité Rakuten.";
const source = { id: "src:1", title: "Une visite au Japon fructueuse", publisher: "Chambre de Commerce", publisherInferred: false, publisherNote: null, published: null,
  updated: { value: "2025-11-04", precision: "DAY" as const, qualifier: null, iso: "2025-11-04", text: null, note: null, earliest: "2025-11-04", latest: "2025-11-04" }, dateNote: "« Mis à jour le 04/11/2025 ».", language: "fr", url: null };
const citation = { quote: "La délégation a ensuite visité Rakuten.", inferred: false, inferenceNote: null, passage: { start: 45, end: 84 }, source };
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("splitAtPassage", () => {
  it("cuts the text around the passage", () => {
    expect(splitAtPassage(text, citation.passage)).toEqual([text.slice(0, 45), "La délégation a ensuite visité Rakuten.", ""]);
  });

  it("refuses a passage outside the text or empty", () => {
    expect(splitAtPassage(text, { start: 10, end: 500 })).toBeNull();
    expect(splitAtPassage(text, { start: 10, end: 10 })).toBeNull();
    expect(splitAtPassage(text, null)).toBeNull();
  });
});

describe("SourceReader", () => {
  it("shows the article with the quoted sentence in a mark, the inferred publisher marked, the dates and language", async () => {
    const fake = new FakeFetch().answer({ json: { data: { node: { ...source, publisherInferred: true, publisherNote: "Déduit du texte.", text } } } });
    const reader = new SourceReader(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"));
    document.body.replaceChildren(reader.element);

    await reader.open(citation);
    await settle();

    expect(fake.requests[0]!.body.variables).toEqual({ id: "src:1" });
    expect(reader.element.open).toBe(true);
    expect(reader.element.querySelector("mark")?.textContent).toBe("La délégation a ensuite visité Rakuten.");
    const meta = reader.element.querySelector(".reader-meta")!.textContent!;
    expect(meta).toContain("Chambre de Commerce (publisher inferred)");
    expect(meta).toContain("Déduit du texte.");
    expect(meta).toContain("November 4, 2025");
    expect(meta).toContain("Mis à jour le 04/11/2025");
    expect(meta).toContain("French");
  });

  it("shows the text unmarked, saying so, when the quote is not located", async () => {
    const fake = new FakeFetch().answer({ json: { data: { node: { ...source, publisherInferred: false, publisherNote: null, text } } } });
    const reader = new SourceReader(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("fr"));
    document.body.replaceChildren(reader.element);

    await reader.open({ ...citation, passage: null });
    await settle();

    expect(reader.element.querySelector("mark")).toBeNull();
    expect(reader.element.textContent).toContain("La phrase citée n’a pas pu être retrouvée");
  });
});

describe("figureText", () => {
  const en = new I18n("en");
  it("says a figure with its qualifier and unit, a presence by its start year, an anniversary with its period", () => {
    expect(figureText({ value: 200, unit: "people", qualifier: "about", year: null, period: null }, en)).toBe("about 200 people");
    expect(figureText({ value: null, unit: null, qualifier: "since", year: 2008, period: null }, en)).toBe("since 2008");
    expect(figureText({ value: 100, unit: "years", qualifier: null, year: 2027, period: "1927–2027" }, en)).toBe("100 years (1927–2027)");
  });
});
