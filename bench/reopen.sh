#!/usr/bin/env bash
# Issue #15's reopen figures: time until the first query answers and managed heap per relationship after opening a
# compacted database, with properties and index (reopen-<M>m) and topology only (reopen-<M>m-bare), written to
# bench/results. --before measures the store as it was before issue #15 (commit 2051a63) with the same benchmark:
# a temporary worktree at that commit gets this benchmark's files (without ReopenBenchmark.Phases.cs, which reads the
# new store's internals) and writes reopen-<M>m-before* (whose header names this checkout's commit, the benchmark's:
# the store measured is 2051a63's).
#   bash bench/reopen.sh [--before] [--nodes 100000] [--relationships 1000000]
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
before=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--before" ]; then before=1; else args+=("$arg"); fi
done

millions=1
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--relationships" ]; then millions=$(( ${args[$((i + 1))]} / 1000000 )); fi
done

project="$root/bench/GraphExplorer.Benchmarks"
suffix=""
if [ "$before" = 1 ]; then
  tree=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$tree"' EXIT
  git -C "$root" worktree add --detach "$tree" 2051a63 >/dev/null
  for file in ReopenBenchmark.cs Options.cs Program.cs; do
    cp "$project/$file" "$tree/bench/GraphExplorer.Benchmarks/$file"
  done
  project="$tree/bench/GraphExplorer.Benchmarks"
  suffix="-before"
fi

dotnet build "$project" -c Release -nologo -v quiet
dll="$project/bin/Release/net10.0/GraphExplorer.Benchmarks.dll"
cd "$root"
echo "load averages: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$dll" reopen "${args[@]}" --out "bench/results/reopen-${millions}m${suffix}.md"
dotnet "$dll" reopen --bare "${args[@]}" --out "bench/results/reopen-${millions}m-bare${suffix}.md"
