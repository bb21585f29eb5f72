// Example queries for analysts, opened in the server's GraphQL IDE at /graphql (GraphiQL reads `?query=`).

import type { MessageKey } from "../i18n/i18n";

export interface ExampleQuery {
  title: MessageKey;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: "ide.example.search",
    query: `{
  search(text: "JAXA", first: 10) {
    score
    matched
    entity { id name entityType }
  }
}`,
  },
  {
    title: "ide.example.neighbourhood",
    query: `{
  neighbourhood(id: "org:jaxa", depth: 1, limit: 50) {
    truncated
    nodes { id label entityType kind date }
    edges { source target label citations { quote source { title publisher publishedDate url } } }
  }
}`,
  },
  {
    title: "ide.example.agreements",
    query: `{
  agreements(first: 20, where: { kind_in: [MOU], signedDate: { gte: "2020-01-01" } },
             orderBy: [{ field: SIGNED_DATE, direction: DESC }]) {
    totalCount
    nodes { id title signedDate parties { party { name } role } }
  }
}`,
  },
  {
    title: "ide.example.paths",
    query: `{
  paths(from: "org:jaxa", to: "org:cnes", maxLength: 4) {
    length
    nodes { id label entityType }
    edges { source target label }
  }
}`,
  },
  {
    title: "ide.example.timeline",
    query: `{
  timeline(filter: { from: "2024-01-01" }, first: 50) {
    date type kind title
    entity { id name }
  }
}`,
  },
];

export function ideLink(endpoint: string, query?: string): string {
  return query === undefined ? endpoint : `${endpoint}?query=${encodeURIComponent(query)}`;
}
