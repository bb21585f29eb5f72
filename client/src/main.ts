// Entry point: starts the explorer in #app against the GraphQL endpoint (same origin, /graphql, unless
// VITE_GRAPHQL_URL says otherwise at build time).

import "./styles.css";
import { GraphQLClient } from "./api/client";
import { ExplorerApi } from "./api/explorer-api";
import { App } from "./ui/app";

const root = document.getElementById("app");
if (root) {
  const endpoint = (import.meta.env["VITE_GRAPHQL_URL"] as string | undefined) ?? "/graphql";
  const app = new App({ api: new ExplorerApi(new GraphQLClient({ endpoint })), root });
  app.start().catch((error: unknown) => {
    root.append(Object.assign(document.createElement("p"), { role: "alert", textContent: `GraphExplorer could not start: ${String(error)}` }));
  });
}
