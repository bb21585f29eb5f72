import { describe, expect, it } from "vitest";
import type { EntityDetails } from "../../src/api/types";
import {
  buildCorrection,
  currentValues,
  isCorrectable,
  knownSources,
  type CorrectableType,
} from "../../src/ui/correction";

const source = { id: "src:1", title: "La JAXA et le CNES signent" };
const other = { id: "src:2", title: "Un second article" };
const organization = {
  __typename: "Organization",
  id: "org:jaxa",
  name: "JAXA",
  entityType: "ORGANIZATION",
  kind: "GOVERNMENT_AGENCY",
  description: "L’agence spatiale japonaise.",
  citations: [
    { source, quote: "a" },
    { source, quote: "b" },
    { source: other, quote: "c" },
  ],
} as unknown as EntityDetails & { __typename: CorrectableType };
const citation = { source: "src:1", quote: "La JAXA et le CNES ont signé mercredi un protocole." };

describe("buildCorrection", () => {
  it("sends the id, only the changed fields and the citation", () => {
    const edited = { ...currentValues(organization), description: "  L’agence spatiale du Japon. " };

    const correction = buildCorrection(organization, edited, citation);

    expect(correction).toEqual({
      ok: true,
      type: "Organization",
      input: { id: "org:jaxa", description: "L’agence spatiale du Japon.", citation },
    });
  });

  it("clears an emptied optional field with null and sends a changed kind", () => {
    const edited = { ...currentValues(organization), description: "", kind: "RESEARCH_INSTITUTE" };

    const correction = buildCorrection(organization, edited, citation);

    expect(correction.ok && correction.input).toEqual({
      id: "org:jaxa",
      description: null,
      kind: "RESEARCH_INSTITUTE",
      citation,
    });
  });

  it("refuses an emptied name, a missing source and a missing quote, naming each", () => {
    const edited = { ...currentValues(organization), name: " " };

    const correction = buildCorrection(organization, edited, { source: "", quote: "  " });

    expect(correction).toEqual({
      ok: false,
      problems: ["edit.problem.requiredField", "edit.problem.sourceRequired", "edit.problem.quoteRequired"],
    });
  });

  it("refuses a correction that changes nothing", () => {
    const correction = buildCorrection(organization, currentValues(organization), citation);

    expect(correction).toEqual({ ok: false, problems: ["edit.problem.nothingChanged"] });
  });

  it("uses each type's own field names: an agreement's title and summary", () => {
    const agreement = {
      __typename: "Agreement",
      id: "agr:1",
      title: "Protocole",
      kind: "MOU",
      summary: null,
      citations: [],
    } as unknown as EntityDetails & { __typename: CorrectableType };

    const correction = buildCorrection(agreement, { title: "Protocole d’accord", summary: "Sur l’espace." }, citation);

    expect(correction.ok && correction.input).toEqual({
      id: "agr:1",
      title: "Protocole d’accord",
      summary: "Sur l’espace.",
      citation,
    });
  });
});

describe("what can be corrected", () => {
  it("offers the types with an upsert mutation only", () => {
    expect(isCorrectable(organization)).toBe(true);
    expect(isCorrectable({ ...organization, __typename: "Place" } as unknown as EntityDetails)).toBe(false);
  });

  it("lists each cited source once, for the citation's source", () => {
    expect(knownSources(organization)).toEqual([source, other]);
  });
});
