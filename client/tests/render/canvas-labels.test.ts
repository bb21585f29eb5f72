import { describe, expect, it } from "vitest";
import { framingForLabels, labelPlace } from "../../src/render/canvas-labels";
import { placeWithin } from "../../src/render/label-placement";

const font = { labelSize: 13, labelFont: "sans-serif", labelWeight: "600", labelColor: { color: "#000" } };

describe("labels on the graph's canvas", () => {
  it("writes a label to the right of its node when it fits, to the left near the right edge", () => {
    expect(labelPlace(100, 100, 8, 80, font, 800, 600).anchor).toBe("start");
    const nearEdge = labelPlace(760, 100, 8, 80, font, 800, 600);
    expect(nearEdge.anchor).toBe("end");
    expect(nearEdge.box.left).toBeGreaterThanOrEqual(0);
    expect(nearEdge.box.right).toBeLessThanOrEqual(800);
  });

  it("goes below a node at the top-right corner whose label fits neither side, and is least cut when nothing fits", () => {
    const corner = placeWithin({ id: "a", x: 60, y: 4, radius: 4, width: 100, height: 14 }, 120, 300);
    expect(corner.anchor).toBe("middle");
    expect(corner.box.top).toBeGreaterThan(4);
    const tooLong = placeWithin({ id: "b", x: 50, y: 50, radius: 4, width: 500, height: 14 }, 100, 100);
    expect(tooLong.box.right - tooLong.box.left).toBe(500);
  });

  it("frames the picture so that the labels drawn beside the nodes stay inside", () => {
    // Two nodes at the view's edges (as sigma's own fit puts them), the right one with a long label.
    const points = [
      { x: 20, y: 300, radius: 6, textWidth: 0 },
      { x: 780, y: 300, radius: 6, textWidth: 200 },
    ];
    const { zoomOut, centre } = framingForLabels(points, 15, 800, 600, 4);
    expect(zoomOut).toBeGreaterThan(1);
    // Where the two land once zoomed out around `centre`.
    const at = (x: number) => 400 + (x - centre.x) / zoomOut;
    expect(at(20) - 6).toBeGreaterThanOrEqual(4 - 1e-9);
    expect(at(780) + 6 + 4 + 200).toBeLessThanOrEqual(800 - 4 + 1e-9);
  });

  it("leaves a picture whose labels already fit as it is", () => {
    const { zoomOut, centre } = framingForLabels(
      [
        { x: 300, y: 300, radius: 6, textWidth: 50 },
        { x: 400, y: 310, radius: 6, textWidth: 50 },
      ],
      15,
      800,
      600,
    );
    expect(zoomOut).toBe(1);
    expect(Math.abs(centre.x - 350 - (50 + 6 + 4 - 6) / 2)).toBeLessThan(1e-9);
  });
  it("brings every node and its label inside the view, whatever the spread and the labels' lengths", () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const outside: string[] = [];
    for (let round = 0; round < 100; round++) {
      const width = 300 + Math.floor(random() * 900);
      const height = 200 + Math.floor(random() * 700);
      // Where sigma's own framing (camera ratio 1) draws the nodes: anywhere, past the edges too once zoomed in.
      const points = Array.from({ length: 1 + Math.floor(random() * 60) }, () => ({
        x: -width + random() * 3 * width,
        y: -height + random() * 3 * height,
        radius: 2 + random() * 12,
        textWidth: random() < 0.2 ? 0 : random() * 180,
      }));
      const margin = 4;
      const labelHeight = 15;
      const { zoomOut, centre } = framingForLabels(points, labelHeight, width, height, margin);
      const screen = (p: { x: number; y: number }) => ({
        x: width / 2 + (p.x - centre.x) / zoomOut,
        y: height / 2 + (p.y - centre.y) / zoomOut,
      });
      for (const p of points) {
        const at = screen(p);
        // A node without a label reaches only as far as its own radius.
        const half = Math.max(p.radius, p.textWidth > 0 ? labelHeight / 2 : 0);
        const right = at.x + p.radius + (p.textWidth > 0 ? 4 + p.textWidth : 0);
        const inside =
          at.x - p.radius >= margin - 1e-6 &&
          right <= width - margin + 1e-6 &&
          at.y - half >= margin - 1e-6 &&
          at.y + half <= height - margin + 1e-6;
        if (!inside) outside.push(`round ${round}: node at (${p.x}, ${p.y}) in ${width} × ${height}`);
      }
    }
    expect(outside).toEqual([]);
  });
  it("leaves out of the framing only the longest labels, those that need a zoom the camera cannot reach", () => {
    // Three nodes across the view; one label wider than the view itself, one long, one short.
    const points = [
      { x: 10, y: 300, radius: 6, textWidth: 1000 },
      { x: 400, y: 300, radius: 6, textWidth: 300 },
      { x: 790, y: 300, radius: 6, textWidth: 40 },
    ];
    const { zoomOut, centre } = framingForLabels(points, 15, 800, 600, 4, 0.1);
    expect(zoomOut).toBeLessThanOrEqual(10);
    const at = (x: number) => 400 + (x - centre.x) / zoomOut;
    // Every node is inside, and so are the labels that can be.
    for (const p of points) expect(at(p.x) - p.radius).toBeGreaterThanOrEqual(4 - 1e-6);
    expect(at(400) + 6 + 4 + 300).toBeLessThanOrEqual(796 + 1e-6);
    expect(at(790) + 6 + 4 + 40).toBeLessThanOrEqual(796 + 1e-6);
    // The longest is left to be placed where it fits: the others did not have to shrink to nothing for it.
    expect(zoomOut).toBeLessThan(4);
  });
});
