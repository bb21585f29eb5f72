// The partners of an organisation or person in its details: who it signed agreements with and took part in events
// with (the API's derived `partners` projection, most ties first), each with its ties counted by kind. Loaded on
// request, as a hub's partners are many and most selections never need them.

import type { ExplorerApi } from "../api/explorer-api";
import type { EntityRef, Partner } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren } from "./dom";
import { entityBadge } from "./entity-badge";
import { errorText } from "./error-text";

/** How many partners one request lists; the section says when there may be more. */
export const PARTNERS_FIRST = 20;

type PartnersState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "loaded"; partners: Partner[] }
  | { kind: "error"; error: unknown };

export function partnerRef(partner: Partner): EntityRef {
  const p = partner.partner;
  return { id: p.id, name: p.label, entityType: p.entityType, names: p.names };
}

/** "1 agreement, 2 events"; a kind of tie the two do not share is left out. */
export function tiesText(partner: Partner, i18n: I18n): string {
  return tieCountsText(partner.agreementCount, partner.eventCount, i18n);
}

/** "1 agreement, 2 events" from the two counts (the partners view's ties too). */
export function tieCountsText(a: number, e: number, i18n: I18n): string {
  const parts: string[] = [];
  if (a > 0) parts.push(a === 1 ? i18n.t("panel.partnerAgreements.one") : i18n.t("panel.partnerAgreements.many", { count: a }));
  if (e > 0) parts.push(e === 1 ? i18n.t("panel.partnerEvents.one") : i18n.t("panel.partnerEvents.many", { count: e }));
  return parts.join(", ");
}

export class PartnersSection {
  readonly element: HTMLElement;
  private entityId: string | null = null;
  private state: PartnersState = { kind: "idle" };

  constructor(
    private readonly api: ExplorerApi,
    private readonly i18n: () => I18n,
    private readonly navigate: (entity: EntityRef) => void,
  ) {
    this.element = h("section", { className: "panel-section partners-section" });
  }

  /** The section for `id`, keeping what was loaded while the same entity stays selected. */
  forEntity(id: string): HTMLElement {
    if (id !== this.entityId) {
      this.entityId = id;
      this.state = { kind: "idle" };
    }
    this.render();
    return this.element;
  }

  async load(): Promise<void> {
    const id = this.entityId;
    if (id === null) return;
    this.state = { kind: "loading" };
    this.render();
    try {
      const partners = await this.api.partners(id, PARTNERS_FIRST);
      if (this.entityId === id) this.state = { kind: "loaded", partners };
    } catch (error) {
      if (this.entityId === id) this.state = { kind: "error", error };
    }
    this.render();
  }

  render(): void {
    const i18n = this.i18n();
    const s = this.state;
    let body: HTMLElement;
    if (s.kind === "idle") {
      body = h("button", { type: "button", className: "small partners-show", onclick: () => void this.load() }, i18n.t("panel.partnersShow"));
    } else if (s.kind === "loading") {
      body = h("p", { role: "status" }, i18n.t("panel.partnersLoading"));
    } else if (s.kind === "error") {
      body = h("p", { role: "alert", className: "error-box small" }, errorText(s.error, i18n).message);
    } else if (s.partners.length === 0) {
      body = h("p", { className: "muted" }, i18n.t("panel.partnersNone"));
    } else {
      body = h("ol", { className: "plain-list partners-list" }, s.partners.map((p) => {
        const ref = partnerRef(p);
        return h("li", {},
          h("button", { type: "button", className: "link-button", onclick: () => this.navigate(ref) }, entityBadge(ref.entityType, 14), i18n.name(ref)),
          h("span", { className: "muted" }, ` — ${tiesText(p, i18n)}`));
      }));
    }
    replaceChildren(this.element, h("h3", {}, i18n.t("panel.partners")), body);
  }
}
