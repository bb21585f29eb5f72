#!/usr/bin/env bash
# Runs every test of the repository: the one command README.md gives and CI calls.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== build"
dotnet build GraphExplorer.sln -c Release -nologo -v quiet

echo "== unit and integration tests"
dotnet test GraphExplorer.sln -c Release --no-build -nologo --logger "console;verbosity=minimal"
