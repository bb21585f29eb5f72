import { describe, expect, it } from "vitest";
import type { ExplorerApi } from "../../src/api/explorer-api";
import type { Connections, Path } from "../../src/api/types";
import { I18n } from "../../src/i18n/i18n";
import { describePath, PathFinder } from "../../src/ui/path-finder";
import { cnes, cnesParty, jaxa, jaxaParty, mou } from "../fixtures";

const documented: Path = { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], length: 2, throughReference: false, inferred: false };
const throughPlace: Path = { ...documented, throughReference: true, inferred: true };

/** A path finder with both ends chosen whose query answers `answer`; records the highlighted indexes. */
async function run(answer: Connections, language: "en" | "fr" = "en") {
  const highlighted: number[] = [];
  const finder = new PathFinder({} as ExplorerApi, () => new I18n(language), {
    findPaths: async () => answer,
    clearPaths: () => undefined,
    selected: () => null,
    highlight: (index) => highlighted.push(index),
  });
  finder.setEnds({ id: jaxa.id, name: "JAXA", entityType: "ORGANIZATION" }, { id: cnes.id, name: "CNES", entityType: "ORGANIZATION" });
  await finder.run();
  return { element: finder.element, highlighted };
}

describe("PathFinder", () => {
  it("says plainly that no documented link exists and lists the weaker links apart, labelled", async () => {
    const { element, highlighted } = await run({ paths: [], noDocumentedLink: true, reason: "No documented link within 4 steps.", weakerPaths: [throughPlace], maxLength: 4 });

    expect(element.querySelector(".path-no-documented-link")?.textContent).toBe("No documented link within 4 steps.");
    const weaker = element.querySelector(".path-weaker");
    expect(weaker?.textContent).toContain("Weaker links, through places, sectors or facts:");
    expect(weaker?.querySelector(".path-reference")?.textContent).toContain("(through places, sectors or facts)");
    expect(weaker?.querySelector(".path-inferred")?.textContent).toContain("(partly inferred)");
    weaker?.querySelector<HTMLButtonElement>(".link-button")?.click();
    expect(highlighted).toEqual([0]);
  });

  it("lists documented paths without the no-link message, numbering weaker links after them", async () => {
    const { element, highlighted } = await run({ paths: [documented], noDocumentedLink: false, reason: null, weakerPaths: [], maxLength: 4 });

    expect(element.querySelector(".path-no-documented-link")).toBeNull();
    expect(element.querySelector(".path-reference")).toBeNull();
    expect(element.textContent).toContain("Paths found: 1");
    element.querySelector<HTMLButtonElement>(".link-button")?.click();
    expect(highlighted).toEqual([0]);
  });

  it("says it in French too", async () => {
    const { element } = await run({ paths: [], noDocumentedLink: true, reason: "…", weakerPaths: [], maxLength: 3 }, "fr");

    expect(element.querySelector(".path-no-documented-link")?.textContent).toBe("Aucun lien documenté en 3 étapes au plus.");
  });
});

describe("PathFinder options", () => {
  function finderRecording() {
    const asked: { from: string; to: string; maxLength: number; through: string[] }[] = [];
    const finder = new PathFinder({} as ExplorerApi, () => new I18n("en"), {
      findPaths: async (from, to, options) => {
        asked.push({ from, to, ...options });
        return { paths: [], noDocumentedLink: true, reason: null, weakerPaths: [], maxLength: options.maxLength };
      },
      clearPaths: () => undefined,
      selected: () => null,
      highlight: () => undefined,
    });
    document.body.append(finder.element);
    return { finder, asked };
  }

  it("offers up to 8 steps and passes through reference nodes only when ticked", async () => {
    const { finder, asked } = finderRecording();
    finder.setEnds({ id: jaxa.id, name: "JAXA", entityType: "ORGANIZATION" }, { id: cnes.id, name: "CNES", entityType: "ORGANIZATION" });
    const select = finder.element.querySelector<HTMLSelectElement>("select")!;
    expect([...select.options].map((o) => o.value)).toEqual(["2", "3", "4", "5", "6", "7", "8"]);
    const boxes = [...finder.element.querySelectorAll<HTMLInputElement>(".path-through input[type=checkbox]")];
    expect(boxes.map((b) => finder.element.querySelector(`label[for="${b.id}"]`)?.textContent)).toEqual(["places", "sectors", "key figures"]);
    expect(boxes.every((b) => !b.checked)).toBe(true);

    await finder.run();
    // Each answer redraws the controls: read them again, as the reader sees them.
    const select2 = finder.element.querySelector<HTMLSelectElement>("select")!;
    select2.value = "8";
    select2.dispatchEvent(new Event("change"));
    const boxes2 = [...finder.element.querySelectorAll<HTMLInputElement>(".path-through input[type=checkbox]")];
    boxes2[2]!.click();
    boxes2[0]!.click();
    await finder.run();
    expect(finder.element.querySelector<HTMLSelectElement>("select")!.value).toBe("8");

    expect(asked).toEqual([
      { from: jaxa.id, to: cnes.id, maxLength: 4, through: [] },
      { from: jaxa.id, to: cnes.id, maxLength: 8, through: ["PLACE", "FACT"] },
    ]);
    finder.element.remove();
  });

  it("starts from an entity's details with the other end to choose, and keeps a shared link's options", () => {
    const { finder } = finderRecording();
    finder.startFrom({ id: jaxa.id, name: "JAXA", entityType: "ORGANIZATION" });
    const inputs = finder.element.querySelectorAll<HTMLInputElement>(".search-input");
    expect(inputs[0]!.value).toBe("JAXA");
    expect(inputs[1]!.value).toBe("");
    expect(document.activeElement).toBe(inputs[1]);

    finder.setEnds({ id: jaxa.id, name: "JAXA", entityType: "ORGANIZATION" }, { id: cnes.id, name: "CNES", entityType: "ORGANIZATION" }, { maxLength: 6, through: ["SECTOR"] });
    expect(finder.element.querySelector<HTMLSelectElement>("select")!.value).toBe("6");
    expect([...finder.element.querySelectorAll<HTMLInputElement>(".path-through input")].map((b) => b.checked)).toEqual([false, true, false]);
    finder.element.remove();
  });
});

describe("describePath", () => {
  it("follows each relationship in its own direction", () => {
    const path = { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], length: 2, throughReference: false, inferred: false };
    expect(describePath(path, (e) => new I18n("en").relationLabel(e.type))).toBe("JAXA — party to → JAXA–CNES MoU ← party to — CNES");
    expect(describePath(path, (e) => new I18n("ja").relationLabel(e.type))).toBe("JAXA — 当事者 → JAXA–CNES MoU ← 当事者 — CNES");
  });

  it("uses the given label for each relationship", () => {
    const path = { nodes: [jaxa, mou], edges: [jaxaParty], length: 1, throughReference: false, inferred: false };
    expect(describePath(path, () => "partie à")).toBe("JAXA — partie à → JAXA–CNES MoU");
  });

  it("is empty for an empty path", () => {
    expect(describePath({ nodes: [], edges: [], length: 0, throughReference: false, inferred: false }, () => "")).toBe("");
  });
});
