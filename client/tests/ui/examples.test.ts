import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES, ideLink, queryFromIdeHash } from "../../src/ui/examples";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";

// That every example runs against the schema the server publishes (generated filters and aggregates included, which
// Api/schema.graphql alone lacks) and uses nothing it deprecates is checked against the live server:
// tests/GraphExplorer.Server.Tests/Api/ExampleQueriesTests.cs.
describe("example queries", () => {
  it("covers every feature once, each with a named operation (the IDE's tab title) and a title in both languages", () => {
    const roots = EXAMPLE_QUERIES.map((example) => /\{\s*(\w+)/.exec(example.query)?.[1]);
    expect(roots).toEqual(expect.arrayContaining(["search", "entity", "neighbourhood", "paths", "timeline", "aggregates"]));
    const names = EXAMPLE_QUERIES.map((example) => /^query (\w+)/.exec(example.query)?.[1]);
    expect(names.every((name) => name !== undefined)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    for (const example of EXAMPLE_QUERIES) {
      expect(en[example.title]).toBeTruthy();
      expect(fr[example.title]).toBeTruthy();
    }
  });
});

describe("IDE links", () => {
  it("carry the query in the fragment, so the server shows the IDE instead of executing it", () => {
    const link = ideLink("/graphql", "query Q { search(text: \"a+b & c#d\") { matched } }");
    expect(link.startsWith("/graphql#query=")).toBe(true);
    expect(link).not.toContain("?");
    expect(queryFromIdeHash(new URL(link, "http://host").hash)).toBe("query Q { search(text: \"a+b & c#d\") { matched } }");
  });

  it("without a query link to the IDE itself", () => {
    expect(ideLink("/graphql")).toBe("/graphql");
  });

  it("read no query from an empty, blank or unrelated fragment", () => {
    expect(queryFromIdeHash("")).toBeUndefined();
    expect(queryFromIdeHash("#")).toBeUndefined();
    expect(queryFromIdeHash("#query=%20%20")).toBeUndefined();
    expect(queryFromIdeHash("#other=1")).toBeUndefined();
    expect(queryFromIdeHash("query=%7B%20a%20%7D")).toBe("{ a }");
  });
});
