import { describe, expect, it } from "vitest";
import { toGraphML } from "../../src/export/graphml";
import { GraphModel } from "../../src/graph/model";
import { I18n } from "../../src/i18n/i18n";
import { cnes, cnesParty, jaxa, jaxaParty, mou, node, partialDate } from "../fixtures";

const NS = "http://graphml.graphdrawing.org/xmlns";
const en = new I18n("en");

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

describe("toGraphML", () => {
  const model = new GraphModel();
  model.merge(
    [jaxa, mou, cnes, node("org:<&>", { label: "R&D <Lab> \"Ōsaka\" \u0001" })],
    [jaxaParty, { ...cnesParty, role: "signatory" }, { id: "e3", source: "org:<&>", target: "org:jaxa", type: "PARTNER_OF", label: "partner of", role: null, since: partialDate("2008", "YEAR"), until: null, asOf: null, citations: [], inferred: false, inferenceNote: null, independentSourceCount: 1 }],
  );

  it("is well-formed XML in the GraphML namespace with declared keys", () => {
    const doc = parse(toGraphML(model.graph, en));
    expect(doc.documentElement.namespaceURI).toBe(NS);
    expect(doc.documentElement.localName).toBe("graphml");
    const keys = [...doc.getElementsByTagNameNS(NS, "key")].map((k) => k.getAttribute("id"));
    expect(keys).toContain("label");
    expect(keys).toContain("relation");
    expect(doc.getElementsByTagNameNS(NS, "graph")[0]!.getAttribute("edgedefault")).toBe("directed");
  });

  it("has every node and edge, every data key declared, every edge end a node", () => {
    const doc = parse(toGraphML(model.graph, en));
    const nodes = [...doc.getElementsByTagNameNS(NS, "node")].map((n) => n.getAttribute("id"));
    expect(nodes.sort()).toEqual(["agr:mou-2025", "org:<&>", "org:cnes", "org:jaxa"]);
    const edges = [...doc.getElementsByTagNameNS(NS, "edge")];
    expect(edges).toHaveLength(3);
    for (const e of edges) {
      expect(nodes).toContain(e.getAttribute("source"));
      expect(nodes).toContain(e.getAttribute("target"));
    }
    const declared = new Set([...doc.getElementsByTagNameNS(NS, "key")].map((k) => k.getAttribute("id")));
    for (const d of doc.getElementsByTagNameNS(NS, "data")) expect(declared.has(d.getAttribute("key"))).toBe(true);
  });

  it("escapes special characters and drops characters XML forbids", () => {
    const doc = parse(toGraphML(model.graph, en));
    const odd = [...doc.getElementsByTagNameNS(NS, "node")].find((n) => n.getAttribute("id") === "org:<&>")!;
    const label = [...odd.getElementsByTagNameNS(NS, "data")].find((d) => d.getAttribute("key") === "label")!;
    expect(label.textContent).toBe('R&D <Lab> "Ōsaka" ');
  });

  it("gives an agreement's lifecycle as codes with ISO dates and in the interface language", () => {
    const signed = new GraphModel();
    signed.merge([{ ...mou, lifecycle: [{ status: "SIGNED", since: partialDate("2024-06", "MONTH"), asOf: null }, { status: "ACTIVE", since: null, asOf: partialDate("2025", "YEAR") }] }, jaxa], [jaxaParty]);
    const doc = parse(toGraphML(signed.graph, new I18n("ja")));
    const agreement = [...doc.getElementsByTagNameNS(NS, "node")].find((n) => n.getAttribute("id") === mou.id)!;
    const values = Object.fromEntries([...agreement.getElementsByTagNameNS(NS, "data")].map((d) => [d.getAttribute("key"), d.textContent]));
    expect(values).toMatchObject({ lifecycle: "SIGNED 2024-06; ACTIVE asOf 2025", lifecycleLabel: "署名済み — 2024年6月; 継続中 — 2025年時点" });
    const organization = [...doc.getElementsByTagNameNS(NS, "node")].find((n) => n.getAttribute("id") === jaxa.id)!;
    expect([...organization.getElementsByTagNameNS(NS, "data")].map((d) => d.getAttribute("key"))).not.toContain("lifecycle");
  });

  it("keeps edge properties", () => {
    const doc = parse(toGraphML(model.graph, en));
    const e2 = [...doc.getElementsByTagNameNS(NS, "edge")].find((e) => e.getAttribute("id") === "e2")!;
    const values = Object.fromEntries([...e2.getElementsByTagNameNS(NS, "data")].map((d) => [d.getAttribute("key"), d.textContent]));
    expect(values).toMatchObject({ relation: "PARTY_TO", elabel: "party to", role: "signatory" });
  });

  it("writes since when a relationship holds, worded at its precision and in reduced ISO form", () => {
    const doc = parse(toGraphML(model.graph, new I18n("fr")));
    const e3 = [...doc.getElementsByTagNameNS(NS, "edge")].find((e) => e.getAttribute("id") === "e3")!;
    const values = Object.fromEntries([...e3.getElementsByTagNameNS(NS, "data")].map((d) => [d.getAttribute("key"), d.textContent]));
    expect(values).toMatchObject({ edates: "depuis 2008", since: "2008" });
    expect(values).not.toHaveProperty("until");
  });

  it("leaves out excluded nodes and the edges touching them", () => {
    const doc = parse(toGraphML(model.graph, en, (id) => id !== "org:jaxa"));
    expect(doc.getElementsByTagNameNS(NS, "node")).toHaveLength(3);
    expect([...doc.getElementsByTagNameNS(NS, "edge")].map((e) => e.getAttribute("id"))).toEqual(["e2"]);
  });

  it("gives dates at their precision and says whether each fact is stated or inferred", () => {
    const dated = new GraphModel();
    dated.merge(
      [jaxa, node("evt:m", { entityType: "EVENT", kind: "TRADE_MISSION", start: partialDate("2025-05", "MONTH", { qualifier: "LATE", note: "n" }), inferred: true, inferenceNote: "why" })],
      [{ id: "e9", source: "org:jaxa", target: "evt:m", type: "PARTICIPATED_IN", label: "participated in", role: null, since: null, until: null, asOf: null, citations: [], inferred: true, inferenceNote: "context", independentSourceCount: 1 }],
    );
    const doc = parse(toGraphML(dated.graph, en));
    const mission = [...doc.getElementsByTagNameNS(NS, "node")].find((n) => n.getAttribute("id") === "evt:m")!;
    const values = Object.fromEntries([...mission.getElementsByTagNameNS(NS, "data")].map((d) => [d.getAttribute("key"), d.textContent]));
    expect(values).toMatchObject({ date: "2025-05", dateLabel: "end of May 2025", datePrecision: "MONTH", dateNote: "n", inferred: "true", inferenceNote: "why" });
    const edge = doc.getElementsByTagNameNS(NS, "edge")[0]!;
    const edgeValues = Object.fromEntries([...edge.getElementsByTagNameNS(NS, "data")].map((d) => [d.getAttribute("key"), d.textContent]));
    expect(edgeValues).toMatchObject({ einferred: "true", einferenceNote: "context" });
  });

  it("gives the language of a key figure's statement, the articles' own words", () => {
    const facts = new GraphModel();
    facts.merge([jaxa, node("fact:1", { entityType: "FACT", kind: "ATTENDANCE", label: "Environ 200 personnes" })], []);
    const doc = parse(toGraphML(facts.graph, en));
    const language = (id: string) => [...doc.getElementsByTagNameNS(NS, "node")].find((n) => n.getAttribute("id") === id)!
      .querySelector('[key="labelLanguage"]')?.textContent ?? null;
    expect(language("fact:1")).toBe("fr");
    expect(language("org:jaxa")).toBeNull();
  });
});
