import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "../../src/render/label-placement";

const mark = (id: string, x: number, y: number, width = 40): LabelCandidate => ({ id, x, y, radius: 5, width, height: 12 });

describe("placeLabels", () => {
  it("writes a label to the right of its mark when there is room", () => {
    expect(placeLabels([mark("a", 100, 100)], 400, 300)).toEqual([
      { id: "a", x: 109, y: 100, anchor: "start", box: { left: 109, top: 94, right: 149, bottom: 106 } },
    ]);
  });

  it("moves a label to the left of a mark near the right edge, so it is never cut", () => {
    const [label] = placeLabels([mark("a", 390, 100)], 400, 300);

    expect(label!.anchor).toBe("end");
    expect(label!.box.left).toBeGreaterThanOrEqual(0);
    expect(label!.box.right).toBeLessThanOrEqual(400);
  });

  it("never lets two labels overlap, and leaves out a label that fits nowhere", () => {
    const crowd = [mark("a", 100, 100), mark("b", 100, 104), mark("c", 100, 108), mark("d", 100, 112), mark("e", 100, 116)];
    const placed = placeLabels(crowd, 400, 300);

    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed[0]!.id).toBe("a");
  });

  it("does not write a label over another mark", () => {
    const placed = placeLabels([mark("a", 100, 100), mark("b", 125, 100, 10)], 400, 300);

    expect(placed.find((l) => l.id === "a")!.anchor).not.toBe("start");
  });
});
