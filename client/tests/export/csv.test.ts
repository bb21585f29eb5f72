import { describe, expect, it } from "vitest";
import { citationText, csvCell, edgesCsv, nodesCsv, toCsv } from "../../src/export/csv";
import { GraphModel } from "../../src/graph/model";
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
