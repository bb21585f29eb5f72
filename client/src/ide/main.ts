// Entry of graphiql.html, the GraphQL IDE the server shows browsers at /graphql. Its own chunks: nothing here is
// imported by the explorer (index.html), so the explorer's bundle does not carry React, GraphiQL or Monaco.

import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./ide.css";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { createIdeFetcher } from "./fetcher";
import { ideStart } from "./tabs";

// The server shows this page at the GraphQL endpoint itself, so its own path is where queries go (same origin, no
// CORS); opened as graphiql.html (Vite's dev server, a static preview) it posts to /graphql.
const configured = import.meta.env["VITE_GRAPHQL_URL"] as string | undefined;
const ownPath = window.location.pathname;
const endpoint = new URL(configured ?? (ownPath.endsWith(".html") ? "/graphql" : ownPath), window.location.href).toString();
const start = ideStart(window.location.hash);
if (start.initialQuery !== undefined) {
  // Opened once: a reload restores the saved tabs instead of adding the linked query again.
  history.replaceState(history.state, "", window.location.pathname + window.location.search);
}

const container = document.getElementById("graphiql");
if (container === null) throw new Error("graphiql.html has no #graphiql element.");
createRoot(container).render(
  createElement(GraphiQL, {
    fetcher: createIdeFetcher(endpoint),
    initialQuery: start.initialQuery,
    defaultTabs: start.defaultTabs,
    defaultEditorToolsVisibility: false,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  },
  // In place of GraphiQL's muted logo (below WCAG AA contrast): the way back to the explorer.
  createElement(GraphiQL.Logo, null,
    createElement("a", { href: "./", className: "ide-home-link" }, "GraphExplorer"))),
);
