import { describe, expect, it } from "vitest";
import { createIdeFetcher, IDE_ACCEPT, operationNameFor } from "../../src/ide/fetcher";

describe("IDE fetcher", () => {
  it("posts the operation as JSON to the endpoint, accepting the GraphQL response media type first", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ data: { sectors: [] } }), { status: 200, headers: { "Content-Type": "application/graphql-response+json" } });
    }) as unknown as typeof fetch;

    const fetcher = createIdeFetcher("http://host/graphql", fakeFetch);
    const result = await fetcher({ query: "{ sectors { id } }", operationName: null }, {});

    expect(result).toEqual({ data: { sectors: [] } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("http://host/graphql");
    expect(calls[0]?.init.method).toBe("POST");
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get("accept")).toBe(IDE_ACCEPT);
    expect(headers.get("content-type")).toContain("application/json");
    expect(JSON.parse(String(calls[0]?.init.body))).toMatchObject({ query: "{ sectors { id } }" });
  });

  it("shows a request error's GraphQL body (a 400 in the spec's media type) as the result", async () => {
    const fakeFetch = (async () => new Response(JSON.stringify({ errors: [{ message: "Cannot query field \"x\"" }] }),
      { status: 400, headers: { "Content-Type": "application/graphql-response+json" } })) as unknown as typeof fetch;
    const result = await createIdeFetcher("http://host/graphql", fakeFetch)({ query: "{ x }", operationName: null }, {});
    expect(result).toEqual({ errors: [{ message: "Cannot query field \"x\"" }] });
  });
});

describe("IDE fetcher on a failure that is not GraphQL", () => {
  it("reports the status and the start of the body as one error", async () => {
    const fakeFetch = (async () => new Response("Bad gateway", { status: 502, statusText: "Bad Gateway" })) as unknown as typeof fetch;
    const result = await createIdeFetcher("http://host/graphql", fakeFetch)({ query: "{ x }", operationName: null }, {});
    expect(result).toEqual({ errors: [{ message: "The server answered 502 Bad Gateway without a GraphQL result: Bad gateway" }] });
  });
});

describe("operation name sent", () => {
  it("keeps a name the document defines", () => {
    expect(operationNameFor("query A { a } query B { b }", "B")).toBe("B");
  });

  it("replaces a name left over from another tab by the document's only operation", () => {
    expect(operationNameFor("query Paths { paths(from: \"a\", to: \"b\") { length } }", "Search")).toBe("Paths");
    expect(operationNameFor("{ sectors { id } }", "Search")).toBeUndefined();
  });

  it("leaves out an unknown name when the document has several operations, and sends an unparsable document's name as given", () => {
    expect(operationNameFor("query A { a } query B { b }", "C")).toBeUndefined();
    expect(operationNameFor("query A {", "A")).toBe("A");
    expect(operationNameFor("query A {", null)).toBeUndefined();
  });
});
