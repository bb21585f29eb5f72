// GraphQL-over-HTTP transport: POST application/json to the endpoint, one operation per request.
// All failures surface as ApiError (see errors.ts); callers never see a raw fetch or JSON error.

import { ApiError, classifyGraphQLErrors, classifyStatus, describeGraphQLError, type GraphQLErrorEntry } from "./errors";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphQLClientOptions {
  endpoint?: string;
  fetch?: FetchLike;
  /** Milliseconds before a request is abandoned with a `timeout` error. */
  timeoutMs?: number;
  /** Headers sent with every request besides the content type and Accept (e.g. the briefing printer's ticket). */
  headers?: Record<string, string>;
}

export interface GraphQLRequest {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

/** Extracts the operation name of a document with exactly one named operation. */
export function operationNameOf(document: string): string {
  const match = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document);
  if (!match?.[1]) throw new Error("GraphQL document has no named operation");
  return match[1];
}

/** Drops undefined variables so the request states only what the caller set (absent = schema default). */
function definedOnly(variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(variables)) if (value !== undefined) out[key] = value;
  return out;
}

export class GraphQLClient {
  readonly endpoint: string;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly headers: Record<string, string>;

  constructor(options: GraphQLClientOptions = {}) {
    this.endpoint = options.endpoint ?? "/graphql";
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.headers = options.headers ?? {};
  }

  /** Sends one operation. `signal` lets a caller cancel a superseded request (e.g. type-ahead). */
  async request<T>(document: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    const operationName = operationNameOf(document);
    const body: GraphQLRequest = { query: document, operationName, variables: definedOnly(variables) };

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException("timeout", "TimeoutError")), this.timeoutMs);
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onCallerAbort, { once: true });

    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: "POST",
        headers: {
          ...this.headers,
          "Content-Type": "application/json",
          Accept: "application/graphql-response+json, application/json;q=0.9",
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error; // the caller cancelled: not a failure to report
      const timedOut = controller.signal.aborted;
      throw new ApiError(timedOut ? "timeout" : "unreachable", operationName, []);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onCallerAbort);
    }

    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw new ApiError(classifyStatus(response.status), operationName, [`HTTP ${response.status}`], response.status);
    }
    if (typeof payload !== "object" || payload === null || !("data" in payload || "errors" in payload)) {
      throw new ApiError(classifyStatus(response.status), operationName, [`HTTP ${response.status}`], response.status);
    }

    const { data, errors } = payload as { data?: T | null; errors?: GraphQLErrorEntry[] };
    if (Array.isArray(errors) && errors.length > 0) {
      const hasData = data !== undefined && data !== null;
      const kind = response.status >= 500 ? "server" : classifyGraphQLErrors(errors, hasData, response.status);
      throw new ApiError(kind, operationName, errors.map(describeGraphQLError), response.status);
    }
    if (!response.ok) throw new ApiError(classifyStatus(response.status), operationName, [`HTTP ${response.status}`], response.status);
    if (data === undefined || data === null) throw new ApiError("malformed", operationName, ["no data"], response.status);
    return data;
  }
}
