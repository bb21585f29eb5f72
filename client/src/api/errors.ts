// Every failure of a GraphQL call becomes one ApiError with a kind; the UI turns the kind into a translated
// message (i18n keys `error.<kind>`) and shows the server's own words, if any, as details.

/**
 * - `unreachable`: no HTTP answer at all (server down, network cut, CORS).
 * - `timeout`: no answer within the client's time limit.
 * - `refused`: the server answered but would not run the query (HTTP 400/422, validation, depth or cost limits).
 * - `graphql`: the query ran and reported errors (e.g. unknown id).
 * - `server`: the server failed (HTTP 5xx) or is overloaded (429/503).
 * - `malformed`: the answer was not a GraphQL response.
 */
export type ApiErrorKind = "unreachable" | "timeout" | "refused" | "graphql" | "server" | "malformed";

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The server's messages, shown under the translated message. */
  readonly details: readonly string[];
  readonly status: number | null;
  readonly operation: string;

  constructor(kind: ApiErrorKind, operation: string, details: readonly string[], status: number | null = null) {
    super(`${operation}: ${kind}${details.length > 0 ? ` (${details.join("; ")})` : ""}`);
    this.name = "ApiError";
    this.kind = kind;
    this.details = details;
    this.status = status;
    this.operation = operation;
  }
}

/** Error codes that mean "the server would not run this query" rather than "the query failed". */
const REFUSAL_CODES = /VALIDATION|PARSE|SYNTAX|COMPLEX|DEPTH|COST|LIMIT|BAD_USER_INPUT|BAD_REQUEST/i;

export function describeGraphQLError(error: GraphQLErrorEntry): string {
  const at = error.locations?.[0];
  const where = at ? ` (line ${at.line}, column ${at.column})` : "";
  const path = error.path && error.path.length > 0 ? ` [${error.path.join(".")}]` : "";
  return `${error.message}${where}${path}`;
}

/** Classifies an answer that carried GraphQL errors: refused (the query never ran) or failed while running. */
export function classifyGraphQLErrors(errors: readonly GraphQLErrorEntry[], hasData: boolean, status: number): ApiErrorKind {
  if (status === 400 || status === 422) return "refused";
  if (!hasData) {
    const refusal = errors.some((e) => typeof e.extensions?.["code"] === "string" && REFUSAL_CODES.test(e.extensions["code"]));
    // Without data and without a path, no field was executed: the document was rejected before execution.
    if (refusal || errors.every((e) => e.path === undefined)) return "refused";
  }
  return "graphql";
}

/** Maps an HTTP status without a usable GraphQL body to a kind. */
export function classifyStatus(status: number): ApiErrorKind {
  if (status === 429 || status >= 500) return "server";
  if (status >= 400) return "refused";
  return "malformed";
}
