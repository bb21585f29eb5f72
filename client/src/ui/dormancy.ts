// Whether an agreement is dormant, as the details panel shows it: a "Dormant" mark with why (no cited activity for
// more than the server's period, and which activity was last, dated at the precision its source gives), or, when it
// is alive, its last cited activity. Dormancy is derived by the server, never stated by a source: the tooltip says so.

import type { AgreementActivityKind, AgreementDormancy } from "../api/types";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h } from "./dom";

export const ACTIVITY: Record<AgreementActivityKind, MessageKey> = {
  SIGNED: "dormancy.activity.SIGNED",
  STATE: "dormancy.activity.STATE",
  EVENT: "dormancy.activity.EVENT",
  RELATED_AGREEMENT: "dormancy.activity.RELATED_AGREEMENT",
  EFFECTIVE: "dormancy.activity.EFFECTIVE",
};

/** The mark and its explanation; null when the server derived nothing (the agreement ended, or nothing is dated). */
export function dormancyLine(dormancy: AgreementDormancy | null, i18n: I18n): HTMLElement | null {
  if (!dormancy) return null;
  const activity = i18n.t(ACTIVITY[dormancy.lastActivity.kind]);
  const date = i18n.partialDate(dormancy.lastActivity.date);
  const title = i18n.t("dormancy.derived");
  if (!dormancy.dormant) {
    return h("span", { className: "dormancy is-active", title }, i18n.t("dormancy.lastActivity", { activity, date }));
  }
  return h(
    "span",
    { className: "dormancy is-dormant", title, "data-dormant": "true" },
    h("strong", { className: "dormant-mark" }, i18n.t("dormancy.dormant")),
    ` — ${i18n.t("dormancy.dormantWhy", { years: dormancy.afterYears, activity, date })}`,
  );
}
