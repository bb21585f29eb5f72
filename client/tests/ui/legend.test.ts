import { describe, expect, it } from "vitest";
import { I18n } from "../../src/i18n/i18n";
import { Legend } from "../../src/ui/legend";

describe("Legend", () => {
  it("offers colouring by community and says what the colours then mean", () => {
    const asked: boolean[] = [];
    const legend = new Legend(() => new I18n("en"), (on) => asked.push(on));
    document.body.replaceChildren(legend.element);
    const toggle = legend.element.querySelector<HTMLInputElement>("input[type=checkbox]")!;
    expect(legend.element.querySelector(`label[for="${toggle.id}"]`)!.textContent).toBe("Colour by community");
    expect(legend.element.querySelector(".legend-communities")).toBeNull();

    toggle.click();
    expect(asked).toEqual([true]);
    legend.showCommunities(3);
    expect(legend.element.querySelector<HTMLInputElement>("input[type=checkbox]")!.checked).toBe(true);
    expect(legend.element.querySelector(".legend-communities")!.textContent).toMatch(/^3 communities: groups tied more densely/);
    expect(legend.element.querySelectorAll(".legend-swatch")).toHaveLength(3);

    legend.showCommunities(11);
    expect(legend.element.querySelector(".legend-communities")!.textContent).toContain("beyond 8, colours repeat");
  });
});
