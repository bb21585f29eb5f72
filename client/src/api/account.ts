// Who the reader is, as the server's /account endpoint says: whether reading needs a signed-in user, whether this
// server can sign one in (an OpenID Connect provider is configured), and who is signed in.

import type { FetchLike } from "./client";

export interface AccountUser {
  name: string;
  steward: boolean;
}

export interface Account {
  signInRequired: boolean;
  signInAvailable: boolean;
  user: AccountUser | null;
}

/** The server's answer, or null when it has no /account (an older server, a dev proxy): then the client just starts. */
export async function fetchAccount(fetchImpl: FetchLike, endpoint = "/account"): Promise<Account | null> {
  let response: Response;
  try {
    response = await fetchImpl(endpoint, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  } catch {
    return null;
  }
  if (!response.ok) return null;
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== "object" || body === null) return null;
  const raw = body as Record<string, unknown>;
  const user = raw["user"] as Record<string, unknown> | null | undefined;
  return {
    signInRequired: raw["signInRequired"] === true,
    signInAvailable: raw["signInAvailable"] === true,
    user: user && typeof user["name"] === "string" ? { name: user["name"], steward: user["steward"] === true } : null,
  };
}

/** Whether the explorer must show the sign-in page instead of starting. */
export function needsSignIn(account: Account | null): boolean {
  return account !== null && account.signInRequired && account.user === null;
}

/** Ends the session at the server (its sign-in cookie); true when the server did. */
export async function signOut(fetchImpl: FetchLike, endpoint = "/account/signout"): Promise<boolean> {
  try {
    const response = await fetchImpl(endpoint, { method: "POST", credentials: "same-origin" });
    return response.ok;
  } catch {
    return false;
  }
}

/** The server's sign-in address, coming back to `returnTo` (a path of this site) afterwards. */
export function signInUrl(returnTo: string): string {
  return `/account/signin?returnUrl=${encodeURIComponent(returnTo)}`;
}
