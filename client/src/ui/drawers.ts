// On a phone the sidebar (filters, time, path, legend) and the details panel are drawers: off the screen until their
// button in the view bar opens one over the graph, so the graph is what a small screen shows first. On a wider
// screen the buttons are not shown and the panels stay in the page's columns (styles.css, max-width: 760px).

import type { I18n } from "../i18n/i18n";
import { h } from "./dom";

export interface Drawer {
  panel: HTMLElement;
  /** The button's text. */
  label: string;
}

/**
 * The buttons that open the drawers, and each drawer's close button (prepended to the panel). One drawer is open at
 * a time; Escape or "Close" closes it and gives focus back to its button.
 */
export function drawerToggles(i18n: I18n, drawers: readonly Drawer[]): HTMLElement {
  const buttons: HTMLButtonElement[] = [];
  const setOpen = (index: number, open: boolean, focus: boolean) => {
    drawers.forEach((drawer, i) => {
      const opened = open && i === index;
      drawer.panel.classList.toggle("drawer-open", opened);
      buttons[i]!.setAttribute("aria-expanded", opened ? "true" : "false");
    });
    if (focus && open) drawers[index]!.panel.querySelector<HTMLElement>(".drawer-close")?.focus();
    if (focus && !open) buttons[index]!.focus();
  };
  drawers.forEach((drawer, index) => {
    if (!drawer.panel.id) throw new Error(`drawer "${drawer.label}" needs an id for its button's aria-controls`);
    buttons.push(
      h(
        "button",
        {
          type: "button",
          className: "drawer-toggle",
          "aria-controls": drawer.panel.id,
          "aria-expanded": "false",
          onclick: () => setOpen(index, !drawer.panel.classList.contains("drawer-open"), true),
        },
        drawer.label,
      ),
    );
    drawer.panel.prepend(
      h(
        "button",
        { type: "button", className: "drawer-close", onclick: () => setOpen(index, false, true) },
        i18n.t("drawer.close"),
      ),
    );
    drawer.panel.addEventListener("keydown", (event: KeyboardEvent) => {
      if (event.key === "Escape" && drawer.panel.classList.contains("drawer-open")) setOpen(index, false, true);
    });
  });
  return h("div", { className: "drawer-toggles" }, buttons);
}

/**
 * Opens the drawer holding `element`, as its button would, when the panels are drawers (a phone): what appears there
 * in answer to an action on the graph (a hub's neighbours offered by kind) would otherwise go unseen. Where the panels
 * are columns (the buttons are not displayed) it does nothing.
 */
export function revealDrawerOf(element: HTMLElement): void {
  for (let panel: HTMLElement | null = element; panel !== null; panel = panel.parentElement) {
    if (!panel.id) continue;
    const id = panel.id;
    const toggles = element.ownerDocument.querySelectorAll<HTMLButtonElement>(".drawer-toggle");
    const button = [...toggles].find((toggle) => toggle.getAttribute("aria-controls") === id);
    if (button === undefined) continue;
    const bar = button.closest<HTMLElement>(".drawer-toggles") ?? button;
    const drawers = element.ownerDocument.defaultView?.getComputedStyle(bar).display !== "none";
    if (drawers && !panel.classList.contains("drawer-open")) button.click();
    return;
  }
}
