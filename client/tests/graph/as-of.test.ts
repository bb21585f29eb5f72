import { describe, expect, it } from "vitest";
import { asOfDay, asOfStanding, keptAsOf } from "../../src/graph/as-of";
import { partialDate } from "../fixtures";

const agreement = (start: ReturnType<typeof partialDate> | null) => ({ entityType: "AGREEMENT" as const, start });

describe("the view as of a day (the API's as-of rule)", () => {
  it("keeps an agreement signed by the day, marks one whose month or year runs past it, and leaves out a later one", () => {
    expect(asOfStanding(agreement(partialDate("2023-05-31", "DAY")), "2023-06-01")).toEqual({ kept: true, mark: null });
    expect(asOfStanding(agreement(partialDate("2023", "YEAR")), "2023-06-01")).toEqual({
      kept: true,
      mark: "possibly",
    });
    expect(asOfStanding(agreement(partialDate("2023", "YEAR")), "2023-12-31")).toEqual({ kept: true, mark: null });
    expect(asOfStanding(agreement(partialDate("2023-06", "MONTH")), "2023-05-31")).toEqual({ kept: false, mark: null });
  });

  it("keeps an undated agreement saying so, and entities the view does not date without a mark", () => {
    expect(asOfStanding(agreement(null), "2023-06-01")).toEqual({ kept: true, mark: "undated" });
    expect(asOfStanding({ entityType: "ORGANIZATION", start: null }, "2023-06-01")).toEqual({ kept: true, mark: null });
    expect(keptAsOf(agreement(partialDate("2030-01-01", "DAY")), null)).toBe(true);
  });

  it("reads only real calendar days", () => {
    expect(asOfDay("2024-02-29")).toBe("2024-02-29");
    expect(asOfDay("2023-02-29")).toBeNull();
    expect(asOfDay("")).toBeNull();
    expect(asOfDay(null)).toBeNull();
  });
});
