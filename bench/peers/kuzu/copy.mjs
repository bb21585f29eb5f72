// Kuzu's bulk load alone (issue #15's import comparison, driven by bench/import.sh): a fresh database in a scratch
// folder, the benchmark's schema, then `COPY FROM` the generated CSV files, timed from the first COPY until the
// CHECKPOINT after the last has returned (so the data is on disk, as the engine's import is when it ends).
// Prints one JSON line: seconds, rows per second and the counts read back.
//
//   node copy.mjs --data DIR
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu from "kuzu";

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
};
const data = option("--data", null);
if (!data || !fs.existsSync(path.join(data, "nodes.csv"))) {
  console.error("usage: node copy.mjs --data DIR (a folder with the benchmark's nodes.csv and relationships.csv)");
  process.exit(2);
}

const csv = (file) => path.join(data, file).replaceAll("'", "\\'");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "graphexplorer-bench-kuzu-copy-"));
try {
  const database = new kuzu.Database(path.join(scratch, "db"));
  const connection = new kuzu.Connection(database);
  // Every result is closed before the connection and database are: Kuzu's Node.js API crashes at exit otherwise.
  const run = (query) => {
    const result = connection.querySync(query);
    const rows = result.getAllSync();
    result.close();
    return rows;
  };
  run("CREATE NODE TABLE Org(id INT64, name STRING, kind STRING, PRIMARY KEY(id))");
  run("CREATE REL TABLE PARTNER(FROM Org TO Org, since INT64)");
  const started = process.hrtime.bigint();
  run(`COPY Org FROM '${csv("nodes.csv")}' (HEADER=true)`);
  const nodesDone = process.hrtime.bigint();
  run(`COPY PARTNER FROM '${csv("relationships.csv")}' (HEADER=true)`);
  run("CHECKPOINT");
  const ended = process.hrtime.bigint();
  const count = (query) => Number(run(query)[0].c);
  const nodes = count("MATCH (n:Org) RETURN count(n) AS c");
  const relationships = count("MATCH ()-[r:PARTNER]->() RETURN count(r) AS c");
  const seconds = Number(ended - started) / 1e9;
  console.log(JSON.stringify({
    version: kuzu.VERSION,
    nodes,
    relationships,
    seconds,
    nodeSeconds: Number(nodesDone - started) / 1e9,
    relationshipSeconds: Number(ended - nodesDone) / 1e9,
    relationshipsPerSecond: relationships / seconds,
  }));
  connection.closeSync();
  database.closeSync();
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
