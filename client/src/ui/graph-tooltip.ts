// The hover card of the graph: what a node or relationship is, when (at the precision its source gives), whether
// its source states it or it was inferred, and how many articles state it. Pure text builders (tested) and one
// positioned element; pointer-events are off so it never takes a click from the graph.

import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren } from "./dom";
import { distinctSources, evidenceMarker, sourceCountText } from "./evidence";
import { agreementMarkLines } from "./agreement-marks";

/** A piece of a tooltip's title, with its language when it is not the interface's (a key figure's French statement). */
export interface TitlePart {
  text: string;
  lang: string | undefined;
}

export interface TooltipContent {
  title: string;
  /** The title in parts, each marked with its language where it differs (see `I18n.nameLanguage`). */
  titleParts: TitlePart[];
  lines: string[];
  fact: { inferred: boolean; inferenceNote: string | null };
}

/**
 * Name, kind, date at its precision, "stated/inferred" and the number of sources of a node; for an agreement, its last
 * stated state with its date and its marks (expiring, expired, renewal due, dormant) with why.
 */
export function nodeTooltip(attrs: NodeAttributes, i18n: I18n): TooltipContent {
  const kind = [i18n.enumLabel("entityType", attrs.entityType), i18n.kindLabel(attrs.entityType, attrs.kind)].filter(Boolean).join(" · ");
  return {
    ...titled([namePart(attrs, i18n)]),
    lines: [kind, i18n.partialRange(attrs.start, attrs.end), ...agreementMarkLines(attrs, i18n),
      attrs.entityType === "SOURCE" ? "" : sourceCountText(attrs.sourceCount, i18n)].filter((l) => l.length > 0),
    fact: attrs,
  };
}

/** "JAXA → party to → JAXA–LSA agreement", its role, "stated/inferred" and the number of sources of a relationship. */
export function edgeTooltip(attrs: EdgeAttributes, source: NodeAttributes, target: NodeAttributes, i18n: I18n): TooltipContent {
  return {
    ...titled([namePart(source, i18n), { text: ` → ${i18n.relationLabel(attrs.relation)} → `, lang: undefined }, namePart(target, i18n)]),
    lines: [attrs.role ? i18n.t("panel.role", { role: attrs.role }) : "", i18n.period(attrs.since, attrs.until, attrs.asOf), sourceCountText(distinctSources(attrs.citations), i18n)].filter((l) => l.length > 0),
    fact: attrs,
  };
}

function namePart(attrs: NodeAttributes, i18n: I18n): TitlePart {
  return { text: i18n.name(attrs), lang: i18n.nameLanguage(attrs) };
}

function titled(parts: TitlePart[]): Pick<TooltipContent, "title" | "titleParts"> {
  return { title: parts.map((p) => p.text).join(""), titleParts: parts };
}

export class GraphTooltip {
  readonly element: HTMLElement = h("div", { className: "graph-tooltip", role: "tooltip", hidden: true });

  show(content: TooltipContent, x: number, y: number, i18n: I18n): void {
    replaceChildren(this.element,
      h("strong", {}, content.titleParts.map((part) => (part.lang ? h("span", { lang: part.lang }, part.text) : part.text))),
      ...content.lines.map((line) => h("div", {}, line)),
      h("div", {}, evidenceMarker(content.fact, i18n),
        content.fact.inferred && content.fact.inferenceNote ? h("span", { className: "inference-note", lang: "fr" }, ` ${content.fact.inferenceNote}`) : null));
    this.element.style.left = `${Math.round(x + 14)}px`;
    this.element.style.top = `${Math.round(y + 14)}px`;
    this.element.hidden = false;
  }

  /** A card of plain lines under a title (the partners view's ties, which are derived, so neither stated nor inferred). */
  showTie(content: { title: string; lines: string[] }, x: number, y: number): void {
    replaceChildren(this.element, h("strong", {}, content.title), ...content.lines.map((line) => h("div", {}, line)));
    this.element.style.left = `${Math.round(x + 14)}px`;
    this.element.style.top = `${Math.round(y + 14)}px`;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
