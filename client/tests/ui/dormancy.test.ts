import { describe, expect, it } from "vitest";
import type { AgreementDormancy } from "../../src/api/types";
import { I18n } from "../../src/i18n/i18n";
import { dormancyLine } from "../../src/ui/dormancy";
import { partialDate } from "../fixtures";

const dormant: AgreementDormancy = {
  dormant: true,
  afterYears: 5,
  lastActivity: { kind: "SIGNED", date: partialDate("2015", "YEAR") },
  reason: "No cited activity since 2015 (more than 5 years).",
};

describe("dormancyLine", () => {
  it("marks a dormant agreement with why, the last activity dated no more precisely than its source", () => {
    const line = dormancyLine(dormant, new I18n("en"))!;
    expect(line.dataset["dormant"]).toBe("true");
    expect(line.querySelector(".dormant-mark")!.textContent).toBe("Dormant");
    expect(line.textContent).toBe("Dormant — no cited activity for more than 5 years; the last: its signing, 2015");
    expect(line.title).toContain("not stated by a source");
  });

  it("words it in the interface language, at the source's precision", () => {
    const line = dormancyLine(
      { ...dormant, lastActivity: { kind: "EVENT", date: partialDate("2016-03", "MONTH") } },
      new I18n("fr"),
    )!;
    expect(line.querySelector(".dormant-mark")!.textContent).toBe("En sommeil");
    expect(line.textContent).toContain("l’événement où il a été signé");
    expect(line.textContent).toContain(new I18n("fr").partialDate(partialDate("2016-03", "MONTH")));
    expect(line.textContent).not.toMatch(/\b\d{1,2} mars/);
  });

  it("gives the last activity of an agreement that is alive, without the mark", () => {
    const line = dormancyLine(
      {
        ...dormant,
        dormant: false,
        lastActivity: { kind: "RELATED_AGREEMENT", date: partialDate("2024-06", "MONTH") },
      },
      new I18n("en"),
    )!;
    expect(line.querySelector(".dormant-mark")).toBeNull();
    expect(line.textContent).toBe(
      `Last cited activity: a related agreement, ${new I18n("en").partialDate(partialDate("2024-06", "MONTH"))}`,
    );
  });

  it("names a stated start of the term as the last activity", () => {
    const line = dormancyLine(
      { ...dormant, dormant: false, lastActivity: { kind: "EFFECTIVE", date: partialDate("2025-03", "MONTH") } },
      new I18n("en"),
    )!;
    expect(line.textContent).toBe(
      `Last cited activity: the start of its term, ${new I18n("en").partialDate(partialDate("2025-03", "MONTH"))}`,
    );
  });

  it("shows nothing when the server derived nothing", () => {
    expect(dormancyLine(null, new I18n("ja"))).toBeNull();
  });
});
