// A search for two names at once ("Vitagora Kumamoto") matches no single entity; the reader most likely wants to know
// how the two are connected. Tries each split of the words into two names and, when both halves name an entity,
// proposes the connection between them.

import type { ExplorerApi } from "../api/explorer-api";
import type { EntityRef, EntityType } from "../api/types";

/** Most words a two-name search is tried on: each split costs two small searches. */
export const TWO_NAME_MAX_WORDS = 6;

/** Kinds that can be the end of a connection (sources and key figures are evidence, not ends). */
const CONNECTABLE: EntityType[] = ["ORGANIZATION", "PERSON", "AGREEMENT", "EVENT", "PLACE", "SECTOR"];

/** The splits of `words` into two non-empty names, the most even first ("A B C D" → "A B" + "C D" first). */
export function twoNameSplits(words: readonly string[]): [string, string][] {
  const cuts = Array.from({ length: words.length - 1 }, (_, i) => i + 1);
  cuts.sort((a, b) => Math.abs(words.length / 2 - a) - Math.abs(words.length / 2 - b) || a - b);
  return cuts.map((cut) => [words.slice(0, cut).join(" "), words.slice(cut).join(" ")]);
}

/** The first split whose two halves each find an entity (two different ones), or null. */
export async function findTwoNames(api: ExplorerApi, text: string, signal?: AbortSignal): Promise<[EntityRef, EntityRef] | null> {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > TWO_NAME_MAX_WORDS) return null;
  for (const [left, right] of twoNameSplits(words)) {
    const [a, b] = await Promise.all([
      api.search(left, { first: 1, types: CONNECTABLE, signal }),
      api.search(right, { first: 1, types: CONNECTABLE, signal }),
    ]);
    const first = a[0]?.entity;
    const second = b[0]?.entity;
    if (first && second && first.id !== second.id) return [first, second];
  }
  return null;
}
