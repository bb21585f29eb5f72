// Web client benchmark (issues #5, #14): how long headless Chromium takes to draw a 2,000-node neighbourhood with
// community colouring on (the hub's neighbours first offered by kind, then all drawn), to show them on the map, and
// how much JavaScript the explorer's first load ships (gzip).
//
// Serves the built client (client/dist) on a loopback port together with a /graphql that answers the client's own
// operations from generated data, so the page runs its real drawing path: the search box → the neighbourhood request
// → the merge into the model with the layout (ForceAtlas2) → sigma's WebGL frame. The client records User Timing
// marks at each step (client/src/graph/marks.ts); each run opens a fresh page, turns "Colour by community" on,
// chooses the generated hub (whose 1,999 neighbours are offered by kind: answer → first frame), draws them all
// ("Draw all": click → first frame with labels, then the communities from the worker), then opens the Map tab (click → markers drawn). A benchmark, not a test: nothing is asserted, the figures go to bench/results/client.{md,json}.
//
//   (cd client && npm ci && npm run build)
//   (cd bench/client && npm ci && node bench.mjs)      # [--runs 10] [--nodes 2000] [--edges 4000] [--chromium PATH]
//   node bench.mjs --report ../results/client.json     # rewrites client.md from a saved result, measuring nothing

import { createServer } from "node:http";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, "..", "..");
const dist = join(repository, "client", "dist");
const resultsFolder = join(repository, "bench", "results");

const options = parseArguments(process.argv.slice(2));
const MARKS = readMarks();

// ---- generated neighbourhood ------------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32), so every run and every machine draws the same graph. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUB = "org:bench-hub";
const SECTORS = Array.from({ length: 12 }, (_, i) => ({ id: `sector:s${i}`, name: `Sector ${i}`, nameFr: `Secteur ${i}` }));
const COUNTRIES = Array.from({ length: 8 }, (_, i) => ({ id: `place:c${i}`, name: `Country ${i}`, kind: "COUNTRY" }));
const SOURCE = { id: "src:bench", title: "Generated article", publisher: "Bench", publisherInferred: false, publisherNote: null, published: null, updated: null, dateNote: null, language: "en", url: null };
/** Places with coordinates, so the map has markers (a gazetteer's centres, as the API gives `GraphNode.location`). */
const PLACES = Array.from({ length: 40 }, (_, i) => ({ place: `place:p${i}`, placeName: `Place ${i}`, placeNames: { en: null, fr: null, ja: null }, latitude: -50 + (i * 37) % 100, longitude: -170 + (i * 83) % 340 }));

function partialDate(iso) {
  return { value: iso, precision: "DAY", qualifier: null, iso, text: null, note: null, earliest: iso, latest: iso };
}

/**
 * The hub and `nodes - 1` neighbours of mixed kinds, each joined to the hub (depth 1), plus edges between neighbours
 * up to `edges` in all; every edge cites one source, as the server's do.
 */
function neighbourhood(nodeCount, edgeCount) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const kinds = [
    ["ORGANIZATION", ["COMPANY", "UNIVERSITY", "GOVERNMENT_AGENCY", "CLUSTER"]],
    ["AGREEMENT", ["MOU", "LETTER_OF_INTENT", "COOPERATION_AGREEMENT"]],
    ["EVENT", ["TRADE_MISSION", "BUSINESS_FORUM", "EXPO"]],
    ["PERSON", [null]],
    ["PLACE", ["CITY", "REGION"]],
  ];
  const common = { names: { en: null, fr: null, ja: null }, inferred: false, inferenceNote: null, sourceCount: 1, end: null };
  const nodes = [{ ...common, id: HUB, label: "Bench Hub Agency", entityType: "ORGANIZATION", kind: "GOVERNMENT_AGENCY", start: null, sectors: [SECTORS[0].id], countries: [COUNTRIES[0].id], degree: nodeCount - 1, location: PLACES[0] }];
  for (let i = 1; i < nodeCount; i++) {
    const [entityType, subkinds] = pick(kinds);
    const dated = entityType === "AGREEMENT" || entityType === "EVENT";
    const year = 2000 + Math.floor(next() * 26);
    nodes.push({
      ...common,
      id: `bench:${i}`,
      label: `${entityType.toLowerCase()} ${i}`,
      entityType,
      kind: pick(subkinds),
      start: dated ? partialDate(`${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`) : null,
      location: entityType === "PERSON" ? null : pick(PLACES),
      sectors: entityType === "PERSON" || entityType === "PLACE" ? [] : [pick(SECTORS).id],
      countries: entityType === "PERSON" ? [] : [pick(COUNTRIES).id],
      degree: 1 + Math.floor(next() * 12),
    });
  }
  const edge = (id, source, target) => ({
    id, source, target, type: "PARTICIPATED_IN", label: "participated in", role: null, since: null, until: null, asOf: null,
    inferred: false, inferenceNote: null,
    citations: [{ quote: `Generated sentence ${id}.`, inferred: false, inferenceNote: null, passage: null, source: SOURCE }],
  });
  const edges = nodes.slice(1).map((n, i) => edge(`e:hub:${i}`, HUB, n.id));
  const seen = new Set();
  while (edges.length < edgeCount) {
    const a = 1 + Math.floor(next() * (nodeCount - 1));
    const b = 1 + Math.floor(next() * (nodeCount - 1));
    if (a === b || seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    edges.push(edge(`e:${a}:${b}`, `bench:${a}`, `bench:${b}`));
  }
  return { truncated: false, nodes, edges };
}

// ---- the server: client/dist and a /graphql answering the client's operations --------------------------------------

function graphqlAnswer(operationName, variables, subgraph) {
  switch (operationName) {
    case "FilterOptions":
      return { sectors: SECTORS, places: COUNTRIES };
    case "Aggregates": {
      const none = [];
      return { aggregates: { entitiesByType: [{ key: "ORGANIZATION", label: "Organization", count: subgraph.nodes.length }], organizationsByKind: none, agreementsByKind: none, agreementsByYear: none, eventsByYear: none, bySector: none, byCountry: none } };
    }
    case "Search":
      return { search: [{ score: 1, matched: "Bench Hub Agency", entity: { id: HUB, name: "Bench Hub Agency", entityType: "ORGANIZATION" } }] };
    case "Neighbourhood":
      return { neighbourhood: subgraph };
    case "Timeline":
      return { timeline: [] };
    case "Entity": {
      const node = subgraph.nodes.find((n) => n.id === variables?.id) ?? subgraph.nodes[0];
      const empty = { totalCount: 0, nodes: [] };
      return {
        entity: {
          __typename: "Organization", id: node.id, name: node.label, entityType: "ORGANIZATION", citations: [{ quote: "Generated.", source: SOURCE }],
          organizationKind: "GOVERNMENT_AGENCY", aliases: [], nameOriginal: null, description: null, website: null, country: null, sectors: [],
          agreements: empty, events: empty, people: [],
        },
      };
    }
    default:
      return null;
  }
}

const CONTENT_TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".ttf": "font/ttf", ".json": "application/json", ".ico": "image/x-icon" };

async function startServer(subgraph) {
  const neighbourhoodJson = JSON.stringify({ data: graphqlAnswer("Neighbourhood", null, subgraph) });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    if (url.pathname === "/account") {
      // Open reading, as the server answers with no sign-in configured (client/src/api/account.ts).
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ signInRequired: false, signInAvailable: false, user: null }));
      return;
    }
    if (url.pathname === "/graphql" && request.method === "POST") {
      let body = "";
      for await (const chunk of request) body += chunk;
      const { operationName, variables } = JSON.parse(body);
      const text = operationName === "Neighbourhood" ? neighbourhoodJson : JSON.stringify({ data: graphqlAnswer(operationName, variables, subgraph) });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(text);
      return;
    }
    const path = normalize(join(dist, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname)));
    if (!path.startsWith(dist + sep) || !existsSync(path)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream" });
    response.end(await readFile(path));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// ---- measuring ----------------------------------------------------------------------------------------------------

/**
 * One run: a fresh page, the graph view ready and coloured by community, then the hub chosen in the search box (its
 * neighbours offered by kind), all of them drawn, and the Map tab opened; the marks and times it left.
 */
async function drawOnce(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("response", (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(base + "/", { waitUntil: "networkidle" });
  await page.locator("#graph-canvas canvas").first().waitFor({ state: "attached" });
  await page.getByRole("checkbox", { name: "Colour by community" }).check();
  await page.getByRole("combobox", { name: "Search" }).fill("Bench");
  await page.getByRole("option", { name: /Bench Hub Agency/ }).click();
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.drawn, { timeout: 60_000 });
  const figures = await page.evaluate((marks) => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const request = performance.getEntriesByType("resource").filter((r) => r.name.endsWith("/graphql")).at(-1);
    return {
      received: at(marks.received), settled: at(marks.settled), drawn: at(marks.drawn),
      responseBytes: request?.transferSize ?? null,
      drawnNodes: document.querySelectorAll("#graph-canvas canvas").length > 0,
    };
  }, MARKS);
  // Every neighbour drawn: from the click on "Draw all" to the first frame with them, labels and communities.
  const drawAll = page.locator("[data-action='open-all']");
  await drawAll.waitFor({ state: "visible" });
  await page.evaluate((marks) => {
    performance.clearMarks(marks.drawn);
    performance.clearMarks(marks.settled);
    performance.clearMarks(marks.coloured);
    performance.mark("bench:draw-all");
    document.querySelector("[data-action='open-all']").click();
  }, MARKS);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.drawn, { timeout: 60_000 });
  // Louvain runs in the structure worker: the first frame does not wait for it, its colours follow.
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.coloured, { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const all = await page.evaluate((marks) => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    return { clicked: at("bench:draw-all"), settled: at(marks.settled), drawn: at(marks.drawn), coloured: at(marks.coloured), communities: document.querySelector(".legend-communities")?.textContent ?? "" };
  }, MARKS);
  const status = await page.locator(".status-line").textContent().catch(() => "");
  // The map of the same 2,000 nodes: from the click on its tab to its markers in the page (its chunk loads on first use).
  const mapMs = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    const done = () => document.querySelector("#panel-map .map-marker") !== null;
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector("#tab-map").click();
  }));
  const markers = await page.locator("#panel-map .map-marker").count();
  await context.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join(" | ")}`);
  return {
    layoutMs: figures.settled - figures.received, drawMs: figures.drawn - figures.received,
    allLayoutMs: all.settled - all.clicked, allDrawMs: all.drawn - all.clicked, colouredMs: all.coloured - all.clicked, mapMs, markers,
    communities: all.communities.trim(), status: status?.trim() ?? "",
  };
}

/** The JavaScript the explorer's page loads until the network is idle (the renderer chunk included), gzip-sized. */
async function firstLoad(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scripts = new Set();
  const styles = new Set();
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".js")) scripts.add(path);
    if (path.endsWith(".css")) styles.add(path);
  });
  await page.goto(base + "/", { waitUntil: "networkidle" });
  await page.locator("#graph-canvas canvas").first().waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  await context.close();
  const size = (paths) => [...paths].sort().map((p) => {
    const bytes = readFileSync(join(dist, p));
    return { file: p.replace(/^\//, ""), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const js = size(scripts);
  const css = size(styles);
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  return {
    js, css,
    jsBytes: sum(js, "bytes"), jsGzip: sum(js, "gzip"), cssGzip: sum(css, "gzip"),
    graphiqlLoaded: js.some((f) => /graphiql|monaco/i.test(f.file)),
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function main() {
  if (options.report !== "") {
    // Rewrites the Markdown from a result file (e.g. after changing the report's wording), measuring nothing.
    const saved = JSON.parse(await readFile(resolve(options.report), "utf8"));
    await writeFile(join(resultsFolder, "client.md"), markdown(saved));
    return;
  }
  if (!existsSync(join(dist, "index.html"))) throw new Error("client/dist is missing: run `npm ci && npm run build` in client/ first.");
  const subgraph = neighbourhood(options.nodes, options.edges);
  const { server, base } = await startServer(subgraph);
  const load = { before: loadavg()[0] };
  const browser = await chromium.launch({
    executablePath: options.chromium,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const chromiumVersion = browser.version();
    const size = await firstLoad(browser, base);
    console.log(`first load: ${size.js.length} scripts, ${kb(size.jsBytes)} KB, ${kb(size.jsGzip)} KB gzip`);
    await drawOnce(browser, base); // warm-up: compilation caches, fonts
    const runs = [];
    for (let i = 0; i < options.runs; i++) {
      const run = await drawOnce(browser, base);
      runs.push(run);
      console.log(`run ${i + 1}: grouped frame ${run.drawMs.toFixed(0)} ms; draw all: layout ${run.allLayoutMs.toFixed(0)} ms, frame ${run.allDrawMs.toFixed(0)} ms, communities ${run.colouredMs.toFixed(0)} ms (${run.status}; ${run.communities}); map ${run.mapMs.toFixed(0)} ms, ${run.markers} markers`);
    }
    load.after = loadavg()[0];
    const summary = (key) => ({ p50: percentile(runs.map((r) => r[key]), 50), p90: percentile(runs.map((r) => r[key]), 90), min: Math.min(...runs.map((r) => r[key])), max: Math.max(...runs.map((r) => r[key])) });
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", loadAverage1m: load, node: process.version, chromium: chromiumVersion, gitCommit: gitCommit() },
      data: { nodes: subgraph.nodes.length, edges: subgraph.edges.length, responseJsonBytes: JSON.stringify({ data: { neighbourhood: subgraph } }).length },
      draw: {
        runs: runs.length, groupedFrameMs: summary("drawMs"), layoutMs: summary("allLayoutMs"), firstFrameMs: summary("allDrawMs"), colouredMs: summary("colouredMs"), mapMs: summary("mapMs"),
        markers: runs.at(-1)?.markers ?? 0, communities: runs.at(-1)?.communities ?? "", status: runs.at(-1)?.status ?? "", perRun: runs,
      },
      firstLoad: size,
    };
    await mkdir(resultsFolder, { recursive: true });
    await writeFile(join(resultsFolder, "client.json"), JSON.stringify(result, null, 2) + "\n");
    await writeFile(join(resultsFolder, "client.md"), markdown(result));
    console.log(`p50 ${result.draw.firstFrameMs.p50.toFixed(0)} ms, p90 ${result.draw.firstFrameMs.p90.toFixed(0)} ms; written to bench/results/client.{md,json}`);
  } finally {
    await browser.close();
    server.close();
  }
}

function markdown(r) {
  const ms = (v) => `${v.toFixed(0)} ms`;
  return `# Web client: drawing a large neighbourhood, and the first load

Measured ${r.measuredAt} by \`bench/client/bench.mjs\` (method in bench/README.md); commit ${r.machine.gitCommit}.
Headless Chromium ${r.machine.chromium} (\`--headless --no-sandbox --disable-gpu\`: WebGL in software, SwiftShader),
Node ${r.machine.node}, ${r.machine.cpus} cores (${r.machine.cpuModel}), 1-minute load average ${r.machine.loadAverage1m.before.toFixed(1)} before,
${r.machine.loadAverage1m.after.toFixed(1)} after.

## Drawing a ${r.data.nodes.toLocaleString("en")}-node / ${r.data.edges.toLocaleString("en")}-edge neighbourhood

With "Colour by community" on (Louvain over the drawn graph at every change, in a web worker: the first frame does
not wait for it, the colours follow), the hub is chosen in the search box:
its ${(r.data.nodes - 1).toLocaleString("en")} neighbours are offered by kind (answer → first frame, the hub and the
offer drawn), then "Draw all" draws every one: the merge into the model (the new nodes start on a disc around the hub; ForceAtlas2 settles them in a web worker after the first frame), the
communities, the node and edge reducers, node labels placed inside the canvas, WebGL drawing. Then the Map tab shows
the same nodes (click → markers in the page; its chunk is loaded on first use). ${r.draw.runs} runs, each in a fresh
page (after one warm-up run); the answer is ${(r.data.responseJsonBytes / 1024 / 1024).toFixed(1)} MB of JSON.

| measure | p50 | p90 | min | max |
| --- | ---: | ---: | ---: | ---: |
| answer → first frame, neighbours offered by kind | ${ms(r.draw.groupedFrameMs.p50)} | ${ms(r.draw.groupedFrameMs.p90)} | ${ms(r.draw.groupedFrameMs.min)} | ${ms(r.draw.groupedFrameMs.max)} |
| "Draw all" → layout settled | ${ms(r.draw.layoutMs.p50)} | ${ms(r.draw.layoutMs.p90)} | ${ms(r.draw.layoutMs.min)} | ${ms(r.draw.layoutMs.max)} |
| "Draw all" → first frame drawn (labels${r.draw.colouredMs ? "" : ", communities"}) | **${ms(r.draw.firstFrameMs.p50)}** | **${ms(r.draw.firstFrameMs.p90)}** | ${ms(r.draw.firstFrameMs.min)} | ${ms(r.draw.firstFrameMs.max)} |
${r.draw.colouredMs ? `| "Draw all" → communities found and being drawn | ${ms(r.draw.colouredMs.p50)} | ${ms(r.draw.colouredMs.p90)} | ${ms(r.draw.colouredMs.min)} | ${ms(r.draw.colouredMs.max)} |\n` : ""}| Map tab → ${r.draw.markers} markers drawn | ${ms(r.draw.mapMs.p50)} | ${ms(r.draw.mapMs.p90)} | ${ms(r.draw.mapMs.min)} | ${ms(r.draw.mapMs.max)} |

Goal: under one second each. After each run the status line said “${r.draw.status}” and the legend “${r.draw.communities}”.${busyNote(r)}

## First load of the explorer (JavaScript, gzip -9)

Every script the page loads until the network is idle with the graph view created (the sigma.js renderer chunk
included); GraphiQL and Monaco are ${r.firstLoad.graphiqlLoaded ? "**loaded (unexpected)**" : "not loaded"} (they belong to graphiql.html only).

| file | bytes | gzip |
| --- | ---: | ---: |
${r.firstLoad.js.map((f) => `| ${f.file} | ${f.bytes.toLocaleString("en")} | ${f.gzip.toLocaleString("en")} |`).join("\n")}
| **JavaScript, total** | **${r.firstLoad.jsBytes.toLocaleString("en")}** | **${r.firstLoad.jsGzip.toLocaleString("en")}** (${kb(r.firstLoad.jsGzip)} KB) |

Goal: under 300 KB. CSS adds ${r.firstLoad.cssGzip.toLocaleString("en")} bytes gzip.
`;
}

/** Said when the machine was busier than its cores: the figures then include waiting for a core. */
function busyNote(r) {
  const load = Math.max(r.machine.loadAverage1m.before, r.machine.loadAverage1m.after);
  if (load <= r.machine.cpus) return "";
  return `

The machine was shared (load average ${load.toFixed(0)} on ${r.machine.cpus} cores): the page waited for a core during much
of each run, so the percentiles measure that waiting as much as the client; the fastest run
(${r.draw.firstFrameMs.min.toFixed(0)} ms) is the closest to the client's own cost. Re-run on a quiet machine for the figure to quote.`;
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

function gitCommit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repository, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** The mark names, from the client's source, so the two never drift apart. */
function readMarks() {
  const source = readFileSync(join(repository, "client", "src", "graph", "marks.ts"), "utf8");
  const value = (key) => {
    const m = new RegExp(`${key}:\\s*"([^"]+)"`).exec(source);
    if (!m) throw new Error(`client/src/graph/marks.ts defines no mark ${key}`);
    return m[1];
  };
  return { received: value("received"), settled: value("settled"), drawn: value("drawn"), coloured: value("coloured") };
}

function parseArguments(args) {
  const out = { runs: 10, nodes: 2000, edges: 4000, chromium: "/usr/bin/chromium", report: "" };
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, "");
    if (!(name in out)) throw new Error(`unknown option ${args[i]} (known: ${Object.keys(out).map((k) => `--${k}`).join(", ")})`);
    const value = args[++i];
    if (value === undefined) throw new Error(`${args[i - 1]} needs a value`);
    out[name] = typeof out[name] === "number" ? Number(value) : value;
    if (typeof out[name] === "number" && !(out[name] > 0)) throw new Error(`${args[i - 1]} must be a positive number`);
  }
  return out;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
