// Example queries for analysts, one per feature of the explorer. The client's "Example queries" menu links to them
// and the GraphQL IDE (graphiql.html, served at /graphql to browsers) opens them as its first tabs. Each operation is
// named, because GraphiQL titles a tab by its operation name.
//
// Links to the IDE carry the query in the fragment (`/graphql#query=…`), never in `?query=`: a browser GET of
// /graphql?query=… is a GraphQL request the server executes (GraphQL over HTTP), while the fragment never reaches the
// server, so /graphql#query=… always gets the IDE page, which reads the fragment and opens the query in a new tab.

import type { MessageKey } from "../i18n/i18n";

export interface ExampleQuery {
  title: MessageKey;
  query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: "ide.example.search",
    query: `query Search {
  search(text: "JAXA", first: 10) {
    score
    matched
    entity { id name entityType }
  }
}`,
  },
  {
    title: "ide.example.entity",
    query: `query EntityDetails {
  entity(id: "org:jaxa") {
    id
    name
    entityType
    inferred inferenceNote
    citations { quote inferred source { title publisher publisherInferred published { iso note } url } }
    ... on Organization {
      kind
      aliases
      country { name }
      sectors { name }
      agreements(first: 20) {
        totalCount
        nodes { id title kind signed { iso precision text note } parties { party { name } role inferred inferenceNote } }
      }
    }
  }
}`,
  },
  {
    title: "ide.example.neighbourhood",
    query: `query Neighbourhood {
  neighbourhood(id: "org:jaxa", depth: 1, limit: 50) {
    truncated
    nodes { id label entityType kind start { iso precision qualifier } inferred sourceCount }
    edges { source target label inferred inferenceNote citations { quote source { title publisher published { iso } url } } }
  }
}`,
  },
  {
    title: "ide.example.agreements",
    query: `query RecentMoUs {
  # A date comparison holds for every day the date stands for: an agreement known only to the month or year counts
  # when all of it is on or after the day given. An MoU whose other side the source does not name says so in
  # counterpartyNote; aggregate covers the whole filtered list, not only this page.
  agreements(first: 20, where: { kind: { in: [MOU] }, signed: { gte: "2020-01-01" } },
             orderBy: [{ field: SIGNED_DATE, direction: DESC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title signed { iso precision note } counterpartyNote parties { party { name } role } }
    aggregate { signed { earliest { iso } latest { iso } } groups(by: [SIGNED_YEAR]) { key count } }
  }
}`,
  },
  {
    title: "ide.example.paths",
    query: `query Paths {
  paths(from: "org:jaxa", to: "org:chambre-de-commerce-luxembourg", maxLength: 4) {
    length
    nodes { id label entityType }
    edges { source target label }
  }
}`,
  },
  {
    title: "ide.example.timeline",
    query: `query Timeline {
  timeline(filter: { from: "2024-01-01", dateMatch: OVERLAP }, first: 50) {
    start { iso precision qualifier text note } end { iso } type kind title
    entity { id name }
  }
}`,
  },
  {
    title: "ide.example.aggregates",
    query: `query Aggregates {
  aggregates {
    entitiesByType { key label count }
    agreementsByKind { key label count }
    agreementsByYear { key label count }
    bySector { key label count }
    byCountry { key label count }
  }
}`,
  },
];

/** The fragment key the IDE page reads its prefilled query from. */
export const IDE_QUERY_KEY = "query";

/** A link that opens the GraphQL IDE at `endpoint`, with `query` in a new tab when given. */
export function ideLink(endpoint: string, query?: string): string {
  return query === undefined ? endpoint : `${endpoint}#${IDE_QUERY_KEY}=${encodeURIComponent(query)}`;
}

/** The query a link made by {@link ideLink} carries in `hash` (location.hash, with or without "#"), if any. */
export function queryFromIdeHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const query = params.get(IDE_QUERY_KEY);
  return query === null || query.trim() === "" ? undefined : query;
}
