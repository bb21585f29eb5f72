// What a steward's new or removed tie sends (issue #19). The relationship types offered between two entities come
// from the server's model (`linkRules`), never from rules restated here: a type is offered in each direction the model
// allows between the two kinds. Dates are typed at the precision the source gives ("2019", "2019-06", "2019-06-12"),
// and every tie carries the sentence of a source that states it, which the server checks against the article.

import type { DatePrecision, EntityType } from "../api/types";
import type { LinkInput, LinkRule } from "../api/link-types";
import type { MessageKey } from "../i18n/i18n";

/** One relationship the form offers: a type, in the direction the model allows it (from the shown entity, or to it). */
export interface TieChoice {
  rule: LinkRule;
  /** True when the shown entity is the relationship's start ("JAXA party to …"), false when it is its end. */
  outgoing: boolean;
}

/** The types the model allows between an entity of kind `shown` and one of kind `other`, outgoing first per type. */
export function tieChoices(rules: readonly LinkRule[], shown: EntityType, other: EntityType): TieChoice[] {
  const choices: TieChoice[] = [];
  for (const rule of rules) {
    if (rule.from.includes(shown) && rule.to.includes(other)) choices.push({ rule, outgoing: true });
    if (rule.from.includes(other) && rule.to.includes(shown)) choices.push({ rule, outgoing: false });
  }
  return choices;
}

/** A stable value for a choice in a select ("PARTY_TO>" from the shown entity, "PARTY_TO<" to it). */
export function choiceValue(choice: TieChoice): string {
  return `${choice.rule.type}${choice.outgoing ? ">" : "<"}`;
}

export interface TypedDate {
  /** The first day the date stands for (the API's `Date`). */
  iso: string;
  precision: DatePrecision;
}

/**
 * A date as a steward types it, at the precision typed: "2019" is the year 2019, "2019-06" June 2019, "2019-06-12"
 * that day. Null for anything else, or a day the calendar does not have.
 */
export function parseTypedDate(text: string): TypedDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return { iso: `${year}-01-01`, precision: "YEAR" };
  if (Number(month) < 1 || Number(month) > 12) return null;
  if (day === undefined) return { iso: `${year}-${month}-01`, precision: "MONTH" };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return { iso: `${year}-${month}-${day}`, precision: "DAY" };
}

/** What the steward typed in the "add a tie" form. */
export interface TieEntry {
  /** The other entity's id, once chosen from the search. */
  other: string | null;
  choice: TieChoice | null;
  /** `role` or `title` (as the chosen type carries them) → the text typed. */
  properties: Readonly<Record<string, string>>;
  since: string;
  until: string;
  source: string;
  quote: string;
}

export type TieRequest = { ok: true; input: LinkInput } | { ok: false; problems: MessageKey[] };

/**
 * The `link` input for the steward's new tie, in the model's direction, with only the properties typed (role or title
 * where the type carries one, dates at their precision). Refused, naming every problem, without the other entity, a
 * type, a readable date, the source or the quoted sentence.
 */
export function buildTie(shown: string, entry: TieEntry): TieRequest {
  const problems: MessageKey[] = [];
  if (entry.other === null) problems.push("tie.problem.other");
  if (entry.choice === null) problems.push("tie.problem.type");
  const properties: NonNullable<LinkInput["properties"]> = {};
  for (const name of entry.choice?.rule.properties ?? []) {
    const value = entry.properties[name]?.trim() ?? "";
    if (value !== "" && (name === "role" || name === "title")) properties[name] = value;
  }
  for (const end of ["since", "until"] as const) {
    const text = entry[end].trim();
    if (text === "") continue;
    const date = parseTypedDate(text);
    if (date === null) {
      problems.push("tie.problem.date");
      continue;
    }
    properties[end] = date.iso;
    properties[`${end}Precision`] = date.precision;
  }
  const source = entry.source.trim();
  const quote = entry.quote.trim();
  if (source === "") problems.push("edit.problem.sourceRequired");
  if (quote === "") problems.push("edit.problem.quoteRequired");
  if (problems.length > 0 || entry.other === null || entry.choice === null)
    return { ok: false, problems: [...new Set(problems)] };
  const [from, to] = entry.choice.outgoing ? [shown, entry.other] : [entry.other, shown];
  const input: LinkInput = { from, to, type: entry.choice.rule.type, citation: { source, quote } };
  if (Object.keys(properties).length > 0) input.properties = properties;
  return { ok: true, input };
}
