// Numbered footnotes of a briefing pack: each distinct (article, quoted sentence) gets one number, in the order the
// pack first cites it, so a sentence cited by three facts is one footnote referred to three times.

import type { Citation } from "../api/types";

export interface Footnote {
  number: number;
  citation: Citation;
}

export class Footnotes {
  private readonly byKey = new Map<string, Footnote>();

  /** The numbers of these citations, numbering the ones not seen yet. */
  cite(citations: readonly Citation[]): number[] {
    const numbers = citations.map((citation) => {
      const key = `${citation.source.id}\u0000${citation.quote ?? ""}`;
      let note = this.byKey.get(key);
      if (!note) {
        note = { number: this.byKey.size + 1, citation };
        this.byKey.set(key, note);
      }
      return note.number;
    });
    return [...new Set(numbers)].sort((a, b) => a - b);
  }

  /** Every footnote, in number order. */
  list(): Footnote[] {
    return [...this.byKey.values()];
  }
}
