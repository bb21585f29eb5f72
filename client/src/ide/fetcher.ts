// The IDE's fetcher: GraphQL over HTTP to the page's own /graphql (POST JSON), asking for the spec's media type first.
// Written here rather than taken from @graphiql/toolkit, whose fetcher treats any response that is not
// application/json (the spec's application/graphql-response+json included) as a multipart stream.

import type { Fetcher, FetcherParams, FetcherOpts } from "@graphiql/toolkit";

export const IDE_ACCEPT = "application/graphql-response+json, application/json";

/**
 * A fetcher posting `{ query, variables, operationName }` to `url`. Any response with a GraphQL JSON body is the
 * result, whatever its status (a 400 carries the request's errors); anything else becomes one error naming the
 * status, so the result pane always says what happened.
 */
export function createIdeFetcher(url: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Fetcher {
  return async (params: FetcherParams, options?: FetcherOpts) => {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: { ...(options?.headers ?? {}), Accept: IDE_ACCEPT, "Content-Type": "application/json" },
      body: JSON.stringify({ query: params.query, variables: params.variables ?? undefined, operationName: params.operationName ?? undefined }),
    });
    const text = await response.text();
    try {
      const body: unknown = JSON.parse(text);
      if (body !== null && typeof body === "object" && ("data" in body || "errors" in body)) return body;
    } catch {
      // Not JSON: reported below.
    }
    return { errors: [{ message: `The server answered ${response.status} ${response.statusText} without a GraphQL result: ${text.slice(0, 200)}` }] };
  };
}
