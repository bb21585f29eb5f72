import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../src/graph/attributes";
import { I18n } from "../../src/i18n/i18n";
import { edgeTooltip, GraphTooltip, nodeTooltip } from "../../src/ui/graph-tooltip";
import { partialDate } from "../fixtures";

const en = new I18n("en");
const attrs = (overrides: Partial<NodeAttributes>): NodeAttributes => ({
  label: "JAXA–LSA", entityType: "AGREEMENT", kind: "COOPERATION_AGREEMENT", start: partialDate("2024-06", "MONTH"), end: null,
  inferred: false, inferenceNote: null, sourceCount: 2, sectors: [], countries: [], degree: 3, x: 0, y: 0, fixed: false, pinned: false,
  hiddenByUser: false, expanded: false, ...overrides,
});

describe("graph hover card", () => {
  it("names a node, its kind, its date at precision and how many sources state it", () => {
    const card = nodeTooltip(attrs({}), en);
    expect(card.title).toBe("JAXA–LSA");
    expect(card.lines).toEqual(["Agreement · Cooperation agreement", "June 2024", "confirmed by 2 sources"]);
  });

  it("names a relationship by its ends and says when it is inferred and why", () => {
    const edge: EdgeAttributes = {
      relation: "PARTY_TO", label: "party to", role: "partie", since: null, until: null, asOf: null, inferred: true, inferenceNote: "Déduit du contexte de l’article.",
      citations: [{ quote: "q", inferred: true, inferenceNote: null, source: { id: "src:1", title: "T", publisher: null, publisherInferred: false, publisherNote: null, published: null, updated: null, dateNote: null, language: "fr", url: null } }],
    };
    const card = edgeTooltip(edge, attrs({ label: "Luxembourg", entityType: "ORGANIZATION" }), attrs({ label: "Air services" }), en);
    expect(card.title).toBe("Luxembourg → party to → Air services");
    expect(card.lines).toEqual(["Role: partie", "1 source"]);
    const tooltip = new GraphTooltip();
    tooltip.show(card, 10, 20, en);
    expect(tooltip.element.hidden).toBe(false);
    expect(tooltip.element.textContent).toContain("Inferred Déduit du contexte de l’article.");
    tooltip.hide();
    expect(tooltip.element.hidden).toBe(true);
  });

  it("says since when a relationship holds, at its precision and in the interface language", () => {
    const relations: EdgeAttributes = {
      relation: "DIPLOMATIC_RELATIONS", label: "diplomatic relations with", role: null, since: partialDate("1927", "YEAR", { note: "Centenaire des relations bilatérales en 2027" }),
      until: null, asOf: null, inferred: false, inferenceNote: null, citations: [],
    };
    const ends = [attrs({ label: "Luxembourg", entityType: "PLACE" }), attrs({ label: "Japan", entityType: "PLACE" })] as const;
    expect(edgeTooltip(relations, ...ends, en).lines).toContain("since 1927");
    expect(edgeTooltip(relations, ...ends, new I18n("fr")).lines).toContain("depuis 1927");
    expect(edgeTooltip(relations, ...ends, new I18n("ja")).lines).toContain("1927年から");
    const role = { ...relations, since: partialDate("2024-06", "MONTH"), until: partialDate("2025", "YEAR") };
    expect(edgeTooltip(role, ...ends, en).lines).toContain("since June 2024, until 2025");
  });

  it("never shows the server's English label in the Japanese interface, even for a type this client does not know", () => {
    const ja = new I18n("ja");
    const ends = [attrs({ label: "JAXA", entityType: "ORGANIZATION" }), attrs({ label: "LSA", entityType: "ORGANIZATION" })] as const;
    for (const [relation, label] of [["PARTY_TO", "party to"], ["HAS_PRESENCE_IN", "present in"], ["ADVISES", "advises"]] as const) {
      const edge: EdgeAttributes = { relation, label, role: null, since: null, until: null, asOf: null, inferred: false, inferenceNote: null, citations: [] };
      const title = edgeTooltip(edge, ...ends, ja).title;
      expect(title, relation).not.toContain(label);
      expect(title, relation).not.toContain(relation);
      expect(title, relation).toMatch(/JAXA → [\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]+ → LSA/u);
    }
  });

  it("marks a key figure's French statement with its language in the card's title, as a node and as a relationship end", () => {
    const fact = attrs({ label: "Environ 200 personnes", entityType: "FACT", kind: "ATTENDANCE", start: null });
    const card = nodeTooltip(fact, en);
    const tooltip = new GraphTooltip();
    tooltip.show(card, 0, 0, en);
    expect(tooltip.element.querySelector("strong [lang]")!.getAttribute("lang")).toBe("fr");
    expect(tooltip.element.querySelector("strong [lang]")!.textContent).toBe("Environ 200 personnes");

    const about: EdgeAttributes = { relation: "ABOUT", label: "about", role: null, since: null, until: null, asOf: null, inferred: false, inferenceNote: null, citations: [] };
    tooltip.show(edgeTooltip(about, fact, attrs({ label: "JAXA", entityType: "ORGANIZATION" }), en), 0, 0, en);
    expect(tooltip.element.querySelector("strong")!.textContent).toBe("Environ 200 personnes → about → JAXA");
    expect([...tooltip.element.querySelectorAll("strong [lang]")].map((e) => [e.getAttribute("lang"), e.textContent])).toEqual([["fr", "Environ 200 personnes"]]);
  });
});
