import { describe, expect, it } from "vitest";
import { toSvg, withDateCaptions, withEvidenceMarks } from "../../src/export/svg";
import { GraphModel } from "../../src/graph/model";
import { I18n } from "../../src/i18n/i18n";
import type { Scene } from "../../src/render/scene";
import { edge, jaxa, node, partialDate } from "../fixtures";

const scene: Scene = {
  width: 800,
  height: 600,
  nodes: [
    { id: "org:jaxa", x: 100, y: 100, radius: 10, color: "#0072B2", label: "JAXA", entityType: "ORGANIZATION" },
    { id: "agr:1", x: 300, y: 100, radius: 12, color: "#C0510A", label: "MoU <JAXA & CNES>", entityType: "AGREEMENT" },
    { id: "org:x", x: 200, y: 300, radius: 8, color: "#0072B2", label: "", entityType: "ORGANIZATION" },
  ],
  edges: [{ id: "e1", x1: 100, y1: 100, x2: 300, y2: 100, color: "#9AA3AF", width: 1, label: "party to", targetRadius: 12 }],
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

describe("toSvg", () => {
  it("is a well-formed SVG of the scene's size", () => {
    const doc = parse(toSvg(scene));
    const root = doc.documentElement;
    expect(root.localName).toBe("svg");
    expect(root.getAttribute("viewBox")).toBe("0 0 800 600");
    expect(root.getElementsByTagName("title")[0]!.textContent).toBe("GraphExplorer");
  });

  it("draws one circle and pictogram per node, at its position and in its colour", () => {
    const doc = parse(toSvg(scene));
    const circles = [...doc.getElementsByTagName("circle")];
    expect(circles).toHaveLength(3);
    expect(circles[1]!.getAttribute("cx")).toBe("300");
    expect(circles[1]!.getAttribute("r")).toBe("12");
    expect(circles[1]!.getAttribute("fill")).toBe("#C0510A");
    expect(doc.querySelectorAll("g.node path")).toHaveLength(3);
  });

  it("writes labels escaped, and none for nodes without a label", () => {
    const doc = parse(toSvg(scene));
    const labels = [...doc.querySelectorAll("g.labels text")].map((t) => t.textContent);
    expect(labels).toEqual(["JAXA", "MoU <JAXA & CNES>"]);
    expect(toSvg(scene)).toContain("MoU &lt;JAXA &amp; CNES&gt;");
  });

  it("draws edges as arrows stopping at the target's rim, with their labels", () => {
    const doc = parse(toSvg(scene));
    const line = doc.querySelector("g.edges line")!;
    expect(line.getAttribute("x2")).toBe("288");
    expect(line.getAttribute("marker-end")).toBe("url(#arrow)");
    expect([...doc.querySelectorAll("g.edge-labels text")].map((t) => t.textContent)).toEqual(["party to"]);
  });

  it("captions dated nodes with their date at its precision, in the interface language", () => {
    const model = new GraphModel();
    model.merge([jaxa, node("agr:1", { entityType: "AGREEMENT", kind: "MOU", start: partialDate("2024-06", "MONTH") })], []);
    const captioned = withDateCaptions(scene, model.graph, new I18n("fr"));
    expect(captioned.nodes.map((n) => n.caption)).toEqual([undefined, "juin 2024", undefined]);
    const doc = parse(toSvg(captioned));
    expect([...doc.querySelectorAll(".captions text")].map((t) => t.textContent)).toEqual(["juin 2024"]);
    expect(doc.querySelector('[data-id="agr:1"] title')!.textContent).toBe("MoU <JAXA & CNES> — juin 2024");
  });

  it("captions a dated relationship with its period at its precision: diplomatic relations since 1927, never its first day", () => {
    const model = new GraphModel();
    model.merge([jaxa, node("agr:1", { entityType: "AGREEMENT", kind: "MOU" })], [edge("e1", "org:jaxa", "agr:1", { since: partialDate("1927", "YEAR") })]);
    const doc = parse(toSvg(withDateCaptions(scene, model.graph, new I18n("en"))));
    const captions = [...doc.querySelectorAll("g.edge-captions text")].map((t) => t.textContent);
    expect(captions).toEqual(["since 1927"]);
    expect(doc.documentElement.textContent).not.toMatch(/January|1927-01-01/);
    const french = parse(toSvg(withDateCaptions(scene, model.graph, new I18n("fr"))));
    expect(french.querySelector("g.edge-captions text")!.textContent).toBe("depuis 1927");
  });

  it("marks a key figure's French statement with its language, and no other label", () => {
    const model = new GraphModel();
    const statement = "Environ 200 personnes ont participé au forum";
    model.merge([jaxa, node("agr:1", { entityType: "FACT", kind: "ATTENDANCE", label: statement })], []);
    const marked = withEvidenceMarks(scene, model.graph, new I18n("en"));
    const doc = parse(toSvg(marked));
    const labels = [...doc.querySelectorAll("g.labels text")];
    expect(labels.map((t) => t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))).toEqual([null, "fr"]);
  });

  it("draws inferred entities and relationships dashed, with a legend saying what dashes mean only when there are some", () => {
    const model = new GraphModel();
    model.merge([jaxa, node("agr:1", { entityType: "AGREEMENT", kind: "MOU", inferred: true, inferenceNote: "Déduit." })],
      [edge("e1", "org:jaxa", "agr:1", { inferred: true, inferenceNote: "Déduit du contexte." })]);
    const legend = { inferred: "Inferred, not stated in so many words by its source" };
    const doc = parse(toSvg(withEvidenceMarks(scene, model.graph, new I18n("en")), "GraphExplorer", legend));
    expect(doc.querySelector("g.edges line")!.getAttribute("stroke-dasharray")).toBe("6 4");
    expect([...doc.querySelectorAll("g.node circle")].map((c) => c.hasAttribute("stroke-dasharray"))).toEqual([false, true, false]);
    expect(doc.querySelector("g.legend text")!.textContent).toBe(legend.inferred);

    const stated = new GraphModel();
    stated.merge([jaxa, node("agr:1", { entityType: "AGREEMENT", kind: "MOU" })], [edge("e1", "org:jaxa", "agr:1")]);
    const plain = parse(toSvg(withEvidenceMarks(scene, stated.graph, new I18n("en")), "GraphExplorer", legend));
    expect(plain.querySelector("[stroke-dasharray]")).toBeNull();
    expect(plain.querySelector("g.legend")).toBeNull();
  });
});
