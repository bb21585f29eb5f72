import { describe, expect, it } from "vitest";
import { ideStart } from "../../src/ide/tabs";
import { EXAMPLE_QUERIES, ideLink } from "../../src/ui/examples";

describe("IDE start", () => {
  it("opens one tab per example when no query is linked", () => {
    const start = ideStart("");
    expect(start.initialQuery).toBeUndefined();
    expect(start.defaultTabs.map((tab) => tab.query)).toEqual(EXAMPLE_QUERIES.map((example) => example.query));
  });

  it("opens a linked query first, before the examples", () => {
    const query = "query Mine { sectors { id name } }";
    const start = ideStart(new URL(ideLink("/graphql", query), "http://host").hash);
    expect(start.initialQuery).toBe(query);
    expect(start.defaultTabs[0]?.query).toBe(query);
    expect(start.defaultTabs).toHaveLength(EXAMPLE_QUERIES.length + 1);
  });
});
