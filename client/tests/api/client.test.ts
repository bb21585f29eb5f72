import { describe, expect, it } from "vitest";
import { GraphQLClient, operationNameOf } from "../../src/api/client";
import { ApiError } from "../../src/api/errors";
import { SEARCH_QUERY } from "../../src/api/queries";
import { FakeFetch } from "./fake-fetch";

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("GraphQLClient request shape", () => {
  it("POSTs JSON with the query, operation name and only the variables that are set", async () => {
    const fake = new FakeFetch().answer({ json: { data: { search: [] } } });
    const client = new GraphQLClient({ endpoint: "/graphql", fetch: fake.fetch });
    await client.request(SEARCH_QUERY, { text: "JAXA", types: undefined, first: 5 });
    const [request] = fake.requests;
    expect(request!.url).toBe("/graphql");
    expect(request!.init.method).toBe("POST");
    const headers = request!.init.headers as Record<string, string>;
    expect(headers["Content-Type"]).toBe("application/json");
    expect(headers["Accept"]).toContain("application/graphql-response+json");
    expect(request!.body).toEqual({ query: SEARCH_QUERY, operationName: "Search", variables: { text: "JAXA", first: 5 } });
  });

  it("sends the headers it was made with beside its own", async () => {
    const fake = new FakeFetch().answer({ json: { data: { search: [] } } });
    await new GraphQLClient({ fetch: fake.fetch, headers: { "X-GraphExplorer-Print-Ticket": "t1" } }).request(SEARCH_QUERY, { text: "x" });
    const headers = fake.requests[0]!.init.headers as Record<string, string>;
    expect(headers["X-GraphExplorer-Print-Ticket"]).toBe("t1");
    expect(headers["Content-Type"]).toBe("application/json");
  });

  it("returns the data of a successful answer", async () => {
    const fake = new FakeFetch().answer({ json: { data: { search: [{ score: 1 }] } } });
    const data = await new GraphQLClient({ fetch: fake.fetch }).request<{ search: unknown[] }>(SEARCH_QUERY, { text: "x" });
    expect(data.search).toEqual([{ score: 1 }]);
  });

  it("names the operation of a document", () => {
    expect(operationNameOf("query Paths($a: ID!) { x }")).toBe("Paths");
    expect(() => operationNameOf("{ x }")).toThrow(/named operation/);
  });
});

describe("GraphQLClient error mapping", () => {
  const client = (fake: FakeFetch, timeoutMs = 1000) => new GraphQLClient({ fetch: fake.fetch, timeoutMs });

  it("maps a network failure to unreachable", async () => {
    const error = await failure(client(new FakeFetch().answer(new TypeError("Failed to fetch"))).request(SEARCH_QUERY));
    expect(error.kind).toBe("unreachable");
    expect(error.operation).toBe("Search");
  });

  it("maps no answer in time to timeout", async () => {
    const error = await failure(client(new FakeFetch().answer("hang"), 20).request(SEARCH_QUERY));
    expect(error.kind).toBe("timeout");
  });

  it("passes a caller's cancellation through as a plain abort, not an ApiError", async () => {
    const controller = new AbortController();
    const promise = client(new FakeFetch().answer("hang")).request(SEARCH_QUERY, {}, controller.signal);
    controller.abort();
    await expect(promise).rejects.toSatisfy((e: unknown) => !(e instanceof ApiError));
  });

  it("maps a 400 with GraphQL errors to refused, with the server's messages and positions", async () => {
    const fake = new FakeFetch().answer({
      status: 400,
      json: { errors: [{ message: "Cannot query field \"nme\" on type \"Entity\".", locations: [{ line: 3, column: 5 }] }] },
    });
    const error = await failure(client(fake).request(SEARCH_QUERY));
    expect(error.kind).toBe("refused");
    expect(error.details).toEqual(['Cannot query field "nme" on type "Entity". (line 3, column 5)']);
    expect(error.status).toBe(400);
  });

  it("maps errors without data and with a limit code to refused even on HTTP 200", async () => {
    const fake = new FakeFetch().answer({ json: { errors: [{ message: "Query too deep", extensions: { code: "MAX_DEPTH_EXCEEDED" } }] } });
    expect((await failure(client(fake).request(SEARCH_QUERY))).kind).toBe("refused");
  });

  it("maps execution errors (with a path) to graphql", async () => {
    const fake = new FakeFetch().answer({ json: { data: { entity: null }, errors: [{ message: "Unknown id", path: ["entity"] }] } });
    const error = await failure(client(fake).request(SEARCH_QUERY));
    expect(error.kind).toBe("graphql");
    expect(error.details).toEqual(["Unknown id [entity]"]);
  });

  it("maps 5xx and 429 to server", async () => {
    expect((await failure(client(new FakeFetch().answer({ status: 503, text: "busy" })).request(SEARCH_QUERY))).kind).toBe("server");
    expect((await failure(client(new FakeFetch().answer({ status: 429, json: {} })).request(SEARCH_QUERY))).kind).toBe("server");
    const withErrors = new FakeFetch().answer({ status: 500, json: { errors: [{ message: "boom" }] } });
    expect((await failure(client(withErrors).request(SEARCH_QUERY))).kind).toBe("server");
  });

  it("maps a non-GraphQL answer to malformed", async () => {
    expect((await failure(client(new FakeFetch().answer({ text: "<html>hello</html>" })).request(SEARCH_QUERY))).kind).toBe("malformed");
    expect((await failure(client(new FakeFetch().answer({ json: { data: null } })).request(SEARCH_QUERY))).kind).toBe("malformed");
    expect((await failure(client(new FakeFetch().answer({ json: [1, 2] })).request(SEARCH_QUERY))).kind).toBe("malformed");
  });

  it("maps a 404 page to refused", async () => {
    expect((await failure(client(new FakeFetch().answer({ status: 404, text: "Not found" })).request(SEARCH_QUERY))).kind).toBe("refused");
  });
});
