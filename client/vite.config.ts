/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The GraphQL server the dev and preview servers forward /graphql to (the ASP.NET Core host in development).
const serverUrl = process.env.GRAPHEXPLORER_SERVER_URL ?? "http://127.0.0.1:5080";
const proxy = { "/graphql": { target: serverUrl, changeOrigin: true } };

export default defineConfig({
  // Relative asset URLs, so the built client works wherever the server mounts client/dist.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // GraphiQL bundles the Monaco editor (several MB, loaded only by graphiql.html); the explorer stays far below.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // Two pages: the explorer, and the GraphQL IDE the server shows browsers at /graphql. Neither imports the
      // other's entry, so the explorer's chunks never include React, GraphiQL or Monaco.
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        graphiql: fileURLToPath(new URL("graphiql.html", import.meta.url)),
        // The printable briefing pack (src/briefing), which the server also prints to PDF.
        briefing: fileURLToPath(new URL("briefing.html", import.meta.url)),
      },
      // GraphiQL's dependencies mark React server-component boundaries ("use client"); meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.ts"],
  },
});
