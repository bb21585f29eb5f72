import { describe, expect, it } from "vitest";
import { citationText, csvCell, edgesCsv, nodesCsv, toCsv } from "../../src/export/csv";
import { shownTextOf } from "../../src/export/shown-columns";
import { GraphModel } from "../../src/graph/model";
import { I18n } from "../../src/i18n/i18n";
import { cnes, cnesParty, edge, jaxa, jaxaParty, mou, node, partialDate } from "../fixtures";

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
  const en = new I18n("en");
  const model = new GraphModel();
  const source = {
    id: "src:1", title: "Espace: accord", publisher: "Le Monde", publisherInferred: false, publisherNote: null,
    published: partialDate("2025-06-11", "DAY"), updated: null, dateNote: null, language: "fr", url: "https://example.org/a",
  };
  const citation = { quote: "La JAXA et le CNES ont signé, mardi, un protocole.", source, inferred: false, inferenceNote: null };
  const monthAgreement = node("agr:lsa-jaxa-2024", {
    label: "JAXA–LSA", entityType: "AGREEMENT", kind: "COOPERATION_AGREEMENT", sourceCount: 2,
    start: partialDate("2024-06", "MONTH", { note: "Mois et année déduits de l’article" }),
    lifecycle: [
      { status: "SIGNED", since: partialDate("2024-06", "MONTH"), asOf: null },
      { status: "ACTIVE", since: null, asOf: partialDate("2025-04", "MONTH") },
      { status: "RENEWED", since: null, asOf: null },
    ],
  });
  const lateMay = node("evt:mission", { label: "Mission", entityType: "EVENT", kind: "TRADE_MISSION", start: partialDate("2025-05", "MONTH", { qualifier: "LATE" }) });
  model.merge(
    [jaxa, mou, cnes, node("org:quote", { label: 'The "Best", Inc.' }), monthAgreement, lateMay],
    [{ ...jaxaParty, citations: [citation] }, { ...cnesParty, inferred: true, inferenceNote: "Déduit du contexte.", since: partialDate("2024-06", "MONTH") }],
  );

  it("lists one row per entity, dates at their precision in the interface language beside their reduced ISO form", () => {
    const lines = nodesCsv(model.graph, en).replace("\uFEFF", "").trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "id,name,entity_type,kind,date,date_iso,end_date,end_date_iso,date_precision,date_note,evidence,inference_note,source_count,sectors,countries,connections,name_language,lifecycle,lifecycle_codes");
    expect(lines).toContain('agr:mou-2025,JAXA–CNES MoU,AGREEMENT,MOU,"June 11, 2025",2025-06-11,,,DAY,,stated,,1,sec:space,place:jp;place:fr,3,,,');
    expect(lines).toContain("agr:lsa-jaxa-2024,JAXA–LSA,AGREEMENT,COOPERATION_AGREEMENT,June 2024,2024-06,,,MONTH,Mois et année déduits de l’article,stated,,2,,,3,,Signed — June 2024; Active — as of April 2025; Renewed — date not given,SIGNED 2024-06; ACTIVE asOf 2025-04; RENEWED");
    expect(lines).toContain("evt:mission,Mission,EVENT,TRADE_MISSION,end of May 2025,2025-05,,,MONTH,,stated,,1,,,3,,,");
    expect(lines).toContain('org:quote,"The ""Best"", Inc.",ORGANIZATION,GOVERNMENT_AGENCY,,,,,,,stated,,1,,,3,,,');
    expect(lines).toHaveLength(7);
  });

  it("writes the date in the interface language", () => {
    expect(nodesCsv(model.graph, new I18n("fr"))).toContain("agr:lsa-jaxa-2024,JAXA–LSA,AGREEMENT,COOPERATION_AGREEMENT,juin 2024,2024-06,");
    expect(nodesCsv(model.graph, new I18n("fr"))).toContain("evt:mission,Mission,EVENT,TRADE_MISSION,fin mai 2025,2025-05,");
    expect(nodesCsv(model.graph, new I18n("fr"))).toContain(",Signé — juin 2024; En cours — état constaté : avril 2025; Renouvelé — date non précisée,SIGNED 2024-06;");
  });

  it("lists relationships with both ends' names, stated or inferred, the number of articles, sources and quotes", () => {
    const lines = edgesCsv(model.graph, en).replace("\uFEFF", "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,source_id,source_name,relationship,label,role,target_id,target_name,evidence,inference_note,source_count,sources,quotes,dates,since_iso,until_iso,as_of_iso,source_name_language,target_name_language");
    expect(lines[1]).toBe(
      'e1,org:jaxa,JAXA,PARTY_TO,party to,,agr:mou-2025,JAXA–CNES MoU,stated,,1,"Espace: accord (Le Monde, June 11, 2025) <https://example.org/a>","La JAXA et le CNES ont signé, mardi, un protocole.",,,,,,',
    );
    expect(lines[2]).toBe("e2,org:cnes,CNES,PARTY_TO,party to,,agr:mou-2025,JAXA–CNES MoU,inferred,Déduit du contexte.,0,,,since June 2024,2024-06,,,,");
  });

  it("names an article's update date as such when it states no publication date, and an inferred publisher as such", () => {
    const updated = { ...citation, source: { ...source, published: null, updated: partialDate("2025-11-04", "DAY"), publisherInferred: true } };
    expect(citationText([updated], en)).toBe("Espace: accord (Le Monde (publisher inferred), updated November 4, 2025) <https://example.org/a>");
  });

  it("writes since when a relationship holds at its precision in the interface language", () => {
    expect(edgesCsv(model.graph, new I18n("fr"))).toContain(",depuis juin 2024,2024-06,,");
    expect(edgesCsv(model.graph, new I18n("ja"))).toContain(",2024年6月から,2024-06,,");
  });

  it("leaves out what the include filter rejects, with their relationships", () => {
    const include = (id: string) => id !== "org:cnes";
    expect(nodesCsv(model.graph, en, include)).not.toContain("org:cnes");
    const edges = edgesCsv(model.graph, en, include);
    expect(edges).toContain("e1,");
    expect(edges).not.toContain("e2,");
  });
});

describe("graph CSV, columns shown in the interface language", () => {
  const model = new GraphModel();
  const jaxaNamed = { ...jaxa, label: "Japan Aerospace Exploration Agency", names: { en: null, fr: null, ja: "宇宙航空研究開発機構" } };
  model.merge([jaxaNamed, mou, cnes], [{ ...jaxaParty, role: "signataire" }, cnesParty]);

  it("follow the stored values with names, kinds, relationships and roles as the Japanese interface shows them", () => {
    const ja = new I18n("ja");
    const shown = shownTextOf(ja);
    const nodeLines = nodesCsv(model.graph, ja, () => true, shown).split("\r\n");
    expect(nodeLines[0]).toMatch(/,connections,name_language,lifecycle,lifecycle_codes,shown_name_ja,shown_entity_type_ja,shown_kind_ja$/);
    expect(nodeLines.find((l) => l.startsWith("org:jaxa,"))).toMatch(/,宇宙航空研究開発機構,組織,政府機関$/);
    const edgeLines = edgesCsv(model.graph, ja, () => true, shown).split("\r\n");
    expect(edgeLines[0]).toMatch(/,as_of_iso,source_name_language,target_name_language,shown_source_name_ja,shown_relationship_ja,shown_role_ja,shown_target_name_ja$/);
    const jaxaLine = edgeLines.find((l) => l.includes(",PARTY_TO,") && l.includes("org:jaxa"));
    expect(jaxaLine).toMatch(/,宇宙航空研究開発機構,当事者,署名者,[^,]+$/);
  });

  it("are left out when no interface language is given", () => {
    expect(nodesCsv(model.graph, new I18n("en")).split("\r\n")[0]).toMatch(/,connections,name_language,lifecycle,lifecycle_codes$/);
  });
});

describe("graph CSV, a key figure's statement", () => {
  it("gives the language of the articles' own words beside the entity and the relationship ends", () => {
    const model = new GraphModel();
    model.merge([jaxa, node("fact:1", { entityType: "FACT", kind: "ATTENDANCE", label: "Environ 200 personnes" })],
      [edge("a1", "fact:1", "org:jaxa", { type: "ABOUT", label: "about" })]);
    const en = new I18n("en");
    const nodes = nodesCsv(model.graph, en).split("\r\n");
    expect(nodes.find((l) => l.startsWith("fact:1,"))).toMatch(/,fr,,$/);
    expect(nodes.find((l) => l.startsWith("org:jaxa,"))).toMatch(/,$/);
    expect(edgesCsv(model.graph, en).split("\r\n").find((l) => l.startsWith("a1,"))).toMatch(/,fr,$/);
  });
});
