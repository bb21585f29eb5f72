// The view as of a day: what the list and the briefing pack keep, and how sure each is, by the API's as-of rule
// (src/GraphExplorer.Application/Domain/AsOf.cs), so that they agree with `agreements(asOf:)` and the other lists.
// Agreements and events are dated (signing, start); a date stands for the interval its precision gives: an agreement
// signed « in 2023 » is possibly signed as of 2023-06-01 and certainly by 2024-01-01; one signed after the day is left
// out; an undated one is kept and said to be undated (leaving it out would say it did not exist yet, keeping it
// unmarked would say it did). Other entities (organisations, people, places…) carry no such date and are kept.

import type { EntityType } from "../api/types";
import { dateInterval } from "../i18n/dates";
import type { NodeAttributes } from "./attributes";
import { isIsoDay } from "./changes";

/** What the view says of a kept entity as of the day: only possibly by then, or undated; null: nothing to say. */
export type AsOfMark = "possibly" | "undated";

const DATED: ReadonlySet<EntityType> = new Set<EntityType>(["AGREEMENT", "EVENT"]);

/** The as-of day of a link or an input: a real calendar day `YYYY-MM-DD`, else null (no as-of). */
export function asOfDay(value: string | null | undefined): string | null {
  return value !== null && value !== undefined && isIsoDay(value) ? value : null;
}

/** Whether a node is kept as of `day` (ISO), and its mark. */
export function asOfStanding(
  node: Pick<NodeAttributes, "entityType" | "start">,
  day: string,
): { kept: boolean; mark: AsOfMark | null } {
  if (!DATED.has(node.entityType)) return { kept: true, mark: null };
  if (node.start === null) return { kept: true, mark: "undated" };
  const { earliest, latest } = dateInterval(node.start);
  if (earliest > day) return { kept: false, mark: null };
  return { kept: true, mark: latest > day ? "possibly" : null };
}

/** Whether a node is kept as of `day`; everything is when there is no day. */
export function keptAsOf(node: Pick<NodeAttributes, "entityType" | "start">, day: string | null): boolean {
  return day === null || asOfStanding(node, day).kept;
}
