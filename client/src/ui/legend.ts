// Legend: what the colours, pictograms and marks of the graph mean, and the choice of colouring by kind or by
// community (src/graph/communities.ts).

import { ENTITY_TYPES } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { COMMUNITY_COLOURS, PIN_MARK } from "../render/style";
import { h, replaceChildren, uid } from "./dom";
import { entityBadge } from "./entity-badge";

export class Legend {
  readonly element: HTMLElement = h("div", { className: "legend" });
  private readonly toggleId = uid("colour-by-community");
  /** The number of communities found, when the graph is coloured by community; null when coloured by kind. */
  private communityCount: number | null = null;

  constructor(private readonly i18n: () => I18n, private readonly onColourByCommunity: (on: boolean) => void = () => undefined) {
    this.render();
  }

  /** Says how the graph is coloured now: by kind (null) or by community, with how many were found. */
  showCommunities(count: number | null): void {
    this.communityCount = count;
    this.render();
  }

  render(): void {
    const i18n = this.i18n();
    const count = this.communityCount;
    replaceChildren(
      this.element,
      h("div", { className: "check legend-toggle" },
        h("input", { id: this.toggleId, type: "checkbox", checked: count !== null, onchange: (e: Event) => this.onColourByCommunity((e.target as HTMLInputElement).checked) }),
        h("label", { for: this.toggleId }, i18n.t("legend.byCommunity"))),
      count === null ? null : h("p", { className: "muted small legend-communities", role: "status" },
        h("span", { className: "community-swatches", "aria-hidden": "true" },
          COMMUNITY_COLOURS.slice(0, Math.min(count, COMMUNITY_COLOURS.length)).map((colour) => h("span", { className: "legend-swatch", style: `background:${colour}` }))),
        i18n.t(count > COMMUNITY_COLOURS.length ? "legend.communitiesRepeat" : "legend.communities", { count, colours: COMMUNITY_COLOURS.length })),
      h("ul", { className: "plain-list legend-list" },
        ENTITY_TYPES.map((type) => h("li", {}, entityBadge(type, 16), i18n.enumLabel("entityType", type))),
        h("li", {}, h("span", { className: "legend-mark faded", "aria-hidden": "true" }), i18n.t("legend.faded")),
        h("li", {}, h("span", { className: "legend-mark", "aria-hidden": "true" }, PIN_MARK), i18n.t("legend.pinned")),
        h("li", {}, h("span", { className: "legend-mark path", "aria-hidden": "true" }), i18n.t("legend.path"))),
    );
  }
}
