// HTTP requests per second for a small cached query (issue #3): the explorer's own server (ASP.NET Core, the GraphQL
// engine, the embedded database with its seeds) against graphql-js 17.1.0 behind graphql-http on node:http
// (bench/peers/graphql-js/http-server.mjs), both loaded by wrk on this machine, measurements interleaved.
//
//   node bench/graphql/http/run.mjs [--connections 16] [--duration 10] [--rounds 3] [--warmup 3] [--out FILE]
//
// Needs `wrk` (Debian: apt-get install wrk), the .NET SDK and `npm ci` in bench/peers/graphql-js. Writes
// bench/results/graphql-http.md and .json. Every server it starts listens on 127.0.0.1 only and is stopped at the end.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "..", "..", "..");
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
};
const connections = Number(option("--connections", 16));
const duration = Number(option("--duration", 10));
const rounds = Number(option("--rounds", 3));
const warmup = Number(option("--warmup", 3));
const output = option("--out", path.join(repository, "bench", "results", "graphql-http.md"));
const query = '{ entity(id: "org:jaxa") { id name } }';
const body = JSON.stringify({ query });
const expected = '{"data":{"entity":{"id":"org:jaxa","name":"Japan Aerospace Exploration Agency"}}}';

const loadAverages = () => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const children = [];

function start(name, command, args, options = {}) {
  const log = fs.openSync(path.join(os.tmpdir(), `graphql-http-${name}.log`), "w");
  const child = spawn(command, args, { stdio: ["ignore", log, log], ...options });
  children.push(child);
  return child;
}

function stopAll() {
  for (const child of children) {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

async function post(url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json" },
    body,
  });
  return { status: response.status, text: await response.text(), contentType: response.headers.get("content-type") };
}

async function waitUntilAnswering(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  let last = null;
  while (Date.now() < deadline) {
    try {
      return await post(url);
    } catch (error) {
      last = error;
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s: ${last}`);
}

// Processor time (user + system, in clock ticks of 1/100 s) of a process and its descendants (node:cluster workers),
// from /proc: the server's own work per request, which unlike requests per second hardly changes when other work
// on the shared machine takes the cores.
const ticksPerSecond = 100;
function descendants(pid) {
  const children = [];
  for (const task of fs.existsSync(`/proc/${pid}/task`) ? fs.readdirSync(`/proc/${pid}/task`) : []) {
    const file = `/proc/${pid}/task/${task}/children`;
    if (fs.existsSync(file)) children.push(...fs.readFileSync(file, "utf8").split(" ").filter(Boolean).map(Number));
  }
  return [pid, ...children.flatMap(descendants)];
}
function cpuTicks(pid) {
  let total = 0;
  for (const id of descendants(pid)) {
    try {
      const fields = fs.readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1].split(" ");
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

const micro = (text) => {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * { us: 1, ms: 1000, s: 1e6 }[match[2]];
};

function wrk(url, seconds) {
  const text = execFileSync("wrk", ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", "-s", path.join(here, "post.lua"), url], {
    encoding: "utf8",
    env: { ...process.env, GRAPHQL_BODY: body },
  });
  const percentile = (p) => micro(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(text)?.[1] ?? "");
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  const socketErrors = /Socket errors: (.*)/.exec(text);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)[1]),
    requests: Number(/(\d+) requests in/.exec(text)[1]),
    p50: percentile(50),
    p75: percentile(75),
    p90: percentile(90),
    p99: percentile(99),
    non2xx: errors ? Number(errors[1]) : 0,
    socketErrors: socketErrors ? socketErrors[1] : null,
  };
}

async function main() {
  const ports = { engine: 5177, peer: 5178, peerNoCache: 5179, peerCluster: 5180 };
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "graphql-http-data-"));
  console.log("building the server (Release, without the web client bundle)…");
  execFileSync("dotnet", ["build", "-c", "Release", path.join(repository, "src", "GraphExplorer.Server"), "-p:SkipClientBuild=true", "-v", "q", "-nologo"], { stdio: "inherit" });
  const dll = path.join(repository, "src", "GraphExplorer.Server", "bin", "Release", "net10.0", "GraphExplorer.Server.dll");
  const peerFolder = path.join(repository, "bench", "peers", "graphql-js");
  const targets = [
    { key: "engine", label: "explorer server (ASP.NET Core, GraphQL engine, embedded database)", port: ports.engine,
      child: start("engine", "dotnet", [dll, "--urls", `http://127.0.0.1:${ports.engine}`, "--Database:Path", data], { cwd: repository }) },
    { key: "peer", label: "graphql-js + graphql-http, document cache, 1 process", port: ports.peer,
      child: start("peer", "node", ["http-server.mjs", "--port", String(ports.peer), "--document-cache"], { cwd: peerFolder }) },
    { key: "peerNoCache", label: "graphql-js + graphql-http, parse + validate per request (graphql-http default), 1 process", port: ports.peerNoCache,
      child: start("peer-nocache", "node", ["http-server.mjs", "--port", String(ports.peerNoCache)], { cwd: peerFolder }) },
    { key: "peerCluster", label: "graphql-js + graphql-http, document cache, 2 processes (node:cluster, one per core)", port: ports.peerCluster,
      child: start("peer-cluster", "node", ["http-server.mjs", "--port", String(ports.peerCluster), "--document-cache", "--workers", "2"], { cwd: peerFolder }) },
  ];
  for (const target of targets) {
    target.url = `http://127.0.0.1:${target.port}/graphql`;
    const answer = await waitUntilAnswering(target.url, 180);
    if (answer.status !== 200 || answer.text !== expected) {
      throw new Error(`${target.key} answered ${answer.status} ${answer.text}`);
    }
    target.contentType = answer.contentType;
    target.samples = [];
    console.log(`${target.key}: ${answer.status} ${answer.contentType} ${answer.text}`);
  }

  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      wrk(target.url, warmup);
      const before = loadAverages()[0];
      const cpuBefore = cpuTicks(target.child.pid);
      const sample = wrk(target.url, duration);
      sample.cpuMicrosecondsPerRequest = ((cpuTicks(target.child.pid) - cpuBefore) / ticksPerSecond) * 1e6 / sample.requests;
      sample.loadAverage = (before + loadAverages()[0]) / 2;
      sample.round = round;
      target.samples.push(sample);
      console.log(`round ${round} ${target.key}: ${sample.requestsPerSecond.toFixed(0)} req/s, p50 ${sample.p50} µs, p99 ${sample.p99} µs, server CPU ${sample.cpuMicrosecondsPerRequest.toFixed(1)} µs/request, load ${sample.loadAverage.toFixed(1)}`);
    }
  }
  stopAll();
  fs.rmSync(data, { recursive: true, force: true });

  // Per target, the round with the median throughput (its latencies are from the same run).
  for (const target of targets) {
    const sorted = [...target.samples].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    target.median = sorted[Math.floor((sorted.length - 1) / 2)];
    const cpu = target.samples.map((x) => x.cpuMicrosecondsPerRequest).sort((a, b) => a - b);
    target.cpuMedian = cpu[Math.floor((cpu.length - 1) / 2)];
  }
  const engine = targets[0];
  const format = (value, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const latency = (value) => (value >= 1000 ? `${format(value / 1000, 2)} ms` : `${format(value, 0)} µs`);
  const date = new Date().toISOString();
  const lines = [
    "# GraphQL over HTTP: requests per second for a small cached query",
    "",
    `Run ${date.slice(0, 16)} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, .NET SDK ${execFileSync("dotnet", ["--version"], { encoding: "utf8" }).trim()}; load average at the end ${loadAverages().join(" ")}.`,
    "",
    `Query: \`POST /graphql\` with \`${body}\` (\`Content-Type: application/json\`, \`Accept: application/graphql-response+json\`); every server answers \`${expected}\`.`,
    `Load: \`wrk -t1 -c${connections} -d${duration}s --latency\` (${connections} connections, keep-alive) after a ${warmup} s warm-up, ${rounds} interleaved rounds (engine, then each peer, repeated); the table shows each server's median round. wrk runs on the same 2 cores as the servers.`,
    "",
    "| server | requests/s | p50 | p75 | p90 | p99 | ratio (engine req/s / this) | server CPU per request (median of rounds) | ratio (this CPU / engine CPU) | load avg |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const target of targets) {
    const m = target.median;
    const cpu = target.cpuMedian;
    lines.push(`| ${target.label} | ${format(m.requestsPerSecond)} | ${latency(m.p50)} | ${latency(m.p75)} | ${latency(m.p90)} | ${latency(m.p99)} | ${target === engine ? "–" : `${format(engine.median.requestsPerSecond / m.requestsPerSecond, 2)}×`} | ${format(cpu, 1)} µs | ${target === engine ? "–" : `${format(cpu / engine.cpuMedian, 2)}×`} | ${format(m.loadAverage, 1)} |`);
  }
  lines.push("", "## Every round", "", "| round | server | requests/s | p50 | p99 | server CPU per request | non-2xx | load avg |", "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const s = target.samples[round - 1];
      lines.push(`| ${round} | ${target.key} | ${format(s.requestsPerSecond)} | ${latency(s.p50)} | ${latency(s.p99)} | ${format(s.cpuMicrosecondsPerRequest, 1)} µs | ${s.non2xx} | ${format(s.loadAverage, 1)} |`);
    }
  }
  lines.push(
    "",
    "## Conditions",
    "",
    "- The explorer server is the real one (`src/GraphExplorer.Server`, Release, `--urls http://127.0.0.1:…`, a fresh embedded database folder with the seeds loaded at start): Kestrel, content negotiation, the document cache (parse + validate once per query text), execution, and the `entity` resolver reading the embedded database through its data loader (one Cypher query per request).",
    "- The peer resolves `entity` from an in-memory `Map` (bench/peers/graphql-js/http-server.mjs), so it does less work per request than the explorer server, which queries its database.",
    "- \"document cache\": the peer parses and validates a query text once (graphql-http's `onSubscribe` returning prepared execution arguments), like the explorer's `DocumentCache`; graphql-http's default parses and validates every request.",
    "- Node runs JavaScript on one thread per process: the 1-process peer uses one core, the 2-process peer (node:cluster) both; ASP.NET Core uses both cores.",
    "- Server CPU per request: user + system processor time of the server process (and its cluster workers) during the measured run, from /proc, divided by the requests answered. It measures the work each server does per request and is much less sensitive than requests per second to other work on the shared machine.",
  );
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, lines.join("\n") + "\n");
  const json = {
    date,
    connections,
    duration,
    rounds,
    query,
    expected,
    targets: targets.map((t) => ({ key: t.key, label: t.label, median: t.median, cpuMicrosecondsPerRequest: t.cpuMedian, samples: t.samples })),
  };
  fs.writeFileSync(output.replace(/\.md$/, ".json"), JSON.stringify(json, null, 2) + "\n");
  console.log(`written to ${output} and ${output.replace(/\.md$/, ".json")}`);
}

main().catch((error) => {
  console.error(error);
  stopAll();
  process.exit(1);
});
