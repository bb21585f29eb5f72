import { describe, expect, it } from "vitest";
import type { FetchLike } from "../../src/api/client";
import {
  STEWARD_KEY_ITEM,
  StewardKeyStore,
  whoseKey,
  withStewardKey,
  type KeyStorage,
} from "../../src/api/steward-key";

function memoryStorage(): KeyStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

/** A fetch that records the Authorization header of each request and answers /account as a server knowing one key. */
function server(knownKey: string, seen: (string | null)[] = []): FetchLike {
  return (_input, init) => {
    const authorization = new Headers(init.headers).get("Authorization");
    seen.push(authorization);
    const user = authorization === `Bearer ${knownKey}` ? { name: "carol", steward: true } : null;
    return Promise.resolve(
      new Response(JSON.stringify({ signInRequired: false, signInAvailable: false, user }), { status: 200 }),
    );
  };
}

describe("StewardKeyStore", () => {
  it("keeps a pasted key without its surrounding spaces, in the storage it is given, until cleared", () => {
    const storage = memoryStorage();
    const store = new StewardKeyStore(storage);

    expect(store.set("  abc_DEF-123\n")).toBe(true);
    expect(storage.items.get(STEWARD_KEY_ITEM)).toBe("abc_DEF-123");
    expect(store.get()).toBe("abc_DEF-123");

    store.clear();
    expect(store.get()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it("keeps nothing that is not one word, and nothing without storage", () => {
    const storage = memoryStorage();
    expect(new StewardKeyStore(storage).set("two words")).toBe(false);
    expect(new StewardKeyStore(storage).set("   ")).toBe(false);
    expect(storage.items.size).toBe(0);
    expect(new StewardKeyStore(null).set("abc")).toBe(false);
    expect(new StewardKeyStore(null).get()).toBeNull();
  });
});

describe("withStewardKey", () => {
  it("sends the tab's key as a bearer, and nothing once it is cleared", async () => {
    const store = new StewardKeyStore(memoryStorage());
    const seen: (string | null)[] = [];
    const fetchWithKey = withStewardKey(server("k1", seen), store);

    await fetchWithKey("/graphql", { method: "POST", headers: { "Content-Type": "application/json" } });
    store.set("k1");
    await fetchWithKey("/graphql", { method: "POST", headers: { "Content-Type": "application/json" } });
    store.clear();
    await fetchWithKey("/graphql", { method: "POST" });

    expect(seen).toEqual([null, "Bearer k1", null]);
  });

  it("leaves a request's own Authorization alone", async () => {
    const store = new StewardKeyStore(memoryStorage());
    store.set("k1");
    const seen: (string | null)[] = [];

    await withStewardKey(server("k1", seen), store)("/graphql", { headers: { Authorization: "Bearer other" } });

    expect(seen).toEqual(["Bearer other"]);
  });
});

describe("whoseKey", () => {
  it("names the steward whose key the server knows, and no one for a key it does not", async () => {
    expect(await whoseKey(server("k1"), "k1")).toEqual({ name: "carol", steward: true });
    expect(await whoseKey(server("k1"), "k2")).toBeNull();
  });

  it("fails when the server cannot be asked, rather than calling the key wrong", async () => {
    await expect(whoseKey(() => Promise.reject(new Error("offline")), "k1")).rejects.toThrow("/account");
  });
});
