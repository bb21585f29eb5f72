// A steward's key, for stewards of a server where they do not sign in through an identity provider (issue #19): pasted
// once in the steward-key dialog, kept only in this tab's session storage (never in the URL, never logged), and sent
// with the client's own requests as `Authorization: Bearer <key>`, which the server checks like any steward key.

import { fetchAccount, type AccountUser } from "./account";
import type { FetchLike } from "./client";

/** Where the key is kept: the tab's session storage (gone when the tab closes). */
export const STEWARD_KEY_ITEM = "graphexplorer.stewardKey";

/** The part of the Storage interface the store needs (sessionStorage, or a fake in tests). */
export interface KeyStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
}

export class StewardKeyStore {
  /** @param storage null where the browser gives none (storage disabled): then no key is ever kept. */
  constructor(private readonly storage: KeyStorage | null) {}

  /** The tab's key, or null. */
  get(): string | null {
    try {
      return this.storage?.getItem(STEWARD_KEY_ITEM) || null;
    } catch {
      return null;
    }
  }

  /** Keeps the key (without the spaces a paste brings); false when it is not one word (nothing kept then). */
  set(key: string): boolean {
    const trimmed = key.trim();
    if (!isKeyShaped(trimmed) || !this.storage) return false;
    try {
      this.storage.setItem(STEWARD_KEY_ITEM, trimmed);
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(STEWARD_KEY_ITEM);
    } catch {
      // Storage refused: nothing was kept either.
    }
  }
}

/** A key as `steward-key NAME --add` prints it: one word, no spaces (a header cannot carry them). */
export function isKeyShaped(key: string): boolean {
  return key.length > 0 && !/\s/.test(key);
}

/** `fetchImpl`, sending the tab's key (when there is one) as a bearer, unless the request sets its own Authorization. */
export function withStewardKey(fetchImpl: FetchLike, store: Pick<StewardKeyStore, "get">): FetchLike {
  return (input, init) => {
    const key = store.get();
    if (key === null) return fetchImpl(input, init);
    const headers = new Headers(init.headers);
    if (!headers.has("Authorization")) headers.set("Authorization", `Bearer ${key}`);
    return fetchImpl(input, { ...init, headers });
  };
}

/** Whose key this is, as the server's /account says when the key is presented: the steward, or null for a key it does
 *  not know. Throws when the server cannot be asked (or has no /account). */
export async function whoseKey(fetchImpl: FetchLike, key: string, endpoint = "/account"): Promise<AccountUser | null> {
  const account = await fetchAccount(withStewardKey(fetchImpl, { get: () => key }), endpoint);
  if (account === null) throw new Error("the server's /account did not answer");
  return account.user?.steward ? account.user : null;
}
