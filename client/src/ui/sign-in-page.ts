// The page shown instead of the explorer when the server requires a signed-in reader and nobody is signed in.

import { signInUrl, type Account } from "../api/account";
import type { I18n } from "../i18n/i18n";
import { h } from "./dom";

export function renderSignInPage(account: Account, i18n: I18n, returnTo: string): HTMLElement {
  return h("main", { className: "sign-in-page" },
    h("h1", {}, i18n.t("signIn.title")),
    h("p", {}, i18n.t("signIn.required")),
    account.signInAvailable
      ? h("a", { href: signInUrl(returnTo), className: "button" }, i18n.t("signIn.action"))
      : h("p", { role: "alert" }, i18n.t("signIn.unavailable")));
}
