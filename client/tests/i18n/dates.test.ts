import { describe, expect, it } from "vitest";
import { comparePartialDates, dateInterval } from "../../src/i18n/dates";
import { I18n } from "../../src/i18n/i18n";
import { partialDate } from "../fixtures";

const en = new I18n("en");
const fr = new I18n("fr");

describe("dates at their precision", () => {
  it("writes a month-precise date as its month, never as its first day", () => {
    const june = partialDate("2024-06", "MONTH");
    expect(en.partialDate(june)).toBe("June 2024");
    expect(fr.partialDate(june)).toBe("juin 2024");
    expect(en.partialDate(june)).not.toContain("1");
  });

  it("writes a year-precise date as its year", () => {
    expect(en.partialDate(partialDate("2025", "YEAR"))).toBe("2025");
    expect(fr.partialDate(partialDate("2025", "YEAR"))).toBe("2025");
  });

  it("writes the part of the month or year the source names, in the interface language", () => {
    expect(en.partialDate(partialDate("2025-05", "MONTH", { qualifier: "LATE" }))).toBe("end of May 2025");
    expect(fr.partialDate(partialDate("2025-05", "MONTH", { qualifier: "LATE" }))).toBe("fin mai 2025");
    expect(en.partialDate(partialDate("2025-07", "MONTH", { qualifier: "MID" }))).toBe("mid-July 2025");
    expect(fr.partialDate(partialDate("2025-07", "MONTH", { qualifier: "MID" }))).toBe("mi-juillet 2025");
    expect(en.partialDate(partialDate("2024-06", "MONTH", { qualifier: "EARLY" }))).toBe("early June 2024");
    expect(en.partialDate(partialDate("2026", "YEAR", { qualifier: "SPRING" }))).toBe("spring 2026");
    expect(fr.partialDate(partialDate("2026", "YEAR", { qualifier: "SPRING" }))).toBe("printemps 2026");
  });

  it("writes a day-precise date in full and nothing for no date", () => {
    expect(en.partialDate(partialDate("2025-05-30", "DAY"))).toBe("May 30, 2025");
    expect(fr.partialDate(partialDate("2025-05-30", "DAY"))).toBe("30 mai 2025");
    expect(en.partialDate(null)).toBe("");
  });

  it("writes an event's range at its precision", () => {
    expect(en.partialRange(partialDate("2025-04-12", "DAY"), partialDate("2025-04-19", "DAY"))).toMatch(/^April 12\s–\s19, 2025$/u);
    expect(en.partialRange(partialDate("2025-05", "MONTH", { qualifier: "LATE" }), partialDate("2025-07", "MONTH"))).toBe("end of May 2025 – July 2025");
    expect(fr.partialRange(partialDate("2025-05", "MONTH", { qualifier: "LATE" }), partialDate("2025-07", "MONTH"))).toBe("fin mai 2025 – juillet 2025");
    expect(en.partialRange(partialDate("2024-06", "MONTH"), null)).toBe("June 2024");
  });

  it("gives the interval a date stands for, and orders by its start then precision", () => {
    expect(dateInterval(partialDate("2024-06", "MONTH"))).toEqual({ earliest: "2024-06-01", latest: "2024-06-30" });
    expect(dateInterval(partialDate("2025-05", "MONTH"), partialDate("2025-07", "MONTH"))).toEqual({ earliest: "2025-05-01", latest: "2025-07-31" });
    const sorted = [partialDate("2024", "YEAR"), partialDate("2024-01-01", "DAY"), partialDate("2024-01", "MONTH"), partialDate("2023-12-31", "DAY")]
      .sort(comparePartialDates).map((d) => d.iso);
    expect(sorted).toEqual(["2023-12-31", "2024-01-01", "2024-01", "2024"]);
  });
});
