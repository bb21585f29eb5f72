// The marks of an agreement's life wherever it is hovered or listed (the graph's tooltip, the list view, the details
// panel, the briefing pack): "Dormant", "Expiring", "Expired", "Renewal due" — each a badge that says it in words
// (never colour alone) with a line saying why and when, at the precision the source gives — and its last stated
// state with its date ("Signed — June 2024"). Dormancy and term are derived by the server, never stated by a source:
// the badge's title says so. Pure text builders (tested) and one element builder.

import type { AgreementDormancy, AgreementTerm, AgreementTermStatus, LifecycleState } from "../api/types";
import type { I18n, MessageKey } from "../i18n/i18n";
import { lifecycleText } from "../i18n/lifecycle";
import { ACTIVITY } from "./dormancy";
import { h } from "./dom";

export type AgreementMarkKind = "dormant" | "expiring" | "expired" | "renewal-due";

export interface AgreementMark {
  kind: AgreementMarkKind;
  /** The badge's word: "Expiring". */
  label: string;
  /** Why, with the date at its precision: "expires March 2027, within 6 months". */
  text: string;
  /** That it is derived, not stated (the badge's title). */
  note: string;
}

/** What an agreement carries that can be marked: dormancy, term and last state (absent on other entities). */
export interface MarkedAgreement {
  dormancy?: AgreementDormancy | null;
  term?: AgreementTerm | null;
  latestState?: LifecycleState | null;
}

const TERM: Record<AgreementTermStatus, { kind: AgreementMarkKind; label: MessageKey; why: MessageKey }> = {
  EXPIRING: { kind: "expiring", label: "term.EXPIRING", why: "term.expiringWhy" },
  EXPIRED: { kind: "expired", label: "term.EXPIRED", why: "term.expiredWhy" },
  RENEWAL_DUE: { kind: "renewal-due", label: "term.RENEWAL_DUE", why: "term.renewalWhy" },
};

/** The term's mark, then the dormant one; empty when neither applies. */
export function agreementMarks(agreement: MarkedAgreement, i18n: I18n): AgreementMark[] {
  const marks: AgreementMark[] = [];
  const term = agreement.term;
  if (term) {
    const { kind, label, why } = TERM[term.status];
    marks.push({
      kind,
      label: i18n.t(label),
      text: i18n.t(why, { date: i18n.partialDate(term.date), months: term.withinMonths }),
      note: i18n.t("term.derived"),
    });
  }
  const dormancy = agreement.dormancy;
  if (dormancy?.dormant) {
    const activity = i18n.t(ACTIVITY[dormancy.lastActivity.kind]);
    marks.push({
      kind: "dormant",
      label: i18n.t("dormancy.dormant"),
      text: i18n.t("dormancy.dormantWhy", {
        years: dormancy.afterYears,
        activity,
        date: i18n.partialDate(dormancy.lastActivity.date),
      }),
      note: i18n.t("dormancy.derived"),
    });
  }
  return marks;
}

/** The lines a tooltip shows: the last stated state with its date, then each mark as "Expiring: expires March 2027, …". */
export function agreementMarkLines(agreement: MarkedAgreement, i18n: I18n): string[] {
  const state = agreement.latestState
    ? [i18n.t("term.latestState", { state: lifecycleText([agreement.latestState], i18n) })]
    : [];
  return [
    ...state,
    ...agreementMarks(agreement, i18n).map((m) => i18n.t("term.markLine", { label: m.label, text: m.text })),
  ];
}

/** The marks as badges, each its word with the why in its title; null when there is none. */
export function agreementBadges(agreement: MarkedAgreement, i18n: I18n): HTMLElement | null {
  const marks = agreementMarks(agreement, i18n);
  if (marks.length === 0) return null;
  return h(
    "span",
    { className: "agreement-marks" },
    marks.map((m) =>
      h(
        "span",
        { className: `agreement-mark is-${m.kind}`, "data-mark": m.kind, title: `${m.text}. ${m.note}` },
        m.label,
      ),
    ),
  );
}

/** The term as the details panel and the briefing pack show it: its badge and why; null when there is nothing to flag. */
export function termLine(term: AgreementTerm | null | undefined, i18n: I18n): HTMLElement | null {
  const mark = agreementMarks({ term: term ?? null }, i18n)[0];
  if (!mark) return null;
  return h(
    "span",
    { className: `term is-${mark.kind}`, title: mark.note, "data-mark": mark.kind },
    h("strong", { className: "agreement-mark" }, mark.label),
    ` — ${mark.text}`,
  );
}
