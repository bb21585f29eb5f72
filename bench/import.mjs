// Issue #15's bulk import figures: the engine's offline `import-bulk` (CSV in neo4j-admin's format, written straight
// into a new database folder) against Kuzu's `COPY FROM` (bench/peers/kuzu/copy.mjs), on the benchmark's generated
// power-law graph, interleaved in one run (the order alternates round by round) with the load average recorded before
// each import. Writes bench/results/import-<M>m.json and .md; `node bench/compare.mjs` then quotes them in bench/README.md.
//
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- generate [--nodes N --relationships M]   # once
//   dotnet build src/GraphExplorer.Server -c Release && (cd bench/peers/kuzu && npm ci)                        # once
//   node bench/import.mjs [--nodes 100000] [--relationships 1000000] [--rounds 3]
//
// Both times run from the first CSV byte read until the data is durable (the engine: snapshot flushed and renamed;
// Kuzu: the CHECKPOINT after the COPYs has returned), nodes and relationships together, so relationships/s is
// relationships / that time for both. Peak memory is each process's peak RSS (GNU time's %M: the .NET runtime or
// Node.js included). Whole-process wall time (start-up included) is recorded beside it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "..");
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
};
const nodes = Number(option("--nodes", 100000));
const relationships = Number(option("--relationships", 1000000));
const rounds = Number(option("--rounds", 3));
const data = option("--data", path.join(os.tmpdir(), `graphexplorer-bench-data-${nodes}-${relationships}`));
const server = path.join(repository, "src", "GraphExplorer.Server", "bin", "Release", "net10.0", "GraphExplorer.Server.dll");
const kuzuPeer = path.join(repository, "bench", "peers", "kuzu");
const name = `import-${relationships >= 1e6 ? `${relationships / 1e6}m` : `${relationships / 1e3}k`}`;

for (const [file, how] of [
  [path.join(data, "relationships.csv"), `dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- generate --nodes ${nodes} --relationships ${relationships}`],
  [server, "dotnet build src/GraphExplorer.Server -c Release"],
  [path.join(kuzuPeer, "node_modules", "kuzu"), "(cd bench/peers/kuzu && npm ci)"],
]) {
  if (!fs.existsSync(file)) {
    console.error(`Missing ${file}: run, from the repository root,\n  ${how}`);
    process.exit(2);
  }
}

const loadAverage = () => Number(fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const format = (value, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

// neo4j-admin's format: the generated files with their header lines replaced by header files of their own.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "graphexplorer-bench-import-"));
const withoutHeader = (file) => {
  const text = fs.readFileSync(path.join(data, file));
  const target = path.join(scratch, file);
  fs.writeFileSync(target, text.subarray(text.indexOf(10) + 1));
  return target;
};
fs.writeFileSync(path.join(scratch, "nodes-header.csv"), "id:ID,name,kind\n");
fs.writeFileSync(path.join(scratch, "relationships-header.csv"), ":START_ID,:END_ID,since:int\n");
const nodeFiles = `Org=${path.join(scratch, "nodes-header.csv")},${withoutHeader("nodes.csv")}`;
const relationshipFiles = `PARTNER=${path.join(scratch, "relationships-header.csv")},${withoutHeader("relationships.csv")}`;

/** Runs a command under GNU time: its output, peak RSS (bytes) and whole-process wall time (s). */
const timed = (command, args, cwd) => {
  const timeFile = path.join(scratch, "time.txt");
  const run = spawnSync("/usr/bin/time", ["-f", "%M %e %U %S", "-o", timeFile, command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const [kilobytes, wall, user, system] = fs.readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
  return { stdout: run.stdout, peakRssBytes: kilobytes * 1024, processSeconds: wall, processCpuSeconds: user + system };
};

const engine = (round) => {
  const database = path.join(scratch, `engine-${round}`);
  const loadAverageBefore = loadAverage();
  const run = timed("dotnet", [server, "import-bulk", `--nodes=${nodeFiles}`, `--relationships=${relationshipFiles}`, "--id-type", "Integer", `--Database:Path=${database}`], repository);
  const match = /Imported ([\d,]+) nodes, ([\d,]+) relationships and ([\d,]+) properties .* in ([\d.]+) s/.exec(run.stdout);
  if (!match) throw new Error(`Unexpected import-bulk output: ${run.stdout}`);
  const number = (text) => Number(text.replaceAll(",", ""));
  const result = { loadAverageBefore, nodes: number(match[1]), relationships: number(match[2]), properties: number(match[3]), seconds: Number(match[4]), peakRssBytes: run.peakRssBytes, processSeconds: run.processSeconds, processCpuSeconds: run.processCpuSeconds };
  if (round === 0) {
    // The imported database opens like any other: `check` opens it read-only, reports damage and counts the nodes.
    result.check = timed("dotnet", [server, "check", `--Database:Path=${database}`], repository).stdout.trim();
  }

  fs.rmSync(database, { recursive: true, force: true });
  return result;
};

const kuzu = () => {
  const loadAverageBefore = loadAverage();
  const run = timed("node", ["copy.mjs", "--data", data], kuzuPeer);
  return { loadAverageBefore, ...JSON.parse(run.stdout.trim().split("\n").at(-1)), peakRssBytes: run.peakRssBytes, processSeconds: run.processSeconds, processCpuSeconds: run.processCpuSeconds };
};

const results = [];
try {
  for (let round = 0; round < rounds; round++) {
    const pair = {};
    for (const side of round % 2 === 0 ? ["engine", "kuzu"] : ["kuzu", "engine"]) {
      pair[side] = side === "engine" ? engine(round) : kuzu();
      const r = pair[side];
      console.log(`round ${round + 1} ${side}: ${format(r.relationships / r.seconds)} relationships/s (${format(r.seconds, 2)} s), peak RSS ${format(r.peakRssBytes / 2 ** 20)} MiB [load ${r.loadAverageBefore}]`);
    }

    results.push(pair);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

const side = (key) => {
  const runs = results.map((r) => r[key]);
  return {
    relationshipsPerSecond: median(runs.map((r) => r.relationships / r.seconds)),
    seconds: median(runs.map((r) => r.seconds)),
    peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
    processSeconds: median(runs.map((r) => r.processSeconds)),
    processCpuSeconds: median(runs.map((r) => r.processCpuSeconds)),
    nodes: runs[0].nodes,
    relationships: runs[0].relationships,
  };
};
const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryBytes: os.totalmem(),
    gitCommit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repository, encoding: "utf8" }).trim(),
    node: process.version,
    dotnet: execFileSync("dotnet", ["--version"], { encoding: "utf8" }).trim(),
  },
  data: { nodes, relationships, generator: "bench/GraphExplorer.Benchmarks generate (power-law degrees)" },
  rounds: results,
  median: { engine: side("engine"), kuzu: side("kuzu") },
};
const loads = results.flatMap((r) => [r.engine.loadAverageBefore, r.kuzu.loadAverageBefore]);
const m = report.median;
const md = [
  `# Bulk import: the engine's \`import-bulk\` vs Kuzu's \`COPY FROM\` (${format(nodes)} nodes, ${format(relationships)} relationships)`,
  "",
  `Run ${report.date.slice(0, 16).replace("T", " ")} UTC, commit ${report.machine.gitCommit}, ${report.machine.cpus} cores (${report.machine.cpuModel}),`,
  `.NET ${report.machine.dotnet}, Node ${report.machine.node}, Kuzu ${results[0].kuzu.version}; ${rounds} rounds interleaved (order alternating),`,
  `1-minute load average ${format(Math.min(...loads), 1)}–${format(Math.max(...loads), 1)} before the imports. Generated by \`node bench/import.mjs\`.`,
  "",
  "Time: first CSV byte read until durable (engine: snapshot flushed and renamed into an empty folder; Kuzu: both COPYs",
  "and the CHECKPOINT), nodes and relationships together. Peak RSS: the whole process (.NET runtime or Node.js included).",
  "",
  "| round | engine rel/s | engine s | engine peak RSS | Kuzu rel/s | Kuzu s | Kuzu peak RSS | load (engine / Kuzu) |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.map((r, i) => `| ${i + 1} | ${format(r.engine.relationships / r.engine.seconds)} | ${format(r.engine.seconds, 2)} | ${format(r.engine.peakRssBytes / 2 ** 20)} MiB | ${format(r.kuzu.relationships / r.kuzu.seconds)} | ${format(r.kuzu.seconds, 2)} | ${format(r.kuzu.peakRssBytes / 2 ** 20)} MiB | ${format(r.engine.loadAverageBefore, 1)} / ${format(r.kuzu.loadAverageBefore, 1)} |`),
  `| median | **${format(m.engine.relationshipsPerSecond)}** | ${format(m.engine.seconds, 2)} | ${format(m.engine.peakRssBytes / 2 ** 20)} MiB | **${format(m.kuzu.relationshipsPerSecond)}** | ${format(m.kuzu.seconds, 2)} | ${format(m.kuzu.peakRssBytes / 2 ** 20)} MiB | |`,
  "",
  `Whole process (start-up included; for Kuzu also the schema and the counts read back), median: wall time engine ${format(m.engine.processSeconds, 2)} s, Kuzu ${format(m.kuzu.processSeconds, 2)} s;`,
  `processor time (user + system, all threads) engine ${format(m.engine.processCpuSeconds, 2)} s, Kuzu ${format(m.kuzu.processCpuSeconds, 2)} s: on a loaded machine the figure that depends least on the load.`,
  `Counts read back: engine ${format(m.engine.nodes)} nodes / ${format(m.engine.relationships)} relationships; Kuzu ${format(m.kuzu.nodes)} / ${format(m.kuzu.relationships)}.`,
  `The first imported database, opened by \`check\`: "${results[0].engine.check}"`,
  "",
];
const outputFile = path.join(repository, "bench", "results", name);
fs.writeFileSync(`${outputFile}.json`, JSON.stringify(report, null, 2) + "\n");
fs.writeFileSync(`${outputFile}.md`, md.join("\n"));
console.log(`written bench/results/${name}.json and .md`);
