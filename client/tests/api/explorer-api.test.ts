import { describe, expect, it } from "vitest";
import { GraphQLClient } from "../../src/api/client";
import { ExplorerApi, filterOrNull } from "../../src/api/explorer-api";
import { FakeFetch } from "./fake-fetch";

function api(fake: FakeFetch): ExplorerApi {
  return new ExplorerApi(new GraphQLClient({ fetch: fake.fetch }));
}

describe("ExplorerApi", () => {
  it("searches with the text, the kinds and a default page size", async () => {
    const hit = { score: 1, matched: "JAXA", entity: { id: "org:jaxa", name: "JAXA", entityType: "ORGANIZATION" } };
    const fake = new FakeFetch().answer({ json: { data: { search: [hit] } } }, { json: { data: { search: [] } } });
    expect(await api(fake).search("jaxa")).toEqual([hit]);
    await api(fake).search("x", { types: ["AGREEMENT"], first: 3 });
    expect(fake.requests[0]!.body.variables).toEqual({ text: "jaxa", first: 20 });
    expect(fake.requests[1]!.body.variables).toEqual({ text: "x", types: ["AGREEMENT"], first: 3 });
    expect(fake.requests[0]!.body.query).toMatch(/search\(text: \$text, types: \$types, first: \$first\)/);
  });

  it("asks for a neighbourhood with depth, limit and a null filter when nothing restricts", async () => {
    const subgraph = { nodes: [], edges: [], truncated: false };
    const fake = new FakeFetch().answer({ json: { data: { neighbourhood: subgraph } } }, { json: { data: { neighbourhood: subgraph } } });
    await api(fake).neighbourhood("org:jaxa", { depth: 1, limit: 150, filter: { sectors: [] } });
    await api(fake).neighbourhood("org:jaxa", { filter: { agreementKinds: ["MOU"] } });
    expect(fake.requests[0]!.body).toMatchObject({ operationName: "Neighbourhood", variables: { id: "org:jaxa", depth: 1, limit: 150, filter: null } });
    expect(fake.requests[1]!.body.variables).toEqual({ id: "org:jaxa", filter: { agreementKinds: ["MOU"] } });
  });

  it("asks for the connections between two entities", async () => {
    const answer = { paths: [], noDocumentedLink: true, reason: "No documented link within 4 steps.", weakerPaths: [], maxLength: 4 };
    const fake = new FakeFetch().answer({ json: { data: { connections: answer } } });
    expect(await api(fake).connections("a", "b", { maxLength: 4, first: 3 })).toEqual(answer);
    expect(fake.requests[0]!.body).toMatchObject({ operationName: "Connections", variables: { from: "a", to: "b", maxLength: 4, first: 3, filter: null } });
  });

  it("renames the entity query's aliases back to kind and partOf", async () => {
    const raw = { __typename: "Event", id: "evt:x", name: "Expo", entityType: "EVENT", citations: [], eventKind: "EXPO", eventPartOf: null };
    const fake = new FakeFetch().answer({ json: { data: { entity: raw } } }, { json: { data: { entity: null } } });
    const details = await api(fake).entity("evt:x");
    expect(details).toMatchObject({ __typename: "Event", kind: "EXPO", partOf: null });
    expect(details).not.toHaveProperty("eventKind");
    expect(await api(fake).entity("nope")).toBeNull();
  });

  it("loads filter options (sectors and countries) in one request", async () => {
    const fake = new FakeFetch().answer({
      json: { data: { sectors: [{ id: "sec:space", name: "Space", nameFr: "Espace" }], places: [{ id: "place:jp", name: "Japan", kind: "COUNTRY" }] } },
    });
    const options = await api(fake).filterOptions();
    expect(options.sectors.map((s) => s.id)).toEqual(["sec:space"]);
    expect(options.countries.map((c) => c.id)).toEqual(["place:jp"]);
    expect(fake.requests[0]!.body.query).toContain("places(kind: COUNTRY)");
  });

  it("sends the timeline and aggregates filters", async () => {
    const fake = new FakeFetch().answer({ json: { data: { timeline: [] } } }, { json: { data: { aggregates: { entitiesByType: [] } } } });
    await api(fake).timeline({ from: "2020-01-01" }, 50);
    await api(fake).aggregates();
    expect(fake.requests[0]!.body.variables).toEqual({ filter: { from: "2020-01-01" }, first: 50 });
    expect(fake.requests[1]!.body.variables).toEqual({ filter: null });
  });
});

describe("filterOrNull", () => {
  it("drops empty lists and returns null for no restriction", () => {
    expect(filterOrNull(undefined)).toBeNull();
    expect(filterOrNull({ sectors: [], countries: [] })).toBeNull();
    expect(filterOrNull({ sectors: [], from: "2020-01-01" })).toEqual({ from: "2020-01-01" });
  });
});
