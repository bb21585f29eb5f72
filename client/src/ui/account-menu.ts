// Who is signed in, in the header, with the way out: shown when the server signed the reader in (issue #20).

import type { AccountUser } from "../api/account";
import type { I18n } from "../i18n/i18n";
import { h } from "./dom";

export function renderAccountMenu(user: AccountUser, i18n: I18n, onSignOut: () => void): HTMLElement {
  return h(
    "div",
    { className: "account" },
    h("span", { className: "account-name" }, i18n.t("account.signedInAs", { name: user.name })),
    h("button", { type: "button", onclick: onSignOut }, i18n.t("account.signOut")),
  );
}
