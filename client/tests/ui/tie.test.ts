import { describe, expect, it } from "vitest";
import type { LinkRule } from "../../src/api/link-types";
import { buildTie, parseTypedDate, tieChoices, type TieEntry } from "../../src/ui/tie";

// A part of the server's table (linkRules), as it gives it.
const rules: LinkRule[] = [
  { type: "PARTY_TO", label: "party to", from: ["ORGANIZATION", "PERSON"], to: ["AGREEMENT"], properties: ["role"] },
  { type: "SIGNED_AT", label: "signed at", from: ["AGREEMENT"], to: ["EVENT"], properties: [] },
  {
    type: "SUPPORTED",
    label: "supported",
    from: ["ORGANIZATION"],
    to: ["EVENT", "ORGANIZATION"],
    properties: ["role"],
  },
  { type: "HOLDS_ROLE", label: "holds role in", from: ["PERSON"], to: ["ORGANIZATION"], properties: ["title"] },
];

const choice = (type: string, outgoing: boolean) => ({ rule: rules.find((r) => r.type === type)!, outgoing });

const entry = (overrides: Partial<TieEntry> = {}): TieEntry => ({
  other: "agr:lsa-jaxa-2024",
  choice: choice("PARTY_TO", true),
  properties: {},
  since: "",
  until: "",
  source: "src:1",
  quote: "La JAXA a signé.",
  ...overrides,
});

describe("the relationship types offered between two entities", () => {
  it("are the model's, in the direction it allows", () => {
    expect(tieChoices(rules, "AGREEMENT", "ORGANIZATION").map((c) => [c.rule.type, c.outgoing])).toEqual([
      ["PARTY_TO", false],
    ]);
    expect(tieChoices(rules, "ORGANIZATION", "AGREEMENT").map((c) => [c.rule.type, c.outgoing])).toEqual([
      ["PARTY_TO", true],
    ]);
  });

  it("offer both directions when both kinds may start it", () => {
    expect(tieChoices(rules, "ORGANIZATION", "ORGANIZATION").map((c) => [c.rule.type, c.outgoing])).toEqual([
      ["SUPPORTED", true],
      ["SUPPORTED", false],
    ]);
  });

  it("are none where the model joins nothing", () => {
    expect(tieChoices(rules, "PLACE", "PERSON")).toEqual([]);
  });
});

describe("a date typed at its precision", () => {
  it("is a year, a month or a day as typed", () => {
    expect(parseTypedDate(" 2019 ")).toEqual({ iso: "2019-01-01", precision: "YEAR" });
    expect(parseTypedDate("2019-06")).toEqual({ iso: "2019-06-01", precision: "MONTH" });
    expect(parseTypedDate("2024-02-29")).toEqual({ iso: "2024-02-29", precision: "DAY" });
  });

  it("is refused when it is no date", () => {
    for (const text of ["2019-02-30", "2023-02-29", "2019-13", "2019-00", "juin 2019", "19", "2019/06/01"]) {
      expect(parseTypedDate(text), text).toBeNull();
    }
  });
});

describe("the link input of a new tie", () => {
  it("goes in the model's direction with the citation and only what was typed", () => {
    const built = buildTie("org:jaxa", entry({ properties: { role: " signataire " }, since: "2024-06" }));

    expect(built).toEqual({
      ok: true,
      input: {
        from: "org:jaxa",
        to: "agr:lsa-jaxa-2024",
        type: "PARTY_TO",
        properties: { role: "signataire", since: "2024-06-01", sincePrecision: "MONTH" },
        citation: { source: "src:1", quote: "La JAXA a signé." },
      },
    });
  });

  it("starts at the other entity when the shown one is the end", () => {
    const built = buildTie("agr:lsa-jaxa-2024", entry({ other: "org:jaxa", choice: choice("PARTY_TO", false) }));

    expect(built.ok && [built.input.from, built.input.to, built.input.properties]).toEqual([
      "org:jaxa",
      "agr:lsa-jaxa-2024",
      undefined,
    ]);
  });

  it("sends a title only on a type that carries one", () => {
    const holds = buildTie(
      "person:a",
      entry({ other: "org:jaxa", choice: choice("HOLDS_ROLE", true), properties: { title: "président", role: "x" } }),
    );
    const signed = buildTie(
      "agr:a",
      entry({ other: "evt:b", choice: choice("SIGNED_AT", true), properties: { role: "x" } }),
    );

    expect(holds.ok && holds.input.properties).toEqual({ title: "président" });
    expect(signed.ok && signed.input.properties).toBeUndefined();
  });

  it("names every problem and sends nothing", () => {
    const built = buildTie(
      "org:jaxa",
      entry({ other: null, choice: null, since: "mid-2019", until: "2019-13", source: " ", quote: "" }),
    );

    expect(built).toEqual({
      ok: false,
      problems: [
        "tie.problem.other",
        "tie.problem.type",
        "tie.problem.date",
        "edit.problem.sourceRequired",
        "edit.problem.quoteRequired",
      ],
    });
  });
});
