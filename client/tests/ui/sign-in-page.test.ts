import { describe, expect, it } from "vitest";
import { I18n } from "../../src/i18n/i18n";
import { renderSignInPage } from "../../src/ui/sign-in-page";

describe("renderSignInPage", () => {
  it("offers the organisation's sign-in, coming back to the view asked for", () => {
    const page = renderSignInPage({ signInRequired: true, signInAvailable: true, user: null }, new I18n("en"), "/?e=org%3Ajaxa");
    expect(page.querySelector("h1")!.textContent).toBe("Sign in");
    expect(page.querySelector("a")!.getAttribute("href")).toBe("/account/signin?returnUrl=%2F%3Fe%3Dorg%253Ajaxa");
  });

  it("says to ask the administrator when the server has no sign-in page", () => {
    const page = renderSignInPage({ signInRequired: true, signInAvailable: false, user: null }, new I18n("fr"), "/");
    expect(page.querySelector("a")).toBeNull();
    expect(page.querySelector("[role=alert]")!.textContent).toContain("administrateur");
  });
});
