// Peer benchmark: graphql-js (npm `graphql`) running the same schema (the application's schema.graphql), documents
// (bench/graphql/) and in-memory data (bench/graphql/README.md) as the GraphQL engine benchmark
// (`dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- graphql`). Writes bench/results/graphql-js.md/.json.
//
//   cd bench/peers/graphql-js && npm ci && node bench.mjs [--budget 15] [--dump DIR]
//
// One request at a time: "uncached" is parse + validate (graphql-js's specifiedRules) + execute; "cached" looks the
// validated document up in a Map by query text (what a server's parser/validation cache does) and executes it;
// "+ JSON" adds JSON.stringify of the result.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, execute, parse, validate, version } from "graphql";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "..", "..", "..");
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
};
const output = option("--out", path.join(repository, "bench", "results", "graphql-js.md"));
const budgetSeconds = Number(option("--budget", 15));

const sdl = fs.readFileSync(path.join(repository, "src", "GraphExplorer.Application", "Api", "schema.graphql"), "utf8");
const introspection = fs.readFileSync(path.join(repository, "bench", "graphql", "introspection-query.graphql"), "utf8");
const threeLevels = fs.readFileSync(path.join(repository, "bench", "graphql", "three-levels.graphql"), "utf8");

// The data of bench/graphql/README.md.
const organisations = Array.from({ length: 100 }, (_, i) => ({
  id: `org:${i}`,
  name: `Organisation ${i}`,
  kind: ["UNIVERSITY", "COMPANY", "GOVERNMENT_AGENCY"][i % 3],
  entityType: "ORGANIZATION",
  agreements: [],
}));
organisations.forEach((organisation, i) => {
  for (let j = 0; j < 10; j++) {
    organisation.agreements.push({
      id: `agr:${i}-${j}`,
      title: `Agreement ${i}-${j}`,
      name: `Agreement ${i}-${j}`,
      kind: "MOU",
      status: "signed",
      entityType: "AGREEMENT",
      parties: Array.from({ length: 10 }, (_, k) => ({ role: `party ${k}`, party: organisations[(i * 7 + j * 3 + k) % 100] })),
    });
  }
});
const connection = (items, args) => ({ nodes: items.slice(0, args.first), totalCount: items.length });

const schema = buildSchema(sdl);
schema.getQueryType().getFields().organizations.resolve = (_source, args) => connection(organisations, args);
schema.getType("Organization").getFields().agreements.resolve = (source, args) => connection(source.agreements, args);
const resolveType = (value) => (value.entityType === "ORGANIZATION" ? "Organization" : value.entityType === "AGREEMENT" ? "Agreement" : undefined);
schema.getType("Entity").resolveType = resolveType;
schema.getType("Node").resolveType = resolveType;

const loadAverages = () => (fs.existsSync("/proc/loadavg") ? fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "n/a");
const loadAverage = () => Number(loadAverages().split(" ")[0]);
const now = () => process.hrtime.bigint();
const format = (value, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cpuModel = os.cpus()[0]?.model ?? "unknown CPU";

const figures = [];
const checks = {};
const check = (name, value) => { checks[name] = value; console.log(`check ${name} = ${value}`); };

async function measure(key, label, warmup, operation, seconds = budgetSeconds) {
  for (let i = 0; i < warmup; i++) await operation();
  const samples = [];
  // Processor time of the whole process (main thread and V8's GC / compiler threads) per repetition: hardly affected
  // when other work on the shared machine takes the cores, unlike wall-clock latency.
  const cpuBefore = process.cpuUsage();
  const deadline = now() + BigInt(Math.round(seconds * 1e9));
  for (let i = 0; i < 200000 && (i === 0 || now() < deadline); i++) {
    const started = now();
    const result = operation();
    if (result && typeof result.then === "function") await result;
    samples.push(Number(now() - started) / 1000);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerOperation = (cpu.user + cpu.system) / samples.length;
  const sorted = [...samples].sort((a, b) => a - b);
  const percentile = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const figure = { key, measure: label, value: `${format(mean, 1)} µs`, unit: "µs", mean, p50: percentile(50), p90: percentile(90), p99: percentile(99), perSecond: 1e6 / mean, iterations: samples.length, loadAverage: loadAverage(), cpuPerOperation };
  figures.push(figure);
  console.log(`${label}: ${figure.value} (p50 ${format(figure.p50, 1)} µs, p99 ${format(figure.p99, 1)} µs, CPU ${format(cpuPerOperation, 1)} µs, n=${samples.length})  [load ${figure.loadAverage}]`);
}

const conditions = `Schema: the application's \`src/GraphExplorer.Application/Api/schema.graphql\` (\`buildSchema\`, resolvers attached to the fields the query needs); documents from \`bench/graphql/\`; in-memory data as described in \`bench/graphql/README.md\`. graphql-js ${version}, Node ${process.version}, ${os.cpus().length} cores (${cpuModel}). Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; load average at start ${loadAverages()}. One request at a time; "uncached" = parse + validate (specifiedRules) + execute; "cached" = Map lookup of the validated document + execute; "+ JSON" adds JSON.stringify.`;

for (const [name, query, variableValues] of [["introspection", introspection, undefined], ["threeLevels", threeLevels, { first: 10 }]]) {
  const label = name === "introspection" ? "introspection query (graphql-js `getIntrospectionQuery()`)" : "3-level query, 1,000 objects";
  const cache = new Map();
  const uncached = () => {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    return execute({ schema, document, variableValues });
  };
  const cached = () => {
    let document = cache.get(query);
    if (document === undefined) {
      document = parse(query);
      const errors = validate(schema, document);
      if (errors.length > 0) throw errors[0];
      cache.set(query, document);
    }
    return execute({ schema, document, variableValues });
  };

  let result = await uncached();
  if (result.errors) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
  const json = JSON.stringify(result);
  const dump = option("--dump", null);
  if (dump) {
    fs.mkdirSync(dump, { recursive: true });
    fs.writeFileSync(path.join(dump, `${name}.graphql-js.json`), json);
  }
  check(`${name}.jsonLength`, json.length);
  check(`${name}.jsonSha256`, crypto.createHash("sha256").update(json, "utf8").digest("hex").slice(0, 16));

  await measure(`${name}.uncached`, `${label}, uncached (parse + validate + execute)`, 200, uncached);
  await measure(`${name}.cached`, `${label}, document cache (execute)`, 200, cached);
  await measure(`${name}.cachedJson`, `${label}, document cache + JSON`, 200, () => {
    const value = cached();
    return value && typeof value.then === "function" ? value.then((r) => JSON.stringify(r)) : JSON.stringify(value);
  });

  // Phases on their own (a stopwatch per stage), to show where the time goes.
  const document = parse(query);
  const response = execute({ schema, document, variableValues });
  await measure(`${name}.phase.parse`, `${label}: phase parse`, 200, () => { parse(query); }, 5);
  await measure(`${name}.phase.validate`, `${label}: phase validate`, 200, () => { validate(schema, document); }, 5);
  await measure(`${name}.phase.execute`, `${label}: phase execute`, 200, () => execute({ schema, document, variableValues }), 5);
  await measure(`${name}.phase.json`, `${label}: phase JSON`, 200, () => { JSON.stringify(response); }, 5);
}

const notes = ["Throughput (ops/s) is 1 / mean latency of sequential requests; the machine is shared, so read it with the load average."];
const markdown = [
  "# graphql-js (peer) benchmarks",
  "",
  conditions,
  "",
  "| measure | value (mean) | p50 | p90 | p99 | ops/s | CPU per op (process) | n | load avg (1 min) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...figures.map((f) => `| ${f.measure} | ${f.value} | ${format(f.p50, 1)} µs | ${format(f.p90, 1)} µs | ${format(f.p99, 1)} µs | ${format(f.perSecond)} | ${f.cpuPerOperation === undefined ? "" : `${format(f.cpuPerOperation, 1)} µs`} | ${f.iterations} | ${f.loadAverage.toFixed(2)} |`),
  "",
  "Result checks (JSON of the response, to compare with the engine's):",
  "",
  ...Object.entries(checks).map(([key, value]) => `- \`${key}\` = ${value}`),
  "",
  ...notes.map((note) => `- ${note}`),
  "",
].join("\n");
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, markdown);
fs.writeFileSync(output.replace(/\.md$/, ".json"), JSON.stringify({ title: "graphql-js (peer) benchmarks", conditions, date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${cpuModel}, Node ${process.version}`, figures, checks, notes }, null, 2) + "\n");
console.log(`written to ${output}`);
