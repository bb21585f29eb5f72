import { describe, expect, it } from "vitest";
import type { AgreementDormancy, AgreementTerm } from "../../src/api/types";
import type { NodeAttributes } from "../../src/graph/attributes";
import { I18n } from "../../src/i18n/i18n";
import { agreementBadges, agreementMarkLines, agreementMarks, termLine } from "../../src/ui/agreement-marks";
import { nodeTooltip } from "../../src/ui/graph-tooltip";
import { ListView, sortEntries } from "../../src/ui/list-view";
import { partialDate } from "../fixtures";

const en = new I18n("en");
const expiring: AgreementTerm = { status: "EXPIRING", date: partialDate("2027-03", "MONTH"), withinMonths: 6 };
const dormancy: AgreementDormancy = {
  dormant: true,
  afterYears: 3,
  reason: "…",
  lastActivity: { kind: "SIGNED", date: partialDate("2016", "YEAR") },
};

function agreement(
  id: string,
  label: string,
  overrides: Partial<NodeAttributes> = {},
): { id: string; attrs: NodeAttributes } {
  return {
    id,
    attrs: {
      label,
      entityType: "AGREEMENT",
      kind: "MOU",
      start: partialDate("2024-06", "MONTH"),
      end: null,
      inferred: false,
      inferenceNote: null,
      sourceCount: 1,
      sectors: [],
      countries: [],
      degree: 1,
      x: 0,
      y: 0,
      fixed: false,
      pinned: false,
      hiddenByUser: false,
      expanded: false,
      ...overrides,
    },
  };
}

describe("agreement marks", () => {
  it("word an expiring term with its date at the source's precision and the window", () => {
    expect(agreementMarks({ term: expiring }, en)).toEqual([
      { kind: "expiring", label: "Expiring", text: "expires March 2027, within 6 months", note: en.t("term.derived") },
    ]);
  });

  it("word an expired term, a renewal due and a dormant agreement, in the interface language", () => {
    expect(
      agreementMarks({ term: { status: "EXPIRED", date: partialDate("2021", "YEAR"), withinMonths: 6 } }, en)[0]!.text,
    ).toBe("expired 2021");
    expect(
      agreementMarks(
        { term: { status: "RENEWAL_DUE", date: partialDate("2027-01-15", "DAY"), withinMonths: 6 } },
        en,
      )[0]!.label,
    ).toBe("Renewal due");
    const fr = agreementMarks({ term: expiring, dormancy }, new I18n("fr"));
    expect(fr.map((m) => m.label)).toEqual(["Échéance proche", "En sommeil"]);
    expect(fr[0]!.text).toBe("expiration\u00a0: mars 2027, d’ici 6\u00a0mois");
    expect(agreementMarks({ term: expiring }, new I18n("ja"))[0]!.label).toBe("期限間近");
  });

  it("leave an agreement that is awake and has no term unmarked", () => {
    expect(agreementMarks({ term: null, dormancy: { ...dormancy, dormant: false } }, en)).toEqual([]);
    expect(agreementBadges({}, en)).toBeNull();
    expect(termLine(null, en)).toBeNull();
  });

  it("put the last stated state with its date and each mark with why in the graph's tooltip", () => {
    const { attrs } = agreement("agr:a", "LSA–JAXA MoU", {
      term: expiring,
      dormancy,
      latestState: { status: "SIGNED", since: partialDate("2024-06", "MONTH"), asOf: null },
    });

    expect(agreementMarkLines(attrs, en)).toEqual([
      "Last stated: Signed — June 2024",
      "Expiring: expires March 2027, within 6 months",
      "Dormant: no cited activity for more than 3 years; the last: its signing, 2016",
    ]);
    expect(nodeTooltip(attrs, en).lines).toContain("Expiring: expires March 2027, within 6 months");
  });

  it("show badges in words with why in their title in the list view, and sort marked agreements first", () => {
    const marked = agreement("agr:a", "Zeta MoU", {
      term: expiring,
      latestState: { status: "SIGNED", since: null, asOf: null },
    });
    const plain = agreement("agr:b", "Alpha MoU");
    const view = new ListView(
      () => en,
      () => undefined,
      () => undefined,
    );
    view.render([plain, marked], null);

    const header = [...view.element.querySelectorAll("th")].map((th) => th.textContent);
    expect(header).toContain("Status");
    const badge = view.element.querySelector<HTMLElement>("[data-mark='expiring']")!;
    expect(badge.textContent).toBe("Expiring");
    expect(badge.title).toContain("expires March 2027, within 6 months");
    expect(badge.closest("tr")!.textContent).toContain("Signed — date not given");
    expect(sortEntries([plain, marked], { column: "status", ascending: true }, en).map((e) => e.id)).toEqual([
      "agr:a",
      "agr:b",
    ]);
  });
});
