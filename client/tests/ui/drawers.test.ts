import { describe, expect, it } from "vitest";
import { I18n } from "../../src/i18n/i18n";
import { h } from "../../src/ui/dom";
import { drawerToggles, revealDrawerOf } from "../../src/ui/drawers";

function setup() {
  const tools = h("aside", { id: "tools" }, h("p", {}, "filters"));
  const details = h("aside", { id: "details" }, h("p", {}, "JAXA"));
  const bar = drawerToggles(new I18n("fr"), [
    { panel: tools, label: "Filtres et outils" },
    { panel: details, label: "Détails" },
  ]);
  document.body.replaceChildren(bar, tools, details);
  const [toolsButton, detailsButton] = [...bar.querySelectorAll("button")];
  return { tools, details, toolsButton: toolsButton!, detailsButton: detailsButton! };
}

describe("phone drawers", () => {
  it("opens one drawer at a time from its button, which says whether it is open", () => {
    const { tools, details, toolsButton, detailsButton } = setup();
    expect(toolsButton.getAttribute("aria-controls")).toBe("tools");
    expect(toolsButton.getAttribute("aria-expanded")).toBe("false");

    toolsButton.click();
    expect(tools.classList.contains("drawer-open")).toBe(true);
    expect(toolsButton.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(tools.querySelector(".drawer-close"));

    detailsButton.click();
    expect(details.classList.contains("drawer-open")).toBe(true);
    expect(tools.classList.contains("drawer-open")).toBe(false);
    expect(toolsButton.getAttribute("aria-expanded")).toBe("false");

    detailsButton.click();
    expect(details.classList.contains("drawer-open")).toBe(false);
  });

  it("closes with its own button or Escape, in the interface language, and gives focus back to the opener", () => {
    const { tools, toolsButton } = setup();
    const close = tools.querySelector<HTMLButtonElement>(".drawer-close")!;
    expect(close.textContent).toBe("Fermer");

    toolsButton.click();
    close.click();
    expect(tools.classList.contains("drawer-open")).toBe(false);
    expect(document.activeElement).toBe(toolsButton);

    toolsButton.click();
    tools.querySelector("p")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(tools.classList.contains("drawer-open")).toBe(false);
    expect(toolsButton.getAttribute("aria-expanded")).toBe("false");
  });

  it("refuses a panel without an id, which its button could not name", () => {
    expect(() => drawerToggles(new I18n("en"), [{ panel: h("aside", {}), label: "Tools" }])).toThrow(/needs an id/);
  });
});

describe("revealing a drawer", () => {
  it("opens the drawer holding an element on a phone, as its button would, and leaves it open", () => {
    const { details, detailsButton } = setup();
    const offer = h("section", {}, "53 neighbours");
    details.append(offer);

    revealDrawerOf(offer);
    expect(details.classList.contains("drawer-open")).toBe(true);
    expect(detailsButton.getAttribute("aria-expanded")).toBe("true");
    revealDrawerOf(offer);
    expect(details.classList.contains("drawer-open")).toBe(true);
  });

  it("does nothing where the panels are columns (the drawer buttons are not displayed)", () => {
    const { details } = setup();
    const style = h("style", {}, ".drawer-toggles { display: none; }");
    document.head.append(style);
    const offer = h("section", {}, "53 neighbours");
    details.append(offer);
    try {
      revealDrawerOf(offer);
      expect(details.classList.contains("drawer-open")).toBe(false);
    } finally {
      style.remove();
    }
  });
});
