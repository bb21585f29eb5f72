// Entry point: starts the explorer in #app against the GraphQL endpoint (same origin, /graphql, unless
// VITE_GRAPHQL_URL says otherwise at build time).

import "./styles.css";
import { fetchAccount, needsSignIn } from "./api/account";
import { GraphQLClient } from "./api/client";
import { ExplorerApi } from "./api/explorer-api";
import { StewardKeyStore, withStewardKey } from "./api/steward-key";
import { I18n } from "./i18n/i18n";
import { preferredLanguage } from "./state/url-state";
import { App } from "./ui/app";
import { renderSignInPage } from "./ui/sign-in-page";

async function start(root: HTMLElement): Promise<void> {
  // A server that requires signed-in readers answers every query with 401 until someone signs in: say so first.
  const stewardKeys = new StewardKeyStore(sessionStorageOrNull());
  const fetchWithKey = withStewardKey((input, init) => globalThis.fetch(input, init), stewardKeys);
  let account = await fetchAccount(fetchWithKey);
  if (stewardKeys.get() !== null && !account?.user?.steward) {
    // The tab's key is no longer a steward's (revoked): forget it rather than send it with every request.
    stewardKeys.clear();
    account = await fetchAccount(fetchWithKey);
  }
  if (needsSignIn(account)) {
    const i18n = new I18n(preferredLanguage(navigator.languages ?? [navigator.language]));
    root.replaceChildren(renderSignInPage(account!, i18n, location.pathname + location.search + location.hash));
    return;
  }
  const endpoint = (import.meta.env["VITE_GRAPHQL_URL"] as string | undefined) ?? "/graphql";
  await new App({
    api: new ExplorerApi(new GraphQLClient({ endpoint, fetch: fetchWithKey })),
    root,
    user: account?.user ?? null,
    stewardKeys: account === null ? undefined : stewardKeys,
  }).start();
}

/** The tab's session storage, or null where the browser refuses it (then the steward-key dialog keeps nothing). */
function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById("app");
if (root) {
  start(root).catch((error: unknown) => {
    root.append(Object.assign(document.createElement("p"), { role: "alert", textContent: `GraphExplorer could not start: ${String(error)}` }));
  });
}
