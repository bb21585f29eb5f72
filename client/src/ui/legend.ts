// Legend: what the colours, pictograms and marks of the graph mean.

import { ENTITY_TYPES } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { PIN_MARK } from "../render/style";
import { h, replaceChildren } from "./dom";
import { entityBadge } from "./entity-badge";

export class Legend {
  readonly element: HTMLElement = h("div", { className: "legend" });

  constructor(private readonly i18n: () => I18n) {
    this.render();
  }

  render(): void {
    const i18n = this.i18n();
    replaceChildren(
      this.element,
      h("ul", { className: "plain-list legend-list" },
        ENTITY_TYPES.map((type) => h("li", {}, entityBadge(type, 16), i18n.enumLabel("entityType", type))),
        h("li", {}, h("span", { className: "legend-mark faded", "aria-hidden": "true" }), i18n.t("legend.faded")),
        h("li", {}, h("span", { className: "legend-mark", "aria-hidden": "true" }, PIN_MARK), i18n.t("legend.pinned")),
        h("li", {}, h("span", { className: "legend-mark path", "aria-hidden": "true" }), i18n.t("legend.path"))),
    );
  }
}
