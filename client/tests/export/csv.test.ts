import { describe, expect, it } from "vitest";
import { citationText, csvCell, edgesCsv, nodesCsv, toCsv } from "../../src/export/csv";
import { shownTextOf } from "../../src/export/shown-columns";
import { GraphModel } from "../../src/graph/model";
import { I18n } from "../../src/i18n/i18n";
import { cnes, cnesParty, jaxa, jaxaParty, mou, node } from "../fixtures";

describe("csvCell", () => {
  it("quotes fields with commas, quotes or line breaks and doubles quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("writes numbers as they are and nothing for null", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+33 1 23")).toBe("'+33 1 23");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(-1)).toBe("-1");
  });
});

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe("graph CSV", () => {
  const model = new GraphModel();
  const citation = { quote: "La JAXA et le CNES ont signé, mardi, un protocole.", source: { id: "src:1", title: "Espace: accord", publisher: "Le Monde", publishedDate: "2025-06-11", updatedDate: null, dateNote: null, language: "fr", url: "https://example.org/a" } };
  model.merge([jaxa, mou, cnes, node("org:quote", { label: 'The "Best", Inc.' })], [{ ...jaxaParty, citations: [citation] }, cnesParty]);

  it("lists one row per entity with lists joined by semicolons", () => {
    const lines = nodesCsv(model.graph).replace("\uFEFF", "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,name,entity_type,kind,date,end_date,sectors,countries,connections");
    expect(lines).toContain("agr:mou-2025,JAXA–CNES MoU,AGREEMENT,MOU,2025-06-11,,sec:space,place:jp;place:fr,3");
    expect(lines).toContain('org:quote,"The ""Best"", Inc.",ORGANIZATION,GOVERNMENT_AGENCY,,,,,3');
    expect(lines).toHaveLength(5);
  });

  it("lists relationships with both ends' names, sources and quotes", () => {
    const lines = edgesCsv(model.graph).replace("\uFEFF", "").trimEnd().split("\r\n");
    expect(lines[1]).toBe(
      'e1,org:jaxa,JAXA,PARTY_TO,party to,,agr:mou-2025,JAXA–CNES MoU,"Espace: accord (Le Monde, 2025-06-11) <https://example.org/a>","La JAXA et le CNES ont signé, mardi, un protocole."',
    );
  });

  it("names an article's update date as such when it states no publication date", () => {
    const updated = { quote: null, source: { ...citation.source, publishedDate: null, updatedDate: "2025-11-04" } };
    expect(citationText([updated])).toBe("Espace: accord (Le Monde, updated 2025-11-04) <https://example.org/a>");
  });

  it("leaves out what the include filter rejects, with their relationships", () => {
    const include = (id: string) => id !== "org:cnes";
    expect(nodesCsv(model.graph, include)).not.toContain("org:cnes");
    const edges = edgesCsv(model.graph, include);
    expect(edges).toContain("e1,");
    expect(edges).not.toContain("e2,");
  });
});

describe("graph CSV, columns shown in the interface language", () => {
  const model = new GraphModel();
  const jaxaNamed = { ...jaxa, label: "Japan Aerospace Exploration Agency", names: { en: null, fr: null, ja: "宇宙航空研究開発機構" } };
  model.merge([jaxaNamed, mou, cnes], [{ ...jaxaParty, role: "signataire" }, cnesParty]);

  it("follow the stored values with names, kinds, relationships and roles as the Japanese interface shows them", () => {
    const shown = shownTextOf(new I18n("ja"));
    const nodeLines = nodesCsv(model.graph, () => true, shown).split("\r\n");
    expect(nodeLines[0]).toMatch(/,connections,shown_name_ja,shown_entity_type_ja,shown_kind_ja$/);
    expect(nodeLines.find((l) => l.startsWith("org:jaxa,"))).toMatch(/,宇宙航空研究開発機構,組織,政府機関$/);
    const edgeLines = edgesCsv(model.graph, () => true, shown).split("\r\n");
    expect(edgeLines[0]).toMatch(/,quotes,shown_source_name_ja,shown_relationship_ja,shown_role_ja,shown_target_name_ja$/);
    const jaxaLine = edgeLines.find((l) => l.includes(",PARTY_TO,") && l.includes("org:jaxa"));
    expect(jaxaLine).toMatch(/,宇宙航空研究開発機構,当事者,署名者,[^,]+$/);
  });

  it("are left out when no interface language is given", () => {
    expect(nodesCsv(model.graph).split("\r\n")[0]).toMatch(/,connections$/);
  });
});
