#!/usr/bin/env bash
# Builds the VS Code extension, editors/vscode/listings.vsix (or the path given), from a clean clone:
#   bash editors/vscode/package.sh [OUT.vsix]
# It checks the committed grammar is what scripts/make-grammar.js writes, installs the locked
# packages (npm ci: vscode-languageclient, and @vscode/vsce to package), runs the extension's own
# tests, and packages with vsce. Needs node and npm; the grammar's token tests run in `dotnet test`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/listings.vsix}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
cd "$here"

node scripts/make-grammar.js --check
npm ci --no-audit --no-fund
node --test test/
cp ../../LICENSE LICENSE
npx --no-install vsce package --out "$out"
echo "vscode: packaged $out"
