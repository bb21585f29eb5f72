import { describe, expect, it } from "vitest";
import { I18n } from "../../src/i18n/i18n";
import { describePath } from "../../src/ui/path-finder";
import { cnes, cnesParty, jaxa, jaxaParty, mou } from "../fixtures";

describe("describePath", () => {
  it("follows each relationship in its own direction", () => {
    const path = { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], length: 2 };
    expect(describePath(path, (e) => new I18n("en").relationLabel(e.type))).toBe("JAXA — party to → JAXA–CNES MoU ← party to — CNES");
    expect(describePath(path, (e) => new I18n("ja").relationLabel(e.type))).toBe("JAXA — 当事者 → JAXA–CNES MoU ← 当事者 — CNES");
  });

  it("uses the given label for each relationship", () => {
    const path = { nodes: [jaxa, mou], edges: [jaxaParty], length: 1 };
    expect(describePath(path, () => "partie à")).toBe("JAXA — partie à → JAXA–CNES MoU");
  });

  it("is empty for an empty path", () => {
    expect(describePath({ nodes: [], edges: [], length: 0 }, () => "")).toBe("");
  });
});
