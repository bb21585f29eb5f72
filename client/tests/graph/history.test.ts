import { describe, expect, it } from "vitest";
import { History } from "../../src/graph/history";

describe("History", () => {
  it("drops the oldest state beyond its capacity", () => {
    const history = new History<number>(2);
    history.record(1);
    history.record(2);
    history.record(3);
    expect(history.undo(4)).toBe(3);
    expect(history.undo(3)).toBe(2);
    expect(history.undo(2)).toBeUndefined();
  });

  it("returns to the current state on redo", () => {
    const history = new History<string>();
    history.record("a");
    expect(history.undo("b")).toBe("a");
    expect(history.redo("a")).toBe("b");
    expect(history.canRedo).toBe(false);
  });
});
