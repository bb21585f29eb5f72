// An agreement's lifecycle as text, for files (CSV, GraphML) rather than the page: each state with the date its source
// gives at its precision — in the interface language ("Signed — June 2024", "Active — as of April 2025",
// "Signed — date not given"), and as codes with reduced ISO 8601 dates for programs ("SIGNED 2024-06",
// "ACTIVE asOf 2025-04", "SIGNED"). States are joined with "; " in the order given (the order they happened).

import type { LifecycleState } from "../api/types";
import type { I18n } from "./i18n";

export function lifecycleText(states: readonly LifecycleState[], i18n: I18n): string {
  return states.map((s) => {
    const when = s.since
      ? i18n.partialDate(s.since)
      : s.asOf ? i18n.t("panel.lifecycleAsOf", { date: i18n.partialDate(s.asOf) }) : i18n.t("panel.lifecycleUndated");
    return `${i18n.statusLabel(s.status.toLowerCase())} — ${when}`;
  }).join("; ");
}

export function lifecycleCodes(states: readonly LifecycleState[]): string {
  return states.map((s) => [s.status, s.since ? s.since.iso : s.asOf ? `asOf ${s.asOf.iso}` : null].filter(Boolean).join(" ")).join("; ");
}
