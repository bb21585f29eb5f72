import { describe, expect, it } from "vitest";
import type { Gap } from "../../src/api/types";
import { renderGapsList } from "../../src/briefing/gaps-list";
import { I18n } from "../../src/i18n/i18n";

const agreement = { id: "agr:ulb-mou-1", name: "MoU ULB (1/2)", entityType: "AGREEMENT" as const };
const ulb = { id: "org:ulb", name: "Université libre de Bruxelles", entityType: "ORGANIZATION" as const };
const gaps: Gap[] = [
  { kind: "UNDATED_AGREEMENT", entity: agreement, relationship: null, other: null, note: "Non datée dans la source.", source: null },
  { kind: "SINGLE_SOURCE_TIE", entity: ulb, relationship: "PARTY_TO", other: agreement, note: null, source: { id: "src:002", title: "AWEX : mission à 360°" } },
];
const context = { explorerLink: (id: string) => `http://host/?e=${encodeURIComponent(id)}`, today: "2026-12-07" };

describe("the list of gaps worth a follow-up", () => {
  it("has a section per kind with its count, each entry linking to the explorer with the source's note or its one article", () => {
    const page = renderGapsList(gaps, new I18n("en"), context);
    expect(page.querySelector("h1")?.textContent).toBe("Gaps worth a follow-up");
    expect([...page.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Agreements without a signing date (1)", "Agreements whose counterpart is not named (0)",
      "Entities stated by one article only (0)", "Ties stated by one article only (1)",
    ]);
    const undated = page.querySelector("#gaps-undated_agreement li")!;
    expect(undated.textContent).toBe("MoU ULB (1/2) — Non datée dans la source.");
    expect(undated.querySelector("a")!.getAttribute("href")).toBe("http://host/?e=agr%3Aulb-mou-1");
    expect(undated.querySelector("[lang='fr']")).not.toBeNull();
    expect(page.querySelector("#gaps-single_source_tie li")!.textContent).toBe("Université libre de Bruxelles — party to → MoU ULB (1/2) — AWEX : mission à 360°");
    expect(page.querySelector("#gaps-unnamed_counterparty p")!.textContent).toBe("None.");
  });

  it("is written in the interface language", () => {
    const page = renderGapsList(gaps, new I18n("fr"), context);
    expect(page.querySelector("h1")?.textContent).toBe("Points à vérifier");
    expect(page.querySelector("#gaps-single_source_tie h2")?.textContent).toBe("Liens attestés par un seul article (1)");
  });
});
