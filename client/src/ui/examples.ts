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
    citations { quote source { title publisher publishedDate url } }
    ... on Organization {
      kind
      aliases
      country { name }
      sectors { name }
      agreements(first: 20) {
        totalCount
        nodes { id title kind signedDate parties { party { name } role } }
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
    nodes { id label entityType kind date }
    edges { source target label citations { quote source { title publisher publishedDate url } } }
  }
}`,
  },
  {
    title: "ide.example.agreements",
    query: `query RecentMoUs {
  agreements(first: 20, where: { kind_in: [MOU], signedDate: { gte: "2020-01-01" } },
             orderBy: [{ field: SIGNED_DATE, direction: DESC }]) {
    totalCount
    nodes { id title signedDate parties { party { name } role } }
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
  timeline(filter: { from: "2024-01-01" }, first: 50) {
    date type kind title
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
