#!/usr/bin/env bash
# Runs every benchmark one after the other (never two at once: they would measure each other) and rebuilds the
# comparison tables. From the repository root: bash bench/run-all.sh   (about 25 minutes on 2 cores, more the first time: the api benchmark's graph is loaded once)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/GraphExplorer.Benchmarks -c Release -v q -nologo
dotnet build src/GraphExplorer.Server -c Release -p:SkipClientBuild=true -v q -nologo   # the server the api benchmark starts
harness=bench/GraphExplorer.Benchmarks/bin/Release/net10.0/GraphExplorer.Benchmarks.dll
for peer in kuzu graphql-js; do
  [ -d "bench/peers/$peer/node_modules" ] || (cd "bench/peers/$peer" && npm ci --no-audit --no-fund)
done
echo "load average before: $(cat /proc/loadavg)"
dotnet "$harness" generate
dotnet "$harness" cypher
(cd bench/peers/kuzu && node --expose-gc bench.mjs) || echo "WARNING: the Kuzu benchmark exited with an error; check bench/results/kuzu.md is from this run"
dotnet "$harness" graphql
(cd bench/peers/graphql-js && node bench.mjs)
# HTTP requests per second (needs wrk: apt-get install wrk)
if command -v wrk > /dev/null; then node bench/graphql/http/run.mjs; else echo "WARNING: wrk not installed, HTTP figure skipped"; fi
dotnet "$harness" api --graph seed --no-build     # issue #4: HTTP search/neighbourhood on the seed data (the server built above)
dotnet "$harness" api --graph model --no-build    # ... and on the generated 100k-organisation graph (loaded once, reused)
node bench/compare.mjs
echo "load average after: $(cat /proc/loadavg)"
