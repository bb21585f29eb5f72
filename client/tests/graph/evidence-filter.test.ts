import { describe, expect, it } from "vitest";
import {
  evidenceGraphFilter,
  keepsTie,
  OPEN_EVIDENCE,
  parseMinSources,
  tiesHiddenByEach,
} from "../../src/graph/evidence-filter";
import { toGraphFilter, EMPTY_FILTER, OPEN_WINDOW } from "../../src/graph/filters";

const tie = (independentSourceCount: number | undefined, inferred = false) => ({ independentSourceCount, inferred });

describe("evidence filters", () => {
  it("keeps every tie when open", () => {
    expect(keepsTie(tie(1, true), OPEN_EVIDENCE)).toBe(true);
  });

  it("keeps only ties stated by at least N independent sources", () => {
    const two = { minSources: 2, statedOnly: false } as const;
    expect(keepsTie(tie(1), two)).toBe(false);
    expect(keepsTie(tie(2), two)).toBe(true);
    expect(keepsTie(tie(3), { ...two, minSources: 3 })).toBe(true);
  });

  it("leaves out inferred ties when only stated ones are asked for", () => {
    const stated = { minSources: 1, statedOnly: true } as const;
    expect(keepsTie(tie(4, true), stated)).toBe(false);
    expect(keepsTie(tie(1, false), stated)).toBe(true);
  });

  it("does not weigh a tie that carries no count (the partners view's ties)", () => {
    expect(keepsTie(tie(undefined), { minSources: 3, statedOnly: false })).toBe(true);
  });

  it("counts what each filter hides on its own", () => {
    const ties = [tie(1), tie(1, true), tie(2, true), tie(3)];
    expect(tiesHiddenByEach(ties, { minSources: 2, statedOnly: true })).toEqual({ minSources: 2, statedOnly: 2 });
    expect(tiesHiddenByEach(ties, { minSources: 3, statedOnly: false })).toEqual({ minSources: 3, statedOnly: 0 });
  });

  it("reads a threshold it offers, and anything else as every tie", () => {
    expect(parseMinSources("3")).toBe(3);
    expect(parseMinSources("4")).toBe(1);
    expect(parseMinSources("x")).toBe(1);
    expect(parseMinSources(null)).toBe(1);
  });

  it("is sent to the server as GraphFilter.minSources / statedOnly, only when it restricts", () => {
    expect(evidenceGraphFilter(OPEN_EVIDENCE)).toEqual({});
    expect(toGraphFilter(EMPTY_FILTER, OPEN_WINDOW, { minSources: 2, statedOnly: true })).toEqual({
      minSources: 2,
      statedOnly: true,
    });
    expect(toGraphFilter({ ...EMPTY_FILTER, sectors: ["sec:space"] }, OPEN_WINDOW)).toEqual({ sectors: ["sec:space"] });
  });
});
