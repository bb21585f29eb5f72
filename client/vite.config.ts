/// <reference types="vitest/config" />
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
    chunkSizeWarningLimit: 600,
  },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.ts"],
  },
});
