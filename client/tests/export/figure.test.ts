import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../src/api/types";
import { figureSourceLine, fitLabels, framedFigure, sceneLegend } from "../../src/export/figure";
import { toSvg } from "../../src/export/svg";
import { I18n } from "../../src/i18n/i18n";
import type { Scene } from "../../src/render/scene";

const scene: Scene = {
  width: 400, height: 200,
  nodes: [
    { id: "a", x: 50, y: 50, radius: 8, color: "#000", label: "JAXA", entityType: "ORGANIZATION" },
    { id: "b", x: 150, y: 90, radius: 8, color: "#000", label: "MoU", entityType: "AGREEMENT" },
  ],
  edges: [],
};

describe("framed figures", () => {
  it("carry the title, date, a legend of the kinds drawn and the source line around the picture", () => {
    const i18n = new I18n("fr");
    const legend = sceneLegend(scene, i18n, ENTITY_TYPES);
    expect(legend.map((l) => l.label)).toEqual(["Organisations", "Accords"]);
    const figure = framedFigure(toSvg(scene), scene.width, scene.height, { title: "Vue JAXA", date: "Préparé le 7 décembre 2026", legend, sourceLine: "Sources : Paperjam · GraphExplorer" });
    const doc = new DOMParser().parseFromString(figure.svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const texts = (selector: string) => [...doc.querySelectorAll(`${selector} text`)].map((t) => t.textContent);
    expect(texts(".figure-header")).toEqual(["Vue JAXA", "Préparé le 7 décembre 2026"]);
    expect(texts(".figure-legend")).toEqual(["Organisations", "Accords"]);
    expect(texts(".figure-sources")).toEqual(["Sources : Paperjam · GraphExplorer"]);
    expect(doc.querySelectorAll(".figure-graph .node")).toHaveLength(2);
    expect(figure.width).toBe(400);
    expect(figure.height).toBeGreaterThan(200 + 48);
  });

  it("wrap a long source line instead of cutting it", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Publisher${i}`).join(", ");
    const figure = framedFigure(toSvg(scene), 400, 200, { title: "T", date: "D", legend: [], sourceLine: long });
    const lines = new DOMParser().parseFromString(figure.svg, "image/svg+xml").querySelectorAll(".figure-sources text");
    expect(lines.length).toBeGreaterThan(3);
    expect([...lines].map((l) => l.textContent).join(" ")).toBe(long);
  });

  it("name each publisher once, marked when inferred, or say no source is cited", () => {
    const i18n = new I18n("en");
    const source = (id: string, publisher: string, publisherInferred = false) => ({
      quote: "q", inferred: false, inferenceNote: null,
      source: { id, title: id, publisher, publisherInferred, publisherNote: null, published: null, updated: null, dateNote: null, language: "fr", url: null },
    });
    expect(figureSourceLine([source("a", "Paperjam"), source("b", "Paperjam"), source("c", "LCTO", true)], i18n, "GraphExplorer"))
      .toBe("Sources: Paperjam, LCTO (publisher inferred) · GraphExplorer");
    expect(figureSourceLine([], i18n, "GraphExplorer")).toBe("No source cited for what this picture shows · GraphExplorer");
  });

  it("widen a picture whose labels the view cut at its edge, keeping every position", () => {
    const cut: Scene = { ...scene, nodes: [...scene.nodes, { id: "c", x: 390, y: 195, radius: 8, color: "#000", label: "Accord de coopération entre la JAXA et la LSA", caption: "June 2024", entityType: "AGREEMENT" }] };
    const fitted = fitLabels(cut);
    expect(fitted.width).toBeGreaterThan(390 + 8 + 45 * 7);
    expect(fitted.height).toBeGreaterThan(195 + 17);
    expect(fitted.nodes).toEqual(cut.nodes);
    expect(fitLabels({ ...scene, nodes: [scene.nodes[0]!] })).toEqual({ ...scene, nodes: [scene.nodes[0]!] });
  });
});
