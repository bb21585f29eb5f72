#!/usr/bin/env bash
# Runs every test of the repository: the one command README.md gives and CI calls.
#   .NET unit and integration tests (every tests/*.Tests project; the application and server suites a second time
#   through the Neo4j client against the Query API emulator, and a third against a real Neo4j when one is reachable),
#   the openCypher TCK runner (with the minimum pass rate of issue #2 enforced), the GraphQL-over-HTTP audit, the
#   GraphQL spec conformance runner (differential against graphql-js, minimum agreement rate enforced), the web
#   client's lint and format checks and its unit tests; then checks that the benchmark figures quoted in the
#   READMEs are those of bench/results.
#   Ends with one line "tests: N passed, N failed, N skipped".
# --fast: leaves out the tests of category Slow and Browser (xunit traits, see tests/Shared/TestCategories.cs), the
#   web client bundle (only the browser tests drive it), the second-backend pass and the TCK runner (the same
#   scenarios as the Slow per-scenario tests).
set -uo pipefail
fast=false
for arg in "$@"; do
  case "$arg" in
    --fast) fast=true ;;
    *) echo "usage: bash tests/run-all.sh [--fast]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

failed_steps=()
log_dir=$(mktemp -d)
passed=0; failed=0; skipped=0

step() { echo; echo "== $1"; }
# Adds the counts of every test assembly summary in a log ("Passed!  - Failed: 0, Passed: 39, Skipped: 0, ...").
count_dotnet() {
  read -r p f s < <(grep -E "^(Passed|Failed|Skipped)!" "$1" \
    | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

step "build (Release)"
if ! dotnet build GraphExplorer.sln -c Release -nologo -v quiet; then
  echo "build failed"; exit 1
fi

if $fast; then
  step "web client bundle: skipped (--fast; only the browser tests drive it)"
else
  step "web client bundle (the browser tests drive it)"
  ( cd client && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build ) || failed_steps+=("web client build")
fi

# The test categories --fast leaves out (xunit traits; a test without the trait always runs).
category_filter=()
$fast && category_filter=(--filter "Category!=Slow&Category!=Browser")
step ".NET tests${category_filter:+ (--fast: without the Slow and Browser categories)}"
dotnet test GraphExplorer.sln -c Release --no-build -nologo "${category_filter[@]}" --logger "console;verbosity=minimal" 2>&1 | tee "$log_dir/dotnet-test.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps+=(".NET tests")
# Each test assembly prints: "Passed!  - Failed: 0, Passed: 39, Skipped: 0, Total: 39, ..." ("Skipped!" when all skipped)
count_dotnet "$log_dir/dotnet-test.log"

# The application's integration suites again, on another backend (see tests/GraphExplorer.TestSupport):
#   queryapi: through the Neo4j client over real HTTP against the Query API emulator (backed by the embedded engine),
#             which checks the client and the application's backend-neutrality, not Neo4j's own behaviour;
#   neo4j:    against a real Neo4j (GRAPHEXPLORER_TEST_NEO4J_URL, or a neo4j:5-enterprise container when Docker answers);
#             skipped, saying why, otherwise.
backends=(queryapi neo4j)
if $fast; then
  step "application suites on a second backend: skipped (--fast)"
  backends=()
fi
for backend in "${backends[@]}"; do
  if [ "$backend" = neo4j ] && [ -z "${GRAPHEXPLORER_TEST_NEO4J_URL:-}" ] && ! docker info > /dev/null 2>&1; then
    step "application suites on neo4j: skipped (GRAPHEXPLORER_TEST_NEO4J_URL is not set and no Docker engine answers)"
    continue
  fi
  step "application suites on $backend (GRAPHEXPLORER_TEST_BACKEND=$backend)"
  # Left out over the network: the tests quarantined with a reason that starts "OverNetwork" (see their trait).
  over_network="Quarantine!~OverNetwork"
  for project in tests/GraphExplorer.Application.Tests tests/GraphExplorer.Server.Tests; do
    # Named and counted, so what this pass leaves out is seen (the reasons are in the tests' Quarantine traits).
    quarantined=$(dotnet test "$project" -c Release --no-build -nologo --list-tests --filter "Quarantine~OverNetwork" 2>&1 \
      | awk '/The following Tests are available:/ {listing = 1; next} listing && /^    [^ ]/ {print; next} {listing = 0}')
    echo "$(basename "$project") on $backend leaves out $(grep -c . <<< "$quarantined") quarantined test(s) (Quarantine trait, reason OverNetwork…)"
    [ -n "$quarantined" ] && echo "$quarantined"
    GRAPHEXPLORER_TEST_BACKEND=$backend dotnet test "$project" -c Release --no-build -nologo --filter "$over_network" --logger "console;verbosity=minimal" 2>&1 \
      | tee "$log_dir/dotnet-test-$backend.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps+=("$(basename "$project") on $backend")
    count_dotnet "$log_dir/dotnet-test-$backend.log"
  done
done

if $fast; then
  step "openCypher TCK runner: skipped (--fast)"
elif [ -d tests/GraphExplorer.Cypher.Tck ]; then
  step "openCypher TCK (runner; minimum pass rates of issue #2)"
  if ! dotnet run -c Release --no-build --project tests/GraphExplorer.Cypher.Tck -- --backend embedded --min-pass 95; then
    failed_steps+=("openCypher TCK")
  fi
  step "Neo4j 5 dialect suite (tests/neo4j5-dialect, cases from Neo4j's Cypher manual; minimum pass rate of issue #13)"; dotnet run -c Release --no-build --project tests/GraphExplorer.Cypher.Tck -- --backend embedded tests/neo4j5-dialect --min-pass 100 || failed_steps+=("Neo4j 5 dialect suite")
fi

step "GraphQL-over-HTTP audit (graphql-http auditServer against the live server)"
port=$((20000 + RANDOM % 20000))
audit_db=$(mktemp -d)
Database__Path="$audit_db" Seed__LoadOnStart=false dotnet src/GraphExplorer.Server/bin/Release/net10.0/GraphExplorer.Server.dll --urls "http://127.0.0.1:$port" > "$log_dir/audit-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && break; sleep 1; done
if ( cd tests/graphql-http-audit && { [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null; } && node audit.mjs "http://127.0.0.1:$port/graphql" ); then :; else
  failed_steps+=("GraphQL-over-HTTP audit"); cat "$log_dir/audit-server.log" | tail -20
fi
kill "$server_pid" 2> /dev/null; wait "$server_pid" 2> /dev/null; rm -rf "$audit_db"

# Runs a folder of node:test files (its packages installed when missing) and adds node's TAP summary counts to the totals.
node_suite() {
  local name=$1 folder=$2 log="$log_dir/$(basename "$2").log" np nf ns
  ( cd "$folder" && { [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null; } && node --test --test-reporter=tap ) 2>&1 \
    | tee "$log" | grep -E "^(not ok|# (pass|fail|skipped))"
  [ "${PIPESTATUS[0]}" -eq 0 ] || { failed_steps+=("$name"); grep -A20 "^not ok" "$log"; }
  np=$(grep -E "^# pass [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1)
  nf=$(grep -E "^# fail [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1)
  ns=$(grep -E "^# skipped [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1)
  passed=$((passed + ${np:-0})); failed=$((failed + ${nf:-0})); skipped=$((skipped + ${ns:-0}))
}

step "Bolt: Neo4j's JavaScript driver against the Bolt server (tests/bolt-driver-acceptance, issue #17)"
# Starts the Release server with Bolt on an ephemeral port over an empty database.
node_suite "Bolt driver acceptance" tests/bolt-driver-acceptance

step "Bolt: Neo4j's GraphQL library (@neo4j/graphql) over Bolt against the embedded database (tests/neo4j-graphql-acceptance, issue #17)"
# Starts the Release server with Bolt on an ephemeral port over an empty database; the library's Cypher runs through the driver.
node_suite "@neo4j/graphql acceptance" tests/neo4j-graphql-acceptance

step "Query API: Neo4j's own Query API client against the server's endpoint (tests/query-api-wrapper, issues #12, #17)"
# Starts the Release server with QueryApi:Enabled on an ephemeral port over an empty database.
node_suite "Query API wrapper" tests/query-api-wrapper

step "GraphQL clients as analysts use them: Apollo Client, urql, graphql-ws, graphql-sse, graphql-codegen (tests/analyst-clients, issue #18)"
# Each test file starts the Release server on an ephemeral port over a new database with the seed loaded.
node_suite "analyst clients" tests/analyst-clients

step "GraphQL spec conformance (differential against graphql-js; minimum agreement rate)"
if ( cd tests/GraphExplorer.GraphQL.Conformance/oracle && { [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null; } ) \
  && dotnet run -c Release --project tests/GraphExplorer.GraphQL.Conformance -- --min-pass 99; then :; else
  failed_steps+=("GraphQL spec conformance")
fi

if [ -f client/package.json ]; then
  # Not tests: a finding fails the run as a step and adds nothing to the counts.
  step "web client lint and format (npm run lint: ESLint; npm run format:check: Prettier)"
  ( cd client && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run lint --silent ) || failed_steps+=("web client lint")
  ( cd client && npm run format:check --silent ) || failed_steps+=("web client format")
fi

if [ -f client/package.json ]; then
  step "web client unit tests (vitest)"
  ( cd client && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npx vitest run --reporter=default 2>&1 ) | tee "$log_dir/vitest.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps+=("web client tests")
  sed -i 's/\x1b\[[0-9;]*m//g' "$log_dir/vitest.log"
  vp=$(grep -E "^\s*Tests\s" "$log_dir/vitest.log" | grep -oE "[0-9]+ passed" | grep -oE "[0-9]+" | tail -1)
  vf=$(grep -E "^\s*Tests\s" "$log_dir/vitest.log" | grep -oE "[0-9]+ failed" | grep -oE "[0-9]+" | tail -1)
  passed=$((passed + ${vp:-0})); failed=$((failed + ${vf:-0}))
fi

step "benchmark figures in the READMEs agree with bench/results (node bench/compare.mjs --check)"
node bench/compare.mjs --check || failed_steps+=("benchmark figures in the READMEs")

echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  # Repeated here because CI shows only the end of the output: the failing tests' names and first error lines.
  grep -hE -A3 "^\s+Failed [A-Za-z_]" "$log_dir"/dotnet-test*.log 2> /dev/null | head -60
  echo "failed steps: ${failed_steps[*]}"
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed" -eq 0 ]
