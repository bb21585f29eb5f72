// Zoom, fit and pan buttons, the same for the graph and the map: each view gives what moves its camera.

import type { I18n } from "../i18n/i18n";
import { h } from "./dom";

export interface Camera {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Moves the view (dx, dy in −1…1). */
  pan(dx: number, dy: number): void;
}

/** The camera's keys on a view with focus (+ and − zoom, 0 fits); true when `event` was one of them. */
export function cameraKey(event: KeyboardEvent, camera: Camera | null): boolean {
  switch (event.key) {
    case "+":
    case "=":
      camera?.zoomIn();
      return true;
    case "-":
      camera?.zoomOut();
      return true;
    case "0":
      camera?.fit();
      return true;
    default:
      return false;
  }
}

/** The buttons, in the grid order the `camera-controls` style lays out; `camera()` is asked at each click. */
export function cameraButtons(i18n: I18n, camera: () => Camera | null): HTMLButtonElement[] {
  const b = (label: string, text: string, onclick: () => void, extra = "") => h("button", { type: "button", className: `icon-button ${extra}`, "aria-label": label, title: label, onclick }, text);
  return [
    b(i18n.t("camera.zoomIn"), "+", () => camera()?.zoomIn()),
    b(i18n.t("camera.zoomOut"), "−", () => camera()?.zoomOut()),
    b(i18n.t("camera.fit"), "⤢", () => camera()?.fit()),
    b(i18n.t("camera.panUp"), "↑", () => camera()?.pan(0, -1), "up"),
    b(i18n.t("camera.panLeft"), "←", () => camera()?.pan(-1, 0), "left"),
    b(i18n.t("camera.panDown"), "↓", () => camera()?.pan(0, 1)),
    b(i18n.t("camera.panRight"), "→", () => camera()?.pan(1, 0)),
  ];
}
