// The steward-key dialog (issue #19): a steward of a server without sign-in pastes the key `steward-key NAME --add`
// printed; the dialog asks the server whose key it is (/account with the key as a bearer) and, when it is a steward's,
// keeps it for the tab and starts again signed in. A key the server does not know is said so, and not kept.

import type { AccountUser } from "../api/account";
import { isKeyShaped } from "../api/steward-key";
import type { I18n } from "../i18n/i18n";
import { h } from "./dom";

export interface StewardKeyDialogOptions {
  /** Asks the server whose key this is: the steward, null for a key it does not know; throws when it cannot be asked. */
  verify(key: string): Promise<AccountUser | null>;
  /** The key is a steward's: keep it and start again as that steward. */
  signedIn(user: AccountUser, key: string): void;
}

/** The header button that opens the dialog, and the dialog itself (appended to the page on first use). */
export function renderStewardKeyButton(i18n: I18n, options: StewardKeyDialogOptions): HTMLElement {
  let dialog: HTMLDialogElement | null = null;
  return h(
    "button",
    {
      type: "button",
      className: "steward-key-open",
      onclick: () => {
        dialog ??= stewardKeyDialog(i18n, options);
        if (!dialog.isConnected) document.body.append(dialog);
        if (typeof dialog.showModal === "function") dialog.showModal();
        else dialog.setAttribute("open", "");
        dialog.querySelector("input")?.focus();
      },
    },
    i18n.t("stewardKey.open"),
  );
}

export function stewardKeyDialog(i18n: I18n, options: StewardKeyDialogOptions): HTMLDialogElement {
  const input = h("input", {
    type: "password",
    id: "steward-key-input",
    name: "steward-key",
    autocomplete: "off",
    spellcheck: "false",
    required: true,
  });
  const message = h("p", { className: "steward-key-message", role: "alert" });
  const submit = h("button", { type: "submit" }, i18n.t("stewardKey.submit"));
  const dialog = h("dialog", { className: "steward-key-dialog", "aria-labelledby": "steward-key-heading" });
  const close = () => {
    input.value = "";
    message.textContent = "";
    dialog.close();
  };
  const form = h(
    "form",
    {
      onsubmit: (event: Event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (!isKeyShaped(key)) {
          message.textContent = i18n.t("stewardKey.notOneWord");
          return;
        }
        message.textContent = i18n.t("stewardKey.checking");
        submit.disabled = true;
        options.verify(key).then(
          (user) => {
            submit.disabled = false;
            if (user?.steward) {
              input.value = "";
              options.signedIn(user, key);
            } else {
              message.textContent = i18n.t("stewardKey.refused");
            }
          },
          () => {
            submit.disabled = false;
            message.textContent = i18n.t("stewardKey.unreachable");
          },
        );
      },
    },
    h("h2", { id: "steward-key-heading" }, i18n.t("stewardKey.title")),
    h("p", {}, i18n.t("stewardKey.intro")),
    h("label", { for: "steward-key-input" }, i18n.t("stewardKey.label")),
    input,
    message,
    h(
      "div",
      { className: "steward-key-actions" },
      submit,
      h("button", { type: "button", onclick: close }, i18n.t("stewardKey.cancel")),
    ),
  );
  dialog.append(form);
  return dialog;
}
