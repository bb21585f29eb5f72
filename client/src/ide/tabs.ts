// What the IDE opens with. A query a link carried in the fragment (`#query=…`) is opened: in a new tab next to the
// saved ones, or (first visit) as the first tab before the examples. Without one, GraphiQL restores the saved tabs,
// or on a first visit shows one tab per example query.

import type { GraphiQLProps } from "graphiql";
import { EXAMPLE_QUERIES, queryFromIdeHash } from "../ui/examples";

type TabDefinitions = NonNullable<GraphiQLProps["defaultTabs"]>;

export interface IdeStart {
  /** The query to open, from `#query=…`; undefined keeps GraphiQL's saved tabs (or the default ones). */
  initialQuery: string | undefined;
  /** The tabs of a first visit (nothing saved yet). */
  defaultTabs: TabDefinitions;
}

export function ideStart(hash: string): IdeStart {
  const initialQuery = queryFromIdeHash(hash);
  const examples: TabDefinitions = EXAMPLE_QUERIES.map((example) => ({ query: example.query }));
  return {
    initialQuery,
    defaultTabs: initialQuery === undefined ? examples : [{ query: initialQuery }, ...examples],
  };
}
