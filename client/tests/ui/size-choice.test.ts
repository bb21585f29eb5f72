import { describe, expect, it } from "vitest";
import type { SizeMeasure } from "../../src/graph/size-measure";
import { I18n } from "../../src/i18n/i18n";
import { SizeChoice, sizeLegendLines } from "../../src/ui/size-choice";

describe("what the legend says node size means", () => {
  const en = new I18n("en");

  it("explains each measure in plain words, says what it leaves out and names the largest node", () => {
    expect(sizeLegendLines(en, "recorded", { name: "JAXA", score: 120 }, false)).toEqual([
      "Bigger: more relationships recorded in the database, drawn or not (log scale).",
      "Largest: JAXA",
    ]);
    expect(sizeLegendLines(en, "drawn", { name: "JAXA", score: 1999 }, false)).toEqual([
      "Bigger: tied to more of the organisations, people, agreements and events in this picture.",
      "Places, sectors and sources are not counted: they are drawn at the smallest size.",
      "Largest: JAXA (1,999 ties drawn)",
    ]);
    // A betweenness score has no unit a reader could check: only the name is given.
    expect(sizeLegendLines(en, "betweenness", { name: "Vitagora", score: 0.4375 }, false).at(-1)).toBe(
      "Largest: Vitagora",
    );
    expect(sizeLegendLines(en, "pagerank", null, true).at(-1)).toBe("Measuring…");
  });

  it("names no largest node when every score is nought (nothing is tied)", () => {
    expect(sizeLegendLines(en, "betweenness", { name: "JAXA", score: 0 }, false)).toHaveLength(2);
  });

  it("speaks French and Japanese", () => {
    expect(sizeLegendLines(new I18n("fr"), "betweenness", { name: "Vitagora", score: 1 }, false)[0]).toMatch(
      /^Plus grand.: se trouve sur davantage des plus courts chemins/,
    );
    expect(sizeLegendLines(new I18n("ja"), "drawn", { name: "JAXA", score: 3 }, false).at(-1)).toBe(
      "最大：JAXA（描かれたつながり 3 本）",
    );
  });
});

describe("SizeChoice", () => {
  it("offers the four measures, tells which one is chosen and keeps the list (and its focus) when the text changes", () => {
    const chosen: SizeMeasure[] = [];
    const choice = new SizeChoice(
      () => new I18n("en"),
      "recorded",
      (m) => chosen.push(m),
    );
    document.body.replaceChildren(choice.element);
    const select = choice.element.querySelector("select")!;
    expect(choice.element.querySelector(`label[for="${select.id}"]`)!.textContent).toBe("Node size shows");
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "Relationships recorded",
      "Ties in this picture",
      "Go-between role (betweenness)",
      "Influence (PageRank)",
    ]);

    select.value = "betweenness";
    select.dispatchEvent(new Event("change"));
    choice.show("betweenness", { name: "Vitagora", score: 3 }, false);

    expect(chosen).toEqual(["betweenness"]);
    expect(choice.element.querySelector("select")).toBe(select);
    expect(choice.element.querySelector(".size-legend")!.textContent).toContain("Largest: Vitagora");
  });
});
