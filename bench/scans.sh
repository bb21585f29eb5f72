#!/usr/bin/env bash
# Issue #15's scan and aggregation figures (out-degree top-10, node and relationship scans grouped by a property,
# filtered top-20, variable-length expansion with LIMIT) on the shared power-law graph, written to
# bench/results/scans-<M>m.md/json, or to the file given with --out (e.g. a "before" run).
#   bash bench/scans.sh [--nodes 100000] [--relationships 1000000] [--budget 5] [--out FILE]
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
project="$root/bench/GraphExplorer.Benchmarks"
dotnet build "$project" -c Release -nologo -v quiet
cd "$root"
echo "load averages: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$project/bin/Release/net10.0/GraphExplorer.Benchmarks.dll" scans "$@"
