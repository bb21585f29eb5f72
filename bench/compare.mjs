// Builds the comparison tables from the machine-readable results of the last runs (no dependencies):
//   node bench/compare.mjs
// reads bench/results/{cypher-embedded,kuzu,graphql-engine,graphql-js,graphql-http}.json and writes
// bench/results/cypher-vs-kuzu.md and bench/results/graphql.md (each followed by cypher-notes.md / graphql-notes.md,
// the hand-written findings), and the summary table of bench/README.md. A missing input skips its table.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const results = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");
const read = (name) => {
  const file = path.join(results, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
};
const figure = (report, key) => report?.figures.find((f) => f.key === key) ?? null;
const format = (value, digits = 0) => (value === null || value === undefined || Number.isNaN(value) ? "–" : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const micro = (value) => (value === null || value === undefined ? "–" : value >= 1000 ? `${format(value / 1000, 2)} ms` : `${format(value, 1)} µs`);
const ratio = (peer, ours) => (peer && ours ? `${format(peer / ours, 2)}×` : "–");
const load = (f) => (f ? format(f.loadAverage, 1) : "–");

function cypherVsKuzu() {
  const ours = read("cypher-embedded");
  const kuzu = read("kuzu");
  if (!ours || !kuzu) return;
  const lines = [
    "# Embedded Cypher engine vs Kuzu",
    "",
    `Same generated graph and query inputs for both (see bench/README.md). Engine run: ${ours.date.slice(0, 16)} UTC; Kuzu run: ${kuzu.date.slice(0, 16)} UTC. Conditions in full: [cypher-embedded.md](cypher-embedded.md), [kuzu.md](kuzu.md).`,
    "",
    "## Queries (latency per query, lower is better; speed-up = Kuzu's time / the engine's time, above 1× means the engine is faster)",
    "",
    "| query | engine mean | engine p50 | Kuzu mean | Kuzu p50 | speed-up (mean) | speed-up (p50) | Kuzu 1 thread p50 | speed-up vs 1 thread (p50) | load avg (engine / Kuzu) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [key, label] of [["lookup", "point lookup (indexed id / primary key)"], ["twoHop", "2-hop count"], ["shortestPath", "shortest path ≤ 6 hops"]]) {
    const a = figure(ours, key), b = figure(kuzu, key), c = figure(kuzu, `${key}.threads1`);
    lines.push(`| ${label} | ${micro(a?.mean)} | ${micro(a?.p50)} | ${micro(b?.mean)} | ${micro(b?.p50)} | ${ratio(b?.mean, a?.mean)} | ${ratio(b?.p50, a?.p50)} | ${micro(c?.p50)} | ${ratio(c?.p50, a?.p50)} | ${load(a)} / ${load(b)} |`);
  }
  lines.push("", "## Load, memory, reopen", "", "| measure | engine | Kuzu | load avg (engine / Kuzu) |", "| --- | ---: | ---: | ---: |");
  const row = (label, a, b) => lines.push(`| ${label} | ${a?.value ?? "–"} | ${b?.value ?? "–"} | ${load(a)} / ${load(b)} |`);
  row("nodes, `UNWIND $rows` batches of 10,000", figure(ours, "loadNodesPerSecond"), figure(kuzu, "loadNodesPerSecond"));
  row("relationships, `UNWIND $rows MATCH … CREATE` batches of 10,000 (Kuzu: 1,000, time-bounded; see kuzu.md)", figure(ours, "loadRelationshipsPerSecond"), figure(kuzu, "loadRelationshipsPerSecond"));
  row("nodes, Kuzu `COPY FROM` CSV (no equivalent in the engine)", null, figure(kuzu, "copyNodesPerSecond"));
  row("relationships, Kuzu `COPY FROM` CSV (no equivalent in the engine)", null, figure(kuzu, "copyRelationshipsPerSecond"));
  row("memory per relationship (engine: managed heap after reopen; Kuzu: RSS growth after load)", figure(ours, "memoryPerRelationshipAfterReopen"), figure(kuzu, "rssPerRelationshipAfterLoad"));
  row("on disk", figure(ours, "diskBytes"), figure(kuzu, "diskBytes"));
  row("reopen until the first query answers", figure(ours, "reopenSeconds"), figure(kuzu, "reopenSeconds"));
  lines.push("", "## Same answers", "", "| check | engine | Kuzu | equal |", "| --- | ---: | ---: | --- |");
  for (const name of Object.keys(ours.checks)) {
    if (name in kuzu.checks) lines.push(`| \`${name}\` | ${ours.checks[name]} | ${kuzu.checks[name]} | ${String(ours.checks[name]) === String(kuzu.checks[name]) ? "yes" : "**no**"} |`);
  }
  lines.push("");
  const notesFile = path.join(results, "cypher-notes.md");
  if (fs.existsSync(notesFile)) lines.push(fs.readFileSync(notesFile, "utf8"));
  fs.writeFileSync(path.join(results, "cypher-vs-kuzu.md"), lines.join("\n"));
  console.log("written bench/results/cypher-vs-kuzu.md");
}

function graphql() {
  const ours = read("graphql-engine");
  const peer = read("graphql-js");
  if (!ours || !peer) return;
  const lines = [
    "# GraphQL engine vs graphql-js",
    "",
    `Same schema, documents and data for both (see bench/graphql/README.md). Engine run: ${ours.date.slice(0, 16)} UTC; graphql-js run: ${peer.date.slice(0, 16)} UTC. Conditions in full: [graphql-engine.md](graphql-engine.md), [graphql-js.md](graphql-js.md). Goal (issue #3): at least 3× graphql-js's throughput.`,
    "",
    "Throughput is sequential requests per second on one thread (1 / mean latency); the p50 ratio is less sensitive to the shared machine's noise. CPU per request is the processor time of the whole process (every thread, GC included) divided by the requests: it barely changes when other work takes the cores, so its ratio is the fairest on a loaded machine.",
    "",
    "| workload | engine req/s | graphql-js req/s | ratio (mean) | engine p50 | graphql-js p50 | ratio (p50) | ≥ 3× (p50) | engine CPU/request | graphql-js CPU/request | ratio (CPU) | load avg (engine / graphql-js) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const [query, label] of [["introspection", "introspection query"], ["threeLevels", "3-level query, 1,000 objects"]]) {
    for (const [mode, modeLabel] of [["uncached", "uncached (parse + validate + execute)"], ["cached", "document cache (execute)"], ["cachedJson", "document cache + JSON"]]) {
      const a = figure(ours, `${query}.${mode}`), b = figure(peer, `${query}.${mode}`);
      const p50Ratio = a && b ? b.p50 / a.p50 : null;
      lines.push(`| ${label}, ${modeLabel} | ${format(a?.perSecond)} | ${format(b?.perSecond)} | ${ratio(a?.perSecond, b?.perSecond)} | ${micro(a?.p50)} | ${micro(b?.p50)} | ${p50Ratio === null ? "–" : `${format(p50Ratio, 2)}×`} | ${p50Ratio === null ? "–" : p50Ratio >= 3 ? "yes" : "no"} | ${micro(a?.cpuPerOperation)} | ${micro(b?.cpuPerOperation)} | ${ratio(b?.cpuPerOperation, a?.cpuPerOperation)} | ${load(a)} / ${load(b)} |`);
    }
  }
  lines.push("", "## Where the time goes (each stage timed on its own, p50)", "", "| workload | stage | engine p50 | graphql-js p50 | ratio (p50) |", "| --- | --- | ---: | ---: | ---: |");
  for (const [query, label] of [["introspection", "introspection query"], ["threeLevels", "3-level query"]]) {
    for (const phase of ["parse", "validate", "execute", "json"]) {
      const a = figure(ours, `${query}.phase.${phase}`), b = figure(peer, `${query}.phase.${phase}`);
      lines.push(`| ${label} | ${phase} | ${micro(a?.p50)} | ${micro(b?.p50)} | ${ratio(b?.p50, a?.p50)} |`);
    }
  }
  lines.push("", "## Same answers", "", "| check | engine | graphql-js | equal |", "| --- | --- | --- | --- |");
  for (const name of Object.keys(ours.checks)) {
    if (name in peer.checks) lines.push(`| \`${name}\` | ${ours.checks[name]} | ${peer.checks[name]} | ${String(ours.checks[name]) === String(peer.checks[name]) ? "yes" : "no"} |`);
  }
  const web = read("graphql-http");
  if (web) {
    const engine = web.targets.find((t) => t.key === "engine");
    lines.push(
      "",
      "## HTTP: requests per second for a small cached query",
      "",
      `\`POST /graphql\` with \`${web.query}\`, \`wrk -t1 -c${web.connections} -d${web.duration}s\`, ${web.rounds} interleaved rounds (median round shown). Run ${web.date.slice(0, 16)} UTC; conditions in full: [graphql-http.md](graphql-http.md).`,
      "",
      "| server | requests/s | p50 | p99 | ratio (engine / this, req/s) | ≥ 3× | server CPU/request | ratio (this / engine, CPU) | load avg |",
      "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    );
    for (const t of web.targets) {
      const r = t === engine ? null : engine.median.requestsPerSecond / t.median.requestsPerSecond;
      const cpu = t.cpuMicrosecondsPerRequest;
      lines.push(`| ${t.label} | ${format(t.median.requestsPerSecond)} | ${micro(t.median.p50)} | ${micro(t.median.p99)} | ${r === null ? "–" : `${format(r, 2)}×`} | ${r === null ? "–" : r >= 3 ? "yes" : "no"} | ${micro(cpu)} | ${t === engine || !cpu ? "–" : ratio(cpu, engine.cpuMicrosecondsPerRequest)} | ${format(t.median.loadAverage, 1)} |`);
    }
  }
  lines.push("");
  const notesFile = path.join(results, "graphql-notes.md");
  if (fs.existsSync(notesFile)) lines.push(fs.readFileSync(notesFile, "utf8"));
  fs.writeFileSync(path.join(results, "graphql.md"), lines.join("\n"));
  console.log("written bench/results/graphql.md");
}

/** The summary table of bench/README.md, between its figures markers. */
function readme() {
  const file = path.join(results, "..", "README.md");
  const text = fs.readFileSync(file, "utf8");
  const start = text.indexOf("<!-- figures:start");
  const end = text.indexOf("<!-- figures:end -->");
  if (start < 0 || end < 0) return;
  const ours = read("cypher-embedded"), kuzu = read("kuzu"), engine = read("graphql-engine"), peer = read("graphql-js");
  const rows = [
    "",
    "| figure | engine | peer | load avg (engine / peer) |",
    "| --- | ---: | ---: | ---: |",
  ];
  const latency = (f) => (f ? `${micro(f.mean)} mean, ${micro(f.p50)} p50` : "–");
  const add = (label, a, b, show) => rows.push(`| ${label} | ${show(a)} | ${show(b)} | ${load(a)} / ${load(b)} |`);
  const value = (f) => f?.value ?? "–";
  if (ours) {
    rows.push(`| **Cypher, 100k nodes / 1M relationships** (peer: Kuzu, default threads) | ${ours.date.slice(0, 16)} | ${kuzu?.date.slice(0, 16) ?? "–"} | |`);
    add("bulk load, nodes, `UNWIND $rows` (rows/s)", figure(ours, "loadNodesPerSecond"), figure(kuzu, "loadNodesPerSecond"), value);
    add("bulk load, relationships, `UNWIND $rows` (rows/s)", figure(ours, "loadRelationshipsPerSecond"), figure(kuzu, "loadRelationshipsPerSecond"), value);
    add("bulk load, relationships, Kuzu `COPY FROM` (rows/s)", null, figure(kuzu, "copyRelationshipsPerSecond"), value);
    add("point lookup, indexed, parameterised", figure(ours, "lookup"), figure(kuzu, "lookup"), latency);
    add("2-hop count", figure(ours, "twoHop"), figure(kuzu, "twoHop"), latency);
    add("shortest path ≤ 6 hops", figure(ours, "shortestPath"), figure(kuzu, "shortestPath"), latency);
    add("memory per relationship (engine: heap after reopen; Kuzu: RSS growth)", figure(ours, "memoryPerRelationshipAfterReopen"), figure(kuzu, "rssPerRelationshipAfterLoad"), value);
    add("reopen until the first query answers", figure(ours, "reopenSeconds"), figure(kuzu, "reopenSeconds"), value);
  }
  if (engine) {
    rows.push(`| **GraphQL** (peer: graphql-js; requests/s, one thread) | ${engine.date.slice(0, 16)} | ${peer?.date.slice(0, 16) ?? "–"} | |`);
    const perSecond = (f) => (f ? `${format(f.perSecond)}/s (p50 ${micro(f.p50)}, CPU ${micro(f.cpuPerOperation)})` : "–");
    for (const [query, label] of [["introspection", "introspection"], ["threeLevels", "3-level, 1,000 objects"]]) {
      add(`${label}, uncached`, figure(engine, `${query}.uncached`), figure(peer, `${query}.uncached`), perSecond);
      add(`${label}, document cache`, figure(engine, `${query}.cached`), figure(peer, `${query}.cached`), perSecond);
    }
  }
  const web = read("graphql-http");
  if (web) {
    const engine = web.targets.find((t) => t.key === "engine");
    const peerTarget = web.targets.find((t) => t.key === "peer");
    rows.push(`| **GraphQL over HTTP**, small cached query (peer: graphql-js + graphql-http, 1 process; wrk, ${web.connections} connections) | ${web.date.slice(0, 16)} | ${web.date.slice(0, 16)} | |`);
    const show = (t) => (t ? `${format(t.median.requestsPerSecond)}/s (p50 ${micro(t.median.p50)}, CPU ${micro(t.cpuMicrosecondsPerRequest)})` : "–");
    rows.push(`| requests/s, \`POST /graphql\` | ${show(engine)} | ${show(peerTarget)} | ${engine ? format(engine.median.loadAverage, 1) : "–"} / ${peerTarget ? format(peerTarget.median.loadAverage, 1) : "–"} |`);
  }
  rows.push("", "Comparisons in full: [results/cypher-vs-kuzu.md](results/cypher-vs-kuzu.md), [results/graphql.md](results/graphql.md).", "");
  fs.writeFileSync(file, text.slice(0, text.indexOf("\n", start) + 1) + rows.join("\n") + text.slice(end));
  console.log("updated bench/README.md");
}

cypherVsKuzu();
graphql();
readme();
