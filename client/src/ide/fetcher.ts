// The IDE's fetcher: GraphQL over HTTP to the page's own /graphql (POST JSON), asking for the spec's media type first.
// Written here rather than taken from @graphiql/toolkit, whose fetcher treats any response that is not
// application/json (the spec's application/graphql-response+json included) as a multipart stream.

import type { Fetcher, FetcherParams, FetcherOpts } from "@graphiql/toolkit";
import { Kind, parse } from "graphql";

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
      body: JSON.stringify({ query: params.query, variables: params.variables ?? undefined, operationName: operationNameFor(params.query, params.operationName) }),
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

/**
 * The operation name to send with `query`. GraphiQL can pass the previous tab's operation name when a query is run
 * right after switching tabs (its editor state catches up a moment later), which the server rightly refuses as an
 * unknown operation. A name the document does not define is therefore replaced: by the document's only operation,
 * or left out when there are several (the server then asks for one by name). A document that does not parse is sent
 * as it is, so the server reports where it fails.
 */
export function operationNameFor(query: string, operationName: string | null | undefined): string | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  } catch {
    return operationName ?? undefined;
  }
  if (operationName && names.includes(operationName)) return operationName;
  return names.length === 1 ? names[0] : undefined;
}
