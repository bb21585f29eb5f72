// What a steward's correction of an entity sends (issue #19): the main fields of each editable type, as the
// upsert mutation's input names them, and the patch built from what the steward changed. The mutations keep every
// field left out of the input, so only changed fields are sent; an emptied optional text is sent as null (cleared).
// Every correction carries the sentence of a source that states it, which the server checks against the article.

import { AGREEMENT_KINDS, EVENT_KINDS, ORGANIZATION_KINDS, type EntityDetails } from "../api/types";
import type { MessageKey } from "../i18n/i18n";

export type CorrectableType = "Organization" | "Person" | "Agreement" | "Event";

/** One field of a mutation input the form offers: free text, or one of the type's kinds. */
export interface CorrectionField {
  /** The input field's name in the schema (`name`, `title`, `description`, `summary`, `kind`). */
  input: string;
  label: MessageKey;
  /** Required fields cannot be emptied; optional ones are cleared (sent as null) when emptied. */
  required: boolean;
  multiline: boolean;
  /** The kinds to choose from, for a `kind` field; the enum whose labels name them. */
  choices?: { values: readonly string[]; labels: "organizationKind" | "agreementKind" | "eventKind" };
}

export interface CitationEntry {
  source: string;
  quote: string;
}

export type Correction =
  { ok: true; type: CorrectableType; input: Record<string, unknown> } | { ok: false; problems: MessageKey[] };

const nameField: CorrectionField = { input: "name", label: "edit.field.name", required: true, multiline: false };

function kindField(
  values: readonly string[],
  labels: NonNullable<CorrectionField["choices"]>["labels"],
): CorrectionField {
  return { input: "kind", label: "edit.field.kind", required: true, multiline: false, choices: { values, labels } };
}

const fieldsByType: Record<CorrectableType, readonly CorrectionField[]> = {
  Organization: [
    nameField,
    { input: "description", label: "edit.field.description", required: false, multiline: true },
    kindField(ORGANIZATION_KINDS, "organizationKind"),
  ],
  Person: [nameField],
  Agreement: [
    { input: "title", label: "edit.field.title", required: true, multiline: false },
    { input: "summary", label: "edit.field.summary", required: false, multiline: true },
    kindField(AGREEMENT_KINDS, "agreementKind"),
  ],
  Event: [nameField, kindField(EVENT_KINDS, "eventKind")],
};

/** Whether a steward can correct this entity from the details panel (the types with an upsert mutation). */
export function isCorrectable(details: EntityDetails): details is EntityDetails & { __typename: CorrectableType } {
  return details.__typename in fieldsByType;
}

export function correctionFields(type: CorrectableType): readonly CorrectionField[] {
  return fieldsByType[type];
}

/** The entity's current value of each offered field, as the form shows it ("" for none). */
export function currentValues(details: EntityDetails & { __typename: CorrectableType }): Record<string, string> {
  const stored = details as unknown as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const field of fieldsByType[details.__typename]) {
    const value = stored[field.input];
    values[field.input] = typeof value === "string" ? value : "";
  }
  return values;
}

/** The distinct sources the entity already cites, for the citation's source list (id and title). */
export function knownSources(details: EntityDetails): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const citation of details.citations) seen.set(citation.source.id, citation.source.title);
  return [...seen].map(([id, title]) => ({ id, title }));
}

/**
 * The upsert input for the steward's edits: the entity's id, only the fields whose value changed (trimmed; an emptied
 * optional field as null), and the citation. Refused, with every problem named, when nothing changed, a required
 * field was emptied, or the citation lacks its source or its quoted sentence.
 */
export function buildCorrection(
  details: EntityDetails & { __typename: CorrectableType },
  edited: Readonly<Record<string, string>>,
  citation: CitationEntry,
): Correction {
  const before = currentValues(details);
  const problems: MessageKey[] = [];
  const input: Record<string, unknown> = { id: details.id };
  let changed = 0;
  for (const field of fieldsByType[details.__typename]) {
    const value = (edited[field.input] ?? before[field.input] ?? "").trim();
    if (value === (before[field.input] ?? "").trim()) continue;
    if (value === "" && field.required) {
      problems.push("edit.problem.requiredField");
      continue;
    }
    input[field.input] = value === "" ? null : value;
    changed++;
  }
  if (changed === 0 && problems.length === 0) problems.push("edit.problem.nothingChanged");
  const source = citation.source.trim();
  const quote = citation.quote.trim();
  if (source === "") problems.push("edit.problem.sourceRequired");
  if (quote === "") problems.push("edit.problem.quoteRequired");
  if (problems.length > 0) return { ok: false, problems };
  input["citation"] = { source, quote };
  return { ok: true, type: details.__typename, input };
}
