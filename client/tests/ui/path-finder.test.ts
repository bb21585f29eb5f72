import { describe, expect, it } from "vitest";
import { describePath } from "../../src/ui/path-finder";
import { cnes, cnesParty, jaxa, jaxaParty, mou } from "../fixtures";

describe("describePath", () => {
  it("follows each relationship in its own direction", () => {
    const path = { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], length: 2 };
    expect(describePath(path)).toBe("JAXA — party to → JAXA–CNES MoU ← party to — CNES");
  });

  it("uses the given label for each relationship", () => {
    const path = { nodes: [jaxa, mou], edges: [jaxaParty], length: 1 };
    expect(describePath(path, () => "partie à")).toBe("JAXA — partie à → JAXA–CNES MoU");
  });

  it("is empty for an empty path", () => {
    expect(describePath({ nodes: [], edges: [], length: 0 })).toBe("");
  });
});
