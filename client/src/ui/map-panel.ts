// The map view: where the entities shown in the graph are (the same filters and hidden nodes, the same selection),
// drawn on an offline world map, with the list of its places beside it, which is also the keyboard's way in.
// The renderer (render/map-view.ts, with the world map) is its own chunk, loaded when the map is first shown.

import type { MapMarker, MapScene, MapTie } from "../graph/map-scene";
import type { I18n } from "../i18n/i18n";
import type { MapView } from "../render/map-view";
import { cameraButtons } from "./camera-buttons";
import { h, replaceChildren } from "./dom";

/** Entities a marker's tooltip names before it says how many more. */
const TOOLTIP_NAMES = 8;

export interface MapPanelCallbacks {
  select(id: string): void;
}

export interface MapPanelContent {
  scene: MapScene;
  selected: string | null;
  /** An entity's name in the interface language. */
  entityName(id: string): string;
}

export class MapPanel {
  readonly element: HTMLElement;
  private readonly stage = h("div", { className: "map-canvas" });
  private readonly side = h("div", { className: "map-side" });
  private readonly controls = h("div", { className: "camera-controls map-camera", role: "group" });
  private view: MapView | null = null;
  private loading: Promise<void> | null = null;
  private content: MapPanelContent | null = null;

  constructor(private readonly i18n: () => I18n, private readonly callbacks: MapPanelCallbacks) {
    this.element = h("div", { className: "map-panel" }, h("div", { className: "map-stage" }, this.stage, this.controls), this.side);
  }

  /** Draws the map (loading its renderer on first use) and lists its places. */
  render(content: MapPanelContent): void {
    this.content = content;
    this.renderSide(content);
    this.renderControls();
    if (this.view) this.draw();
    else void this.load();
  }

  resize(): void {
    this.view?.resize();
  }

  private async load(): Promise<void> {
    this.loading ??= (async () => {
      this.stage.setAttribute("aria-busy", "true");
      replaceChildren(this.stage, h("p", { className: "muted map-message" }, this.i18n().t("map.loading")));
      try {
        const { MapView } = await import("../render/map-view");
        replaceChildren(this.stage);
        this.view = new MapView(this.stage, { onSelect: (id) => this.callbacks.select(id) });
        this.draw();
      } catch (error) {
        this.loading = null;
        replaceChildren(this.stage, h("p", { role: "alert" }, this.i18n().t("map.error")), h("p", { className: "details" }, error instanceof Error ? error.message : String(error)));
      } finally {
        this.stage.setAttribute("aria-busy", "false");
      }
    })();
    await this.loading;
  }

  private draw(): void {
    const content = this.content;
    if (!this.view || !content) return;
    const i18n = this.i18n();
    this.view.setLabel(i18n.t("map.label"));
    this.view.render({
      scene: content.scene,
      selected: content.selected,
      markerLabel: (marker) => i18n.name(marker),
      markerTitle: (marker) => markerTitle(marker, content.entityName, i18n),
      tieTitle: (tie) => tieTitle(tie, content.scene, i18n),
    });
  }

  private renderControls(): void {
    this.controls.setAttribute("aria-label", this.i18n().t("camera.label"));
    replaceChildren(this.controls, cameraButtons(this.i18n(), () => this.view));
  }

  private renderSide(content: MapPanelContent): void {
    const i18n = this.i18n();
    const { scene } = content;
    const entityButton = (id: string) => h("button", {
      type: "button", className: "link-button", "data-entity": id, "aria-current": id === content.selected ? "true" : undefined,
      onclick: () => this.callbacks.select(id),
    }, content.entityName(id));
    replaceChildren(this.side,
      scene.markers.length === 0 ? h("p", { className: "map-empty" }, i18n.t("map.empty")) : null,
      h("p", { className: "muted map-note" }, i18n.t("map.reference")),
      scene.unplaced.length > 0 ? h("p", { className: "muted map-note map-unplaced" }, i18n.t("map.unplaced", { count: scene.unplaced.length })) : null,
      scene.markers.length === 0 ? null : [
        h("h3", {}, i18n.t("map.places")),
        h("ul", { className: "plain-list map-places" }, scene.markers.map((marker) =>
          h("li", { "data-place": marker.place },
            h("span", { className: "map-place-name" }, i18n.t("map.placeCount", { place: i18n.name(marker), count: marker.entities.length })),
            h("ul", { className: "plain-list" }, marker.entities.map((id) => h("li", {}, entityButton(id))))))),
      ]);
  }
}

/** A marker's tooltip: its place, then the entities drawn there (the first few, then how many more). */
export function markerTitle(marker: MapMarker, entityName: (id: string) => string, i18n: I18n): string {
  const names = marker.entities.slice(0, TOOLTIP_NAMES).map(entityName);
  const more = marker.entities.length - names.length;
  return [i18n.t("map.placeCount", { place: i18n.name(marker), count: marker.entities.length }), ...names, more > 0 ? i18n.t("map.more", { count: more }) : null]
    .filter((line): line is string => line !== null).join("\n");
}

/** A tie's tooltip: how many drawn relationships join the two places. */
export function tieTitle(tie: MapTie, scene: MapScene, i18n: I18n): string {
  const name = (place: string) => {
    const marker = scene.markers.find((m) => m.place === place);
    return marker ? i18n.name(marker) : place;
  };
  return i18n.t("map.tie", { count: tie.edges.length, from: name(tie.from), to: name(tie.to) });
}
