// The printable list of gaps worth a follow-up (briefing.html?brief=gaps): for stewards and diplomats, what the graph
// holds on one article only, or without a date or a named counterpart — one section per kind, each entry linking to
// the entity in the explorer, with the sources' own note (in their language) or the one article that states it.

import { GAP_KINDS, type Gap, type GapKind } from "../api/types";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h } from "../ui/dom";
import { section } from "./pack-parts";

export interface GapsContext {
  /** The explorer's address for an entity (opened on it). */
  explorerLink: (id: string) => string;
  today: string;
}

const KIND_TITLES: Record<GapKind, MessageKey> = {
  UNDATED_AGREEMENT: "gaps.kind.UNDATED_AGREEMENT",
  UNNAMED_COUNTERPARTY: "gaps.kind.UNNAMED_COUNTERPARTY",
  SINGLE_SOURCE_ENTITY: "gaps.kind.SINGLE_SOURCE_ENTITY",
  SINGLE_SOURCE_TIE: "gaps.kind.SINGLE_SOURCE_TIE",
};

export function renderGapsList(gaps: readonly Gap[], i18n: I18n, context: GapsContext): HTMLElement {
  const link = (ref: Gap["entity"]) => h("a", { href: context.explorerLink(ref.id) }, i18n.name(ref));
  const sections = GAP_KINDS.map((kind) => {
    const items = gaps.filter((g) => g.kind === kind).map((g) =>
      h("li", { "data-id": g.entity.id },
        link(g.entity),
        g.relationship && g.other ? [" — ", i18n.relationLabel(g.relationship), " → ", link(g.other)] : null,
        g.note ? h("span", { className: "muted", lang: "fr" }, ` — ${g.note}`) : null,
        g.source ? h("span", { className: "muted" }, " — ", h("cite", {}, g.source.title)) : null));
    return section(`gaps-${kind.toLowerCase()}`, `${i18n.t(KIND_TITLES[kind])} (${items.length})`,
      items.length > 0 ? h("ul", { className: "plain-list" }, items) : h("p", { className: "muted" }, i18n.t("gaps.none")));
  });
  return h("article", { className: "briefing gaps" },
    h("h1", {}, i18n.t("gaps.title")),
    h("p", { className: "made-on" }, i18n.t("briefing.madeOn", { date: i18n.date(context.today, "DAY") })),
    h("p", {}, i18n.t("gaps.intro")),
    sections);
}
