import { describe, expect, it, vi } from "vitest";
import { I18n } from "../../src/i18n/i18n";
import { renderAccountMenu } from "../../src/ui/account-menu";

describe("renderAccountMenu", () => {
  it("names the signed-in user and signs out on the button", () => {
    const onSignOut = vi.fn();
    const menu = renderAccountMenu({ name: "rita.reader", steward: false }, new I18n("en"), onSignOut);
    expect(menu.textContent).toContain("Signed in as rita.reader");
    const button = menu.querySelector("button")!;
    expect(button.textContent).toBe("Sign out");
    button.click();
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it("speaks the interface's language", () => {
    const menu = renderAccountMenu({ name: "rita", steward: false }, new I18n("fr"), () => {});
    expect(menu.querySelector("button")!.textContent).toBe("Se déconnecter");
  });
});
