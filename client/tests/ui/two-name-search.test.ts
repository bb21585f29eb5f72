import { describe, expect, it } from "vitest";
import { GraphQLClient } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import { findTwoNames, twoNameSplits } from "../../src/ui/two-name-search";
import { FakeFetch } from "../api/fake-fetch";

const entity = (id: string, name: string) => ({ score: 1, matched: name, entity: { id, name, entityType: "ORGANIZATION" } });

describe("twoNameSplits", () => {
  it("tries the most even split first", () => {
    expect(twoNameSplits(["Vitagora", "Kumamoto"])).toEqual([["Vitagora", "Kumamoto"]]);
    expect(twoNameSplits(["Luxembourg", "Space", "Agency", "JAXA"])).toEqual([
      ["Luxembourg Space", "Agency JAXA"], ["Luxembourg", "Space Agency JAXA"], ["Luxembourg Space Agency", "JAXA"],
    ]);
  });
});

describe("findTwoNames", () => {
  it("finds the split whose halves each name a different entity, searching only connectable kinds", async () => {
    const fake = new FakeFetch().answer(
      { json: { data: { search: [entity("org:lux", "Luxembourg")] } } },
      { json: { data: { search: [] } } },
      { json: { data: { search: [entity("org:lux", "Luxembourg")] } } },
      { json: { data: { search: [] } } },
      { json: { data: { search: [entity("org:lsa", "Luxembourg Space Agency")] } } },
      { json: { data: { search: [entity("org:jaxa", "JAXA")] } } },
    );
    const pair = await findTwoNames(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), "Luxembourg Space Agency JAXA");

    expect(pair?.map((e) => e.id)).toEqual(["org:lsa", "org:jaxa"]);
    expect(fake.requests[4]!.body.variables).toMatchObject({ text: "Luxembourg Space Agency", first: 1 });
    expect(fake.requests[4]!.body.variables["types"]).not.toContain("SOURCE");
  });

  it("proposes nothing for one word, or when both halves find the same entity", async () => {
    const api = (fake: FakeFetch) => new ExplorerApi(new GraphQLClient({ fetch: fake.fetch }));
    expect(await findTwoNames(api(new FakeFetch()), "JAXA")).toBeNull();
    const same = new FakeFetch().answer({ json: { data: { search: [entity("org:jaxa", "JAXA")] } } }, { json: { data: { search: [entity("org:jaxa", "JAXA")] } } });
    expect(await findTwoNames(api(same), "JAXA Japan")).toBeNull();
  });
});
