import { describe, expect, it } from "vitest";
import { directionOfKey, nearestInDirection, nearestTo } from "../../src/ui/graph-keyboard";

const points = [
  { id: "centre", x: 100, y: 100 },
  { id: "right-near", x: 150, y: 110 },
  { id: "right-far", x: 300, y: 100 },
  { id: "up", x: 105, y: 20 },
  { id: "diagonal", x: 160, y: 190 },
];

describe("nearestInDirection", () => {
  it("moves to the nearest node in the direction of the arrow", () => {
    expect(nearestInDirection(points[0]!, points, "right")).toBe("right-near");
    expect(nearestInDirection(points[0]!, points, "up")).toBe("up");
    expect(nearestInDirection(points[0]!, points, "down")).toBe("diagonal");
  });

  it("returns null when nothing lies that way", () => {
    expect(nearestInDirection(points[0]!, points, "left")).toBeNull();
    expect(nearestInDirection(points[0]!, [points[0]!], "right")).toBeNull();
  });

  it("ignores nodes far off to the side", () => {
    const side = [{ id: "a", x: 0, y: 0 }, { id: "b", x: 10, y: 200 }];
    expect(nearestInDirection(side[0]!, side, "right")).toBeNull();
  });
});

describe("nearestTo and directionOfKey", () => {
  it("finds the node closest to a point", () => {
    expect(nearestTo(290, 95, points)).toBe("right-far");
    expect(nearestTo(0, 0, [])).toBeNull();
  });

  it("maps arrow keys only", () => {
    expect(directionOfKey("ArrowLeft")).toBe("left");
    expect(directionOfKey("Enter")).toBeNull();
  });
});
