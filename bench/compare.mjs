// Builds the comparison tables from the machine-readable results of the last runs (no dependencies):
//   node bench/compare.mjs
// reads bench/results/{cypher-embedded,kuzu,graphql-engine,graphql-js,graphql-http}.json and writes
// bench/results/cypher-vs-kuzu.md and bench/results/graphql.md (each followed by cypher-notes.md / graphql-notes.md,
// the hand-written findings), the summary table of bench/README.md and the marked blocks of the top README.md
// (<!-- bench:NAME -->…<!-- /bench:NAME -->). A missing input skips its table.
//   node bench/compare.mjs --check
// writes nothing: it fails (exit 1), naming each file, when a file or block differs from what the results give, so
// the figures quoted in the READMEs cannot drift from bench/results (tests/run-all.sh runs it).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const results = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");
const repository = path.join(results, "..", "..");
const check = process.argv.includes("--check");
/** The files as the results give them, by path; written (or compared, with --check) at the end. */
const outputs = new Map();
const output = (file, text) => outputs.set(file, text);
/** The current text of a file, with the outputs already computed applied (several blocks may share a file). */
const current = (file) => outputs.get(file) ?? fs.readFileSync(file, "utf8");
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
  output(path.join(results, "cypher-vs-kuzu.md"), lines.join("\n"));
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
  output(path.join(results, "graphql.md"), lines.join("\n"));
}

/** The summary table of bench/README.md, between its figures markers. */
function readme() {
  const file = path.join(results, "..", "README.md");
  const text = current(file);
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
  output(file, text.slice(0, text.indexOf("\n", start) + 1) + rows.join("\n") + text.slice(end));
}

/**
 * Replaces the text between <!-- bench:NAME --> and <!-- /bench:NAME --> in a file; a file without the markers is left
 * alone. Inline, the closing marker ends the last line, so that the block can sit inside a Markdown paragraph.
 */
function block(file, name, lines, { inline = false } = {}) {
  const text = current(file);
  const open = `<!-- bench:${name} -->`, close = `<!-- /bench:${name} -->`;
  const start = text.indexOf(open), end = text.indexOf(close);
  if (start < 0 || end < start) return;
  output(file, text.slice(0, start + open.length) + "\n" + lines.join("\n") + (inline ? " " : "\n") + text.slice(end));
}

/** "YYYY-MM-DD HH:MM UTC" of a result file's date. */
const when = (report) => `${report.date.slice(0, 10)} ${report.date.slice(11, 16)} UTC`;

/** The lowest and highest 1-minute load average over the given figures, e.g. "36–48". */
function loadRange(figures) {
  const loads = figures.filter((f) => f && typeof f.loadAverage === "number").map((f) => f.loadAverage);
  if (loads.length === 0) return "–";
  const low = format(Math.min(...loads), 1), high = format(Math.max(...loads), 1);
  return low === high ? low : `${low}–${high}`;
}

/** The top README's Cypher engine benchmark: conditions and the table against Kuzu, all from the result files. */
function topReadmeCypher() {
  const ours = read("cypher-embedded");
  const kuzu = read("kuzu");
  if (!ours || !kuzu) return;
  const f = (report, key) => figure(report, key);
  const pair = (x) => (x ? `${micro(x.p50)} / ${micro(x.mean)}` : "–");
  const value = (x) => x?.value ?? "–";
  const figures = ["loadNodesPerSecond", "loadRelationshipsPerSecond", "lookup", "twoHop", "shortestPath", "memoryPerRelationshipAfterLoad", "memoryPerRelationshipAfterReopen", "reopenSeconds"];
  const kuzuVersion = /Kuzu (\d[\w.]*)/.exec(kuzu.conditions)?.[1] ?? "";
  block(path.join(repository, "README.md"), "cypher", [
    `On 100,000 nodes and 1,000,000 relationships against Kuzu ${kuzuVersion} on the same generated data (machine: ${ours.machine}). ` +
      `The engine's last run (${when(ours)}) was taken at a 1-minute load average of ${loadRange(figures.map((k) => f(ours, k)))}, ` +
      `Kuzu's (${when(kuzu)}) at ${loadRange(figures.map((k) => f(kuzu, k)))}: where they differ much, compare p50s.`,
    "",
    "| measure | embedded engine | Kuzu |",
    "| --- | ---: | ---: |",
    `| point lookup by indexed property, parameterised (p50 / mean) | ${pair(f(ours, "lookup"))} | ${pair(f(kuzu, "lookup"))} |`,
    `| 2-hop neighbourhood count (p50 / mean) | ${pair(f(ours, "twoHop"))} | ${pair(f(kuzu, "twoHop"))} |`,
    `| \`shortestPath\` ≤ 6 hops, random pairs (p50 / mean) | ${pair(f(ours, "shortestPath"))} | ${pair(f(kuzu, "shortestPath"))} |`,
    `| bulk load \`UNWIND $rows\`, nodes | ${value(f(ours, "loadNodesPerSecond"))} | ${value(f(kuzu, "loadNodesPerSecond"))} |`,
    `| bulk load \`UNWIND $rows\`, relationships | ${value(f(ours, "loadRelationshipsPerSecond"))} | ${value(f(kuzu, "loadRelationshipsPerSecond"))} |`,
    `| memory per relationship (engine: managed heap after load / after reopen; Kuzu: RSS growth after load) | ${value(f(ours, "memoryPerRelationshipAfterLoad"))} / ${value(f(ours, "memoryPerRelationshipAfterReopen"))} | ${value(f(kuzu, "rssPerRelationshipAfterLoad"))} |`,
    `| reopen until the first query answers | ${value(f(ours, "reopenSeconds"))} | ${value(f(kuzu, "reopenSeconds"))} |`,
  ]);
}

/** The top README's GraphQL engine benchmark: p50 and processor-time ratios against graphql-js, and the HTTP run. */
function topReadmeGraphql() {
  const ours = read("graphql-engine");
  const peer = read("graphql-js");
  const web = read("graphql-http");
  if (!ours || !peer || !web) return;
  const times = (key) => `${format(figure(peer, key).p50 / figure(ours, key).p50, 1)}×`;
  const keys = ["introspection", "threeLevels"].flatMap((q) => ["uncached", "cached", "cachedJson"].map((v) => `${q}.${v}`));
  const cpu = keys.map((k) => figure(peer, k).cpuPerOperation / figure(ours, k).cpuPerOperation);
  const target = (key) => web.targets.find((t) => t.key === key);
  const engine = target("engine"), one = target("peer"), two = target("peerCluster");
  const peerVersion = /graphql-js (\d[\w.]*)/.exec(peer.conditions)?.[1] ?? "";
  const ms = (microseconds) => `${format(microseconds / 1000, 2)} ms`;
  const x = (a, b) => `${format(a / b, 1)}×`;
  const lines = [
    `**Benchmarks** against graphql-js ${peerVersion} running the same schema, documents and data in Node, both run back to back ` +
      `(${when(ours)} and ${when(peer)}, 1-minute load average ${loadRange([...keys.map((k) => figure(ours, k)), ...keys.map((k) => figure(peer, k))])}; ` +
      `bench/results/graphql.md), p50 ratios: introspection query ${times("introspection.uncached")} (parse + validate + execute, ` +
      `${micro(figure(ours, "introspection.uncached").p50)} vs ${micro(figure(peer, "introspection.uncached").p50)}), ` +
      `${times("introspection.cached")} with the document cache, ${times("introspection.cachedJson")} including JSON; a 3-level query returning 1,000 ` +
      `objects ${times("threeLevels.uncached")} uncached, ${times("threeLevels.cached")} cached, ${times("threeLevels.cachedJson")} with JSON ` +
      `(processor-time ratios ${format(Math.min(...cpu), 1)}–${format(Math.max(...cpu), 1)}×).`,
  ];
  if (engine && one) {
    lines.push(
      `Over HTTP (bench/results/graphql-http.md, ${when(web)}, wrk with ${web.connections} connections on \`POST /graphql\` with a small cached query, ` +
        `the real server and its database against graphql-js behind \`graphql-http\`): ${format(engine.median.requestsPerSecond, 0)} vs ` +
        `${format(one.median.requestsPerSecond, 0)} requests/s against one Node process (${x(engine.median.requestsPerSecond, one.median.requestsPerSecond)})` +
        (two ? `, ${x(engine.median.requestsPerSecond, two.median.requestsPerSecond)} against two Node processes (one per core)` : "") +
        `, p50 ${ms(engine.median.p50)} vs ${ms(one.median.p50)}, ${format(engine.cpuMicrosecondsPerRequest, 0)} vs ` +
        `${format(one.cpuMicrosecondsPerRequest, 0)} µs of server CPU per request (${x(one.cpuMicrosecondsPerRequest, engine.cpuMicrosecondsPerRequest)}).`,
    );
  }
  block(path.join(repository, "README.md"), "graphql", lines);
}

/** The web client's figures (bench/client/bench.mjs): the top README's sentence and bench/README.md's summary. */
function client() {
  const run = read("client");
  if (!run) return;
  const { machine, data, draw, firstLoad } = run;
  const measured = `${run.measuredAt.slice(0, 10)} ${run.measuredAt.slice(11, 16)} UTC`;
  const load = `${format(machine.loadAverage1m.before, 1)} before, ${format(machine.loadAverage1m.after, 1)} after`;
  const kilobytes = `${format(firstLoad.jsGzip / 1024, 1)} KB`;
  const frame = `${format(draw.firstFrameMs.p50)} ms p50, ${format(draw.firstFrameMs.p90)} ms p90`;
  // Runs before the partners view (issue #14) measured the answer → frame of an ungrouped expansion only.
  const map = draw.mapMs ? `, and shown on the map in ${format(draw.mapMs.p50)} ms p50` : "";
  // Runs since Louvain moved to a web worker measure the communities' arrival apart from the first frame.
  const how = draw.colouredMs
    ? `from "Draw all" to the first frame with labels, communities found in ${format(draw.colouredMs.p50)} ms p50`
    : draw.mapMs
      ? `from "Draw all" to the first frame with labels and communities`
      : `from the answer's arrival to the first frame`;
  block(path.join(repository, "README.md"), "client", [
    `First load ${kilobytes} of JavaScript gzip (goal < 300 KB); a ${format(data.nodes)}-node / ${format(data.edges)}-edge neighbourhood is`,
    `drawn in headless Chromium in ${frame} ${how}${map} (${measured}, commit`,
    `${machine.gitCommit}, ${machine.cpus} cores at a 1-minute load average of ${load}; goal < 1 s, see [bench/results/client.md](bench/results/client.md));`,
  ], { inline: true });
  block(path.join(results, "..", "README.md"), "client", [
    `Figures and conditions: [results/client.md](results/client.md). Last run (${measured}, commit ${machine.gitCommit}, ${machine.cpus} cores,`,
    `1-minute load average ${load}): first frame of the ${format(data.nodes)}-node neighbourhood ${frame} (${how}; goal < 1 s)${map};`,
    `first-load JavaScript ${kilobytes} gzip (goal < 300 KB).`,
  ]);
}

/**
 * The HTTP API benchmark (bench/GraphExplorer.Benchmarks `api`): bench/README.md's table of the web client's and the
 * analyst's requests, seed graph beside the 100k-organisation graph, matched on the case the request stands for (the
 * quoted text and ids differ between the graphs).
 */
function api() {
  const seed = read("api-seed");
  const large = read("api-100k");
  if (!large) return;
  const caseOf = (request) => /^(.*?\([^\s()]+)/.exec(request.replace(/"[^"]*"/g, "").replace(/org:[\w-]+/g, ""))?.[1] ?? request;
  const ms = (value) => (value === null || value === undefined ? "–" : `${format(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ms`);
  const rows = large.figures.map((f) => {
    const small = seed?.figures.find((s) => caseOf(s.request) === caseOf(f.request));
    return `| ${f.request} | ${small ? ms(small.p50) : "–"} | **${ms(f.p50)}** | ${ms(f.p90)} / ${ms(f.p99)} | ${format(f.perSecond, f.perSecond < 10 ? 1 : 0)} | ${f.count} | ${format(f.loadAverage, 1)} |`;
  });
  block(path.join(results, "..", "README.md"), "api", [
    `Generated from [results/api-seed.json](results/api-seed.json) (run ${seed ? when(seed) : "–"}, 1-minute load ${seed ? loadRange(seed.figures) : "–"}) and`,
    `[results/api-100k.json](results/api-100k.json) (run ${when(large)}, 1-minute load ${loadRange(large.figures)} on 2 cores: at such loads wall-clock`,
    "latencies are many times the CPU cost, so compare p50s of runs at similar loads, and see the CPU times below).",
    "",
    "| request (the web client's or the analyst's document) | seed: p50 | 100k/1M: p50 | p90 / p99 | req/s | n | load |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ]);
}

/** Issue #15's bulk import (bench/import.mjs): bench/README.md's table of the engine's import-bulk beside Kuzu's COPY FROM, per size. */
function bulkImport() {
  const runs = ["import-1m", "import-10m"].map((name) => [name, read(name)]).filter(([, run]) => run);
  if (runs.length === 0) return;
  const mib = (bytes) => `${format(bytes / 2 ** 20)} MiB`;
  const rows = runs.map(([name, run]) => {
    const { engine, kuzu } = run.median;
    const loads = run.rounds.flatMap((r) => [r.engine.loadAverageBefore, r.kuzu.loadAverageBefore]);
    return `| ${format(run.data.nodes)} / ${format(run.data.relationships)} | **${format(engine.relationshipsPerSecond)}/s** (${format(engine.seconds, 2)} s; CPU ${format(engine.processCpuSeconds, 2)} s) | ${mib(engine.peakRssBytes)} | `
      + `**${format(kuzu.relationshipsPerSecond)}/s** (${format(kuzu.seconds, 2)} s; CPU ${format(kuzu.processCpuSeconds, 2)} s) | ${mib(kuzu.peakRssBytes)} | ${format(engine.relationshipsPerSecond / kuzu.relationshipsPerSecond, 2)}× | `
      + `${run.rounds.length} | ${format(Math.min(...loads), 1)}–${format(Math.max(...loads), 1)} | [${name}.md](results/${name}.md) (${when(run)}) |`;
  });
  block(path.join(results, "..", "README.md"), "import", [
    "| nodes / relationships | engine `import-bulk`: relationships/s (time; process CPU) | engine peak RSS | Kuzu `COPY FROM`: relationships/s (time; process CPU) | Kuzu peak RSS | engine / Kuzu | rounds | load | run |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ]);
}

cypherVsKuzu();
graphql();
readme();
topReadmeCypher();
topReadmeGraphql();
client();
api();
bulkImport();

const stale = [];
for (const [file, text] of outputs) {
  const name = path.relative(repository, file);
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
  if (check) {
    stale.push(name);
  } else {
    fs.writeFileSync(file, text);
    console.log(`written ${name}`);
  }
}
if (stale.length > 0) {
  console.error(`benchmark figures out of date with bench/results: ${stale.join(", ")} (run: node bench/compare.mjs)`);
  process.exit(1);
}
if (check) console.log(`benchmark figures: ${outputs.size} files agree with bench/results`);
