import { describe, expect, it } from "vitest";
import { fetchAccount, needsSignIn, signInUrl, signOut } from "../../src/api/account";
import type { FetchLike } from "../../src/api/client";

function answering(status: number, body: unknown): FetchLike {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
}

describe("fetchAccount", () => {
  it("reads whether sign-in is required and available and who is signed in", async () => {
    const account = await fetchAccount(answering(200, { signInRequired: true, signInAvailable: true, user: { name: "ana@example.org", steward: true } }));
    expect(account).toEqual({ signInRequired: true, signInAvailable: true, user: { name: "ana@example.org", steward: true } });
    expect(needsSignIn(account)).toBe(false);
  });

  it("asks for sign-in when the server requires it and nobody is signed in", async () => {
    const account = await fetchAccount(answering(200, { signInRequired: true, signInAvailable: false, user: null }));
    expect(needsSignIn(account)).toBe(true);
  });

  it("lets the explorer start on an open server and on a server without /account", async () => {
    expect(needsSignIn(await fetchAccount(answering(200, { signInRequired: false, signInAvailable: false, user: null })))).toBe(false);
    expect(await fetchAccount(answering(404, {}))).toBeNull();
    expect(await fetchAccount(() => Promise.reject(new Error("offline")))).toBeNull();
  });

  it("comes back to the view the reader opened after signing in", () => {
    expect(signInUrl("/?e=org%3Ajaxa")).toBe("/account/signin?returnUrl=%2F%3Fe%3Dorg%253Ajaxa");
  });
});

describe("signOut", () => {
  it("posts to the server's sign-out address with the session cookie", async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const ended = await signOut((input, init) => {
      calls.push({ url: String(input), init });
      return Promise.resolve(new Response(null, { status: 204 }));
    });
    expect(ended).toBe(true);
    expect(calls).toEqual([{ url: "/account/signout", init: { method: "POST", credentials: "same-origin" } }]);
  });

  it("says so when the server could not be reached", async () => {
    expect(await signOut(() => Promise.reject(new Error("offline")))).toBe(false);
  });
});
