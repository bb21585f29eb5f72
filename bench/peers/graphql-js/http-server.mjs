// Peer HTTP server: graphql-js (npm `graphql`) behind graphql-http's `createHandler` on node:http, serving the
// application's schema (src/GraphExplorer.Application/Api/schema.graphql) at POST /graphql, for the HTTP figure of
// issue #3 (driven by bench/graphql/http/run.mjs, which runs the same load against the explorer's own server).
//
//   node http-server.mjs [--port 5078] [--document-cache] [--workers 1]
//
// Data: the organisations of bench/graphql/README.md plus the seed organisation the small query asks for
// (`org:jaxa`, "Japan Aerospace Exploration Agency"), in a Map; `node`/`entity` look ids up in it.
// --document-cache: parse + validate a query text once and reuse the document (what the explorer's server does with
// its DocumentCache), through graphql-http's `onSubscribe` hook; without it graphql-http parses and validates every
// request. --workers N: N processes sharing the port (node:cluster); Node runs one event loop per process.
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { createHandler } from "graphql-http/lib/use/http";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "..", "..", "..");
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
};
const port = Number(option("--port", 5078));
const workers = Number(option("--workers", 1));
const documentCache = process.argv.includes("--document-cache");

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers)) worker.kill();
    process.exit(0);
  });
} else {
  serve();
}

function serve() {
  const sdl = fs.readFileSync(path.join(repository, "src", "GraphExplorer.Application", "Api", "schema.graphql"), "utf8");
  const schema = buildSchema(sdl);

  const entities = new Map();
  const organisation = (id, name, kind) => ({ id, name, kind, entityType: "ORGANIZATION", citations: [], aliases: [] });
  for (let i = 0; i < 100; i++) {
    entities.set(`org:${i}`, organisation(`org:${i}`, `Organisation ${i}`, ["UNIVERSITY", "COMPANY", "GOVERNMENT_AGENCY"][i % 3]));
  }
  entities.set("org:jaxa", organisation("org:jaxa", "Japan Aerospace Exploration Agency", "GOVERNMENT_AGENCY"));

  const query = schema.getQueryType().getFields();
  query.entity.resolve = (_source, args) => entities.get(args.id) ?? null;
  query.node.resolve = (_source, args) => entities.get(args.id) ?? null;
  const resolveType = (value) => (value.entityType === "ORGANIZATION" ? "Organization" : undefined);
  schema.getType("Entity").resolveType = resolveType;
  schema.getType("Node").resolveType = resolveType;

  const documents = new Map();
  const handler = createHandler({
    schema,
    onSubscribe: documentCache
      ? (_request, params) => {
          let document = documents.get(params.query);
          if (document === undefined) {
            document = parse(params.query);
            const errors = validate(schema, document);
            if (errors.length > 0) return errors;
            documents.set(params.query, document);
          }
          return { schema, document, operationName: params.operationName, variableValues: params.variables };
        }
      : undefined,
  });

  http
    .createServer((request, response) => {
      if (request.url.startsWith("/graphql")) handler(request, response);
      else response.writeHead(404).end();
    })
    .listen(port, "127.0.0.1", () => console.log(`graphql-js ${documentCache ? "with" : "without"} document cache listening on http://127.0.0.1:${port}/graphql (pid ${process.pid})`));
}
