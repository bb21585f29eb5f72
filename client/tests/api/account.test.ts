import { describe, expect, it } from "vitest";
import { fetchAccount, needsSignIn, signInUrl } from "../../src/api/account";
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
