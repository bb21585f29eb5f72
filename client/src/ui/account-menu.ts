// Who is signed in, in the header, with the way out: shown when the server signed the reader in (issue #20).

import type { AccountUser } from "../api/account";
import type { I18n, MessageKey } from "../i18n/i18n";
import { h } from "./dom";

/** @param signedInAs how the user is named: signed in by the server, or by the tab's steward key ("signed in as steward NAME"). */
export function renderAccountMenu(
  user: AccountUser,
  i18n: I18n,
  onSignOut: () => void,
  signedInAs: Extract<MessageKey, "account.signedInAs" | "stewardKey.signedInAs"> = "account.signedInAs",
): HTMLElement {
  return h(
    "div",
    { className: "account" },
    h("span", { className: "account-name" }, i18n.t(signedInAs, { name: user.name })),
    h("button", { type: "button", onclick: onSignOut }, i18n.t("account.signOut")),
  );
}
