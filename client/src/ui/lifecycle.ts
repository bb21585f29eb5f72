// An agreement's lifecycle as the explorer shows it wherever the agreement is detailed (the details panel, the briefing
// pack): each state its sources state, in the order the API gives (the order they happened), with the date the source
// gives for it at its precision — or "as of" the date it saw the agreement in that state, or "date not given" — the
// wording and note of that date, and what the caller makes of the sentence that states it (a source line, a footnote).

import type { AgreementLifecycleStep, Citation } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { h, type Child } from "./dom";
import { dateWithCaveats, evidenceMarker } from "./evidence";

/** When a step happened as its source gives it: "June 2024", "as of April 2025", or "date not given". */
export function lifecycleWhen(step: AgreementLifecycleStep, i18n: I18n): Child {
  if (step.since) return dateWithCaveats(i18n.partialDate(step.since), step.since, null, i18n);
  if (step.asOf) return dateWithCaveats(i18n.t("panel.lifecycleAsOf", { date: i18n.partialDate(step.asOf) }), step.asOf, null, i18n);
  return h("span", { className: "muted undated" }, i18n.t("panel.lifecycleUndated"));
}

/** The steps as a list, each followed by what `cite` makes of its citation; null when the sources state none. */
export function lifecycleList(steps: readonly AgreementLifecycleStep[], i18n: I18n, cite: (citation: Citation) => Child): HTMLElement | null {
  if (steps.length === 0) return null;
  return h("ol", { className: "plain-list lifecycle" }, steps.map((step) =>
    h("li", { className: "lifecycle-step", "data-status": step.status },
      h("strong", { className: "status" }, i18n.statusLabel(step.status.toLowerCase())), " — ", lifecycleWhen(step, i18n),
      step.citation.inferred ? [" ", evidenceMarker(step.citation, i18n)] : null,
      " ", cite(step.citation))));
}
