// The offer made when expanding a hub would flood the picture (graph/neighbour-groups.ts): its neighbours by kind,
// with how many of each are drawn, a page at a time ("Show next 10"), a whole group, or everything.

import type { EntityType } from "../api/types";
import { GROUP_PAGE, type NeighbourGroup } from "../graph/neighbour-groups";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";

export interface GroupsOffer {
  anchor: string;
  /** The anchor's name in the interface language. */
  anchorName: string;
  groups: NeighbourGroup[];
  /** How many of a group's first members the user opened. */
  shown(entityType: EntityType): number;
  /** Whether a neighbour is drawn (opened here, or drawn before by another expansion). */
  isDrawn(id: string): boolean;
}

export interface GroupsCallbacks {
  /** Draw the first `shown` members of a group. */
  open(entityType: EntityType, shown: number): void;
  openAll(): void;
  close(): void;
}

export class NeighbourGroupsPanel {
  readonly element: HTMLElement = h("section", { className: "neighbour-groups", hidden: true });

  constructor(private readonly i18n: () => I18n, private readonly callbacks: GroupsCallbacks) {}

  show(offer: GroupsOffer | null): void {
    if (offer === null) {
      this.element.hidden = true;
      replaceChildren(this.element);
      return;
    }
    const i18n = this.i18n();
    const total = offer.groups.reduce((sum, g) => sum + g.ids.length, 0);
    const titleId = uid("groups-title");
    this.element.hidden = false;
    this.element.setAttribute("aria-labelledby", titleId);
    this.element.dataset["anchor"] = offer.anchor;
    replaceChildren(this.element,
      h("h2", { id: titleId }, i18n.t("groups.title", { name: offer.anchorName, count: total })),
      h("p", { className: "muted" }, i18n.t("groups.intro")),
      h("ul", { className: "plain-list group-list" }, offer.groups.map((group) => {
        const count = group.ids.length;
        const drawn = group.ids.filter((id) => offer.isDrawn(id)).length;
        const shown = drawn === count ? count : Math.min(offer.shown(group.entityType), count);
        const next = Math.min(count, shown + GROUP_PAGE);
        const labelId = uid("group");
        return h("li", { "data-type": group.entityType },
          h("span", { id: labelId, className: "group-label" },
            i18n.t("groups.count", { kind: i18n.enumLabel("entityTypes", group.entityType), shown: drawn, count })),
          " ",
          shown < count && next < count ? h("button", {
            type: "button", className: "small", "data-action": "next", "aria-describedby": labelId,
            onclick: () => this.callbacks.open(group.entityType, next),
          }, i18n.t(shown === 0 ? "groups.first" : "groups.next", { count: next - shown })) : null,
          shown < count ? h("button", {
            type: "button", className: "small", "data-action": "all", "aria-describedby": labelId,
            onclick: () => this.callbacks.open(group.entityType, count),
          }, i18n.t("groups.all", { count })) : null);
      })),
      h("div", { className: "group-actions" },
        h("button", { type: "button", "data-action": "open-all", onclick: () => this.callbacks.openAll() }, i18n.t("groups.everything", { count: total })),
        " ",
        h("button", { type: "button", "data-action": "close", onclick: () => this.callbacks.close() }, i18n.t("groups.close"))));
  }
}
