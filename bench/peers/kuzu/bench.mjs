// Peer benchmark: Kuzu (npm `kuzu`, an embedded C++ graph database) on the graph of the embedded Cypher engine
// benchmark (bench/GraphExplorer.Benchmarks), loaded from the same CSV files and queried with the same inputs
// (workload.json), in Kuzu's Cypher dialect. Writes bench/results/kuzu.md and kuzu.json.
//
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- generate   # once: writes the CSV files
//   cd bench/peers/kuzu && npm ci && node --expose-gc bench.mjs [--nodes 100000] [--relationships 1000000] [--data DIR] [--unwind-budget 30] [--unwind-relationship-batch 1000] [--threads default,1]
//
// Queries run one at a time through prepared statements with the synchronous API (`executeSync`, results read
// with `getAllSync`), so that neither plan compilation nor the libuv thread-pool hop of the async API is timed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import kuzu from "kuzu";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "..", "..", "..");
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
};
const nodes = Number(option("--nodes", 100000));
const relationships = Number(option("--relationships", 1000000));
const data = option("--data", path.join(os.tmpdir(), `graphexplorer-bench-data-${nodes}-${relationships}`));
const unwindBudgetSeconds = Number(option("--unwind-budget", 30));
// Kuzu's UNWIND … MATCH … CREATE takes minutes per 10,000 rows on this graph, so relationships go in smaller batches.
const unwindRelationshipBatch = Number(option("--unwind-relationship-batch", 1000));
// Query thread settings to measure: "default" (Kuzu's own, all cores) and/or numbers for setMaxNumThreadForExec.
const threadSettings = option("--threads", "default,1").split(",");
const output = option("--out", path.join(repository, "bench", "results", "kuzu.md"));

const workloadFile = path.join(data, "workload.json");
if (!fs.existsSync(workloadFile)) {
  console.error(`No generated graph in ${data}: run, from the repository root,\n  dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- generate --nodes ${nodes} --relationships ${relationships}`);
  process.exit(2);
}
const workload = JSON.parse(fs.readFileSync(workloadFile, "utf8"));
const ids = workload.LookupIds;
const pairs = workload.ShortestPairs;

const loadAverages = () => fs.existsSync("/proc/loadavg") ? fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "n/a";
const loadAverage = () => Number(loadAverages().split(" ")[0]);
const now = () => process.hrtime.bigint();
const microsSince = (start) => Number(now() - start) / 1000;
const gc = () => { if (global.gc) { global.gc(); global.gc(); } };
const format = (value, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const folderBytes = (folder) => {
  if (!fs.existsSync(folder)) return 0;
  const stat = fs.statSync(folder);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(folder).reduce((sum, entry) => sum + folderBytes(path.join(folder, entry)), 0);
};
const cpuModel = os.cpus()[0]?.model ?? "unknown CPU";

const figures = [];
const checks = {};
const notes = [];
const addValue = (key, measure, value, unit, digits = 0) => {
  const figure = { key, measure, value: `${format(value, digits)} ${unit}`, unit, mean: value, p50: null, p90: null, p99: null, perSecond: null, iterations: null, loadAverage: loadAverage() };
  figures.push(figure);
  console.log(`${measure}: ${figure.value}  [load ${figure.loadAverage}]`);
};
const addLatency = (key, measure, samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const percentile = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const figure = { key, measure, value: `${format(mean, 1)} µs`, unit: "µs", mean, p50: percentile(50), p90: percentile(90), p99: percentile(99), perSecond: 1e6 / mean, iterations: samples.length, loadAverage: loadAverage() };
  figures.push(figure);
  console.log(`${measure}: ${figure.value} (p50 ${format(figure.p50, 1)} µs, p99 ${format(figure.p99, 1)} µs, n=${samples.length})  [load ${figure.loadAverage}]`);
};
const check = (name, value) => { checks[name] = value; console.log(`check ${name} = ${value}`); };

/** Warm-up, then individually timed runs until `iterations` or the budget is spent (at least one). */
const measure = (warmup, iterations, budgetSeconds, operation) => {
  for (let i = 0; i < warmup; i++) operation(i);
  const samples = [];
  const deadline = now() + BigInt(Math.round(budgetSeconds * 1e9));
  for (let i = 0; i < iterations && (i === 0 || now() < deadline); i++) {
    const started = now();
    operation(warmup + i);
    samples.push(microsSince(started));
  }
  return samples;
};

const rows = (connection, statement, params) => connection.executeSync(statement, params).getAllSync();
const schema = [
  "CREATE NODE TABLE Org(id INT64, name STRING, kind STRING, PRIMARY KEY(id))",
  "CREATE REL TABLE PARTNER(FROM Org TO Org, since INT64)",
];
const lookupQuery = "MATCH (n:Org {id: $id}) RETURN n.name AS name";
const twoHopQuery = "MATCH (n:Org {id: $id})-[:PARTNER]->()-[:PARTNER]->(m) RETURN count(m) AS c";
const shortestQuery = "MATCH (a:Org {id: $a}), (b:Org {id: $b}) MATCH p = (a)-[:PARTNER* SHORTEST 1..6]-(b) RETURN length(p) AS l";
const csv = (file) => path.join(data, file).replaceAll("'", "\\'");

const conditions = `Graph: the same generated graph as the embedded engine's benchmark (${format(nodes)} \`Org\` nodes with \`id\` as primary key, ${format(relationships)} \`PARTNER\` relationships, from ${data}); query inputs from its workload.json. Kuzu ${kuzu.VERSION ?? "?"} (npm \`kuzu\`), Node ${process.version}, default database options (buffer pool: 80% of RAM, compression on) and default thread count (${os.cpus().length} cores: ${cpuModel}). Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; load average at start ${loadAverages()}. One query at a time on one connection through prepared statements and the synchronous API; latencies include reading all result rows into JavaScript objects.`;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "graphexplorer-bench-kuzu-"));
try {
  const databasePath = path.join(scratch, "db");
  const memoryBefore = process.memoryUsage().rss;
  let database = new kuzu.Database(databasePath);
  let connection = new kuzu.Connection(database);
  for (const statement of schema) connection.querySync(statement);

  // Bulk load, Kuzu's native path: COPY FROM the CSV files.
  let started = now();
  connection.querySync(`COPY Org FROM '${csv("nodes.csv")}' (HEADER=true)`);
  let seconds = microsSince(started) / 1e6;
  addValue("copyNodesPerSecond", "bulk load, nodes (`COPY Org FROM` the CSV file)", nodes / seconds, "rows/s");
  started = now();
  connection.querySync(`COPY PARTNER FROM '${csv("relationships.csv")}' (HEADER=true)`);
  seconds = microsSince(started) / 1e6;
  addValue("copyRelationshipsPerSecond", "bulk load, relationships (`COPY PARTNER FROM` the CSV file)", relationships / seconds, "rows/s");
  connection.querySync("CHECKPOINT");

  gc();
  addValue("rssPerRelationshipAfterLoad", "process RSS growth after load / relationships (includes Kuzu's buffer pool pages)", (process.memoryUsage().rss - memoryBefore) / relationships, "bytes");
  check("afterLoad.nodes", Number(connection.querySync("MATCH (n:Org) RETURN count(n) AS c").getAllSync()[0].c));
  check("afterLoad.relationships", Number(connection.querySync("MATCH ()-[r:PARTNER]->() RETURN count(r) AS c").getAllSync()[0].c));

  const lookup = connection.prepareSync(lookupQuery);
  const twoHop = connection.prepareSync(twoHopQuery);
  const shortest = connection.prepareSync(shortestQuery);
  for (const statement of [lookup, twoHop, shortest]) {
    if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
  }

  started = now();
  rows(connection, connection.prepareSync(lookupQuery + " "), { id: ids[0] });
  addValue("lookupFirstRunMicroseconds", "point lookup, first run (prepare + run)", microsSince(started), "µs");

  let found = 0, twoHopSum = 0, pathsFound = 0, pathLengthSum = 0;
  for (const id of ids.slice(0, 1000)) found += rows(connection, lookup, { id }).length;
  for (const id of ids.slice(0, 200)) twoHopSum += Number(rows(connection, twoHop, { id })[0].c);
  for (const [a, b] of pairs.slice(0, 50)) {
    const result = rows(connection, shortest, { a, b });
    pathsFound += result.length;
    pathLengthSum += result.reduce((sum, row) => sum + Number(row.l), 0);
  }
  check("lookup.first1000.rowsFound", found);
  check("twoHop.first200.sumOfCounts", twoHopSum);
  check("shortest.first50.pathsFound", pathsFound);
  check("shortest.first50.sumOfLengths", pathLengthSum);

  for (const threads of threadSettings) {
    const suffix = threads === "default" ? "" : `.threads${threads}`;
    const label = threads === "default" ? "" : ` [${threads} thread${threads === "1" ? "" : "s"} per query]`;
    if (threads !== "default") connection.setMaxNumThreadForExec(Number(threads));
    addLatency("lookup" + suffix, "point lookup by primary key, parameterised, prepared" + label, measure(2000, 20000, 30, (i) => rows(connection, lookup, { id: ids[i % ids.length] })));
    addLatency("twoHop" + suffix, "2-hop neighbourhood count (outgoing, `count(m)`)" + label, measure(100, 2000, 30, (i) => rows(connection, twoHop, { id: ids[i % ids.length] })));
    addLatency("shortestPath" + suffix, "shortest path up to 6 hops (`-[* SHORTEST 1..6]-`), undirected, random pairs" + label, measure(5, 200, 60, (i) => {
      const [a, b] = pairs[i % pairs.length];
      return rows(connection, shortest, { a, b });
    }));
  }

  connection.closeSync();
  database.closeSync();
  addValue("diskBytes", "database folder on disk", folderBytes(databasePath) / 1048576, "MiB", 1);

  started = now();
  database = new kuzu.Database(databasePath);
  connection = new kuzu.Connection(database);
  connection.querySync("MATCH (n:Org {id: 1}) RETURN n.name AS name").getAllSync();
  addValue("reopenSeconds", "reopen (`new Database(path)`) until the first query answers", microsSince(started) / 1e6, "s", 2);
  check("afterReopen.relationships", Number(connection.querySync("MATCH ()-[r:PARTNER]->() RETURN count(r) AS c").getAllSync()[0].c));
  connection.closeSync();
  database.closeSync();

  // The engine's load path, for a like-for-like rate: UNWIND $rows batches of 10,000 rows into a fresh database.
  const unwindPath = path.join(scratch, "unwind");
  database = new kuzu.Database(unwindPath);
  connection = new kuzu.Connection(database);
  for (const statement of schema) connection.querySync(statement);
  const readCsv = (file) => fs.readFileSync(path.join(data, file), "utf8").trimEnd().split("\n").slice(1).map((line) => line.split(","));
  const nodeRows = readCsv("nodes.csv").map(([id, name, kind]) => ({ id: Number(id), name, kind }));
  const relationshipRows = readCsv("relationships.csv").map(([s, t, since]) => ({ s: Number(s), t: Number(t), since: Number(since) }));
  const createNodes = connection.prepareSync("UNWIND $rows AS row CREATE (:Org {id: row.id, name: row.name, kind: row.kind})");
  const createRelationships = connection.prepareSync("UNWIND $rows AS row MATCH (a:Org {id: row.s}), (b:Org {id: row.t}) CREATE (a)-[:PARTNER {since: row.since}]->(b)");
  started = now();
  for (let start = 0; start < nodeRows.length; start += 10000) {
    connection.executeSync(createNodes, { rows: nodeRows.slice(start, start + 10000) });
  }
  seconds = microsSince(started) / 1e6;
  addValue("loadNodesPerSecond", "bulk load, nodes (`UNWIND $rows … CREATE`, 10,000 rows per transaction)", nodes / seconds, "rows/s");
  started = now();
  let done = 0;
  for (let start = 0; start < relationshipRows.length && microsSince(started) / 1e6 < unwindBudgetSeconds; start += unwindRelationshipBatch) {
    const batch = relationshipRows.slice(start, start + unwindRelationshipBatch);
    connection.executeSync(createRelationships, { rows: batch });
    done += batch.length;
  }
  seconds = microsSince(started) / 1e6;
  addValue("loadRelationshipsPerSecond", `bulk load, relationships (\`UNWIND $rows MATCH (a),(b) CREATE (a)-[…]->(b)\`, ${format(unwindRelationshipBatch)} rows per transaction${done < relationships ? `; first ${format(done)} rows, stopped by the ${unwindBudgetSeconds} s budget` : ""})`, done / seconds, "rows/s");
  connection.closeSync();
  database.closeSync();
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

notes.push(`Queries: lookup \`${lookupQuery}\`; 2-hop \`${twoHopQuery}\`; shortest path \`${shortestQuery}\`.`);
notes.push("Kuzu is disk-based with a buffer pool: its memory figure is process RSS growth, not comparable one-to-one with the embedded engine's managed heap (everything in memory); the disk size is given too.");
const markdown = [
  "# Kuzu (peer) benchmarks",
  "",
  conditions,
  "",
  "| measure | value (mean) | p50 | p90 | p99 | ops/s | n | load avg (1 min) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...figures.map((f) => `| ${f.measure} | ${f.value} | ${f.p50 === null ? "" : format(f.p50, 1) + " µs"} | ${f.p90 === null ? "" : format(f.p90, 1) + " µs"} | ${f.p99 === null ? "" : format(f.p99, 1) + " µs"} | ${f.perSecond === null ? "" : format(f.perSecond)} | ${f.iterations ?? ""} | ${f.loadAverage.toFixed(2)} |`),
  "",
  "Result checks (must equal the embedded engine's on the same data):",
  "",
  ...Object.entries(checks).map(([name, value]) => `- \`${name}\` = ${value}`),
  "",
  ...notes.map((note) => `- ${note}`),
  "",
].join("\n");
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, markdown);
fs.writeFileSync(output.replace(/\.md$/, ".json"), JSON.stringify({ title: "Kuzu (peer) benchmarks", conditions, date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${cpuModel}, Node ${process.version}`, figures, checks, notes }, null, 2) + "\n");
console.log(`written to ${output}`);
// Exit at once: letting Node tear down with Kuzu objects still awaiting finalisation has crashed (SIGSEGV) after
// the results were written.
process.exit(0);
