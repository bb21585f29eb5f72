import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/api/types";
import { Footnotes } from "../../src/briefing/footnotes";

function citation(source: string, quote: string | null): Citation {
  return {
    quote, inferred: false, inferenceNote: null,
    source: { id: source, title: source, publisher: null, publisherInferred: false, publisherNote: null, published: null, updated: null, dateNote: null, language: "fr", url: null },
  };
}

describe("footnotes", () => {
  it("number each article and sentence once, in the order first cited", () => {
    const notes = new Footnotes();
    expect(notes.cite([citation("a", "one"), citation("b", "two")])).toEqual([1, 2]);
    expect(notes.cite([citation("b", "two"), citation("a", "three"), citation("a", "one")])).toEqual([1, 2, 3]);
    expect(notes.list().map((n) => `${n.number}:${n.citation.source.id}:${n.citation.quote}`)).toEqual(["1:a:one", "2:b:two", "3:a:three"]);
  });
});
