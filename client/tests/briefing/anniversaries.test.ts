import { describe, expect, it } from "vitest";
import { shiftPartialDate, upcomingAnniversaries } from "../../src/briefing/anniversaries";
import { I18n } from "../../src/i18n/i18n";
import { partialDate } from "../fixtures";

describe("upcoming anniversaries", () => {
  it("give the centenary of relations dated 1927 as 2027, at the year's precision", () => {
    const found = upcomingAnniversaries([{ subject: "relations", date: partialDate("1927", "YEAR") }], "2026-12-07");
    expect(found.map((a) => [a.subject, a.years, a.date.iso, a.date.precision])).toEqual([["relations", 100, "2027", "YEAR"]]);
    expect(new I18n("en").partialDate(found[0]!.date)).toBe("2027");
    expect(new I18n("fr").partialDate(found[0]!.date)).toBe("2027");
  });

  it("keep a month-precise signing month-precise and drop the source's wording of the original date", () => {
    const signed = partialDate("2024-06", "MONTH", { text: "hier à Tokyo", note: "deduced" });
    const fifth = shiftPartialDate(signed, 5);
    expect([fifth.iso, fifth.value, fifth.earliest, fifth.latest, fifth.precision, fifth.text, fifth.note]).toEqual(["2029-06", "2029-06-01", "2029-06-01", "2029-06-30", "MONTH", null, null]);
    expect(new I18n("en").partialDate(fifth)).toBe("June 2029");
  });

  it("leave out anniversaries already past and those beyond the horizon, soonest first", () => {
    const items = [
      { subject: "past", date: partialDate("2016-03-01", "DAY") },
      { subject: "later", date: partialDate("2019", "YEAR") },
      { subject: "soon", date: partialDate("2017-12-20", "DAY") },
      { subject: "far", date: partialDate("2025", "YEAR") },
    ];
    const found = upcomingAnniversaries(items, "2026-12-07", 3);
    expect(found.map((a) => `${a.subject}:${a.years}:${a.date.iso}`)).toEqual(["soon:10:2027-12-20", "later:10:2029"]);
  });
});
