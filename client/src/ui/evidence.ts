// How the explorer shows the evidence behind a fact wherever the fact is shown: a "stated / inferred" marker (the
// reason as its tooltip and, where there is room, as text), "1 source / confirmed by N sources", and the caveats a
// date or an agreement carries (the source's wording, how the date was arrived at, an unnamed counterpart).

import type { Inferable, PartialDate } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { h, type Child } from "./dom";

/** "Stated" or "Inferred", with the reason as its tooltip. */
export function evidenceMarker(fact: Inferable, i18n: I18n): HTMLElement {
  const inferred = fact.inferred;
  const title = inferred
    ? [i18n.t("evidence.inferredTitle"), fact.inferenceNote].filter(Boolean).join(" — ")
    : i18n.t("evidence.statedTitle");
  return h("span", { className: `evidence-marker ${inferred ? "is-inferred" : "is-stated"}`, title, "data-evidence": inferred ? "inferred" : "stated" },
    i18n.t(inferred ? "evidence.inferred" : "evidence.stated"));
}

/** The publisher, marked when it is deduced from the article rather than named by it (its note as the tooltip). */
export function publisherWithMarker(source: { publisher: string | null; publisherInferred: boolean; publisherNote: string | null }, i18n: I18n): Child {
  if (!source.publisher) return null;
  return [source.publisher, source.publisherInferred
    ? h("span", { className: "inferred-marker", title: source.publisherNote ?? undefined }, ` (${i18n.t("evidence.publisherInferred")})`)
    : null];
}

/** The marker followed by the reason in words, for the details panel. */
export function evidenceLine(fact: Inferable, i18n: I18n): HTMLElement {
  return h("p", { className: "evidence-line" }, evidenceMarker(fact, i18n),
    fact.inferred && fact.inferenceNote ? h("span", { className: "inference-note", lang: "fr" }, ` ${fact.inferenceNote}`) : null);
}

/** "no source", "1 source", "confirmed by 3 sources". */
export function sourceCountText(count: number, i18n: I18n): string {
  return count === 0 ? i18n.t("evidence.sources.none") : count === 1 ? i18n.t("evidence.sources.one") : i18n.t("evidence.sources.many", { count });
}

/** The number of distinct articles among citations. */
export function distinctSources(citations: readonly { source: { id: string } }[]): number {
  return new Set(citations.map((c) => c.source.id)).size;
}

/**
 * A date at its precision, then what the source says of it: its own wording (in the source's language) and the
 * note on how it was dated. `note` stands in when there is no date at all (an undated mission says why).
 */
export function dateWithCaveats(text: string, date: PartialDate | null, note: string | null, i18n: I18n): Child {
  const wording = date?.text ?? null;
  const why = date?.note ?? note;
  if (!text && !why) return null;
  return h("span", { className: "dated" },
    text ? h("span", { className: "date" }, text) : null,
    wording ? h("span", { className: "date-wording muted", lang: "fr", title: i18n.t("evidence.sourceWording") }, ` « ${wording} »`) : null,
    why ? h("span", { className: "date-note", lang: "fr" }, text ? ` — ${why}` : why) : null);
}
