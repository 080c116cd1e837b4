#!/usr/bin/env bash
# Runs the listings CLI from a checkout. Builds it first when it is missing or older than its
# sources, quietly: the build's output is shown only if the build fails.
# (Named listings.sh because listings/ is the folder of .listing sources.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$root/compiler/Listings.Cli/Listings.Cli.csproj"
dll="$root/compiler/Listings.Cli/bin/Release/net10.0/listings.dll"

stale() {
  [ ! -f "$dll" ] && return 0
  [ -n "$(find "$root/grammar" "$root/compiler" "$root/docs/diagnostics" "$root/Directory.Build.props" "$root/Directory.Build.targets" "$root/Directory.Packages.props" \
            -newer "$dll" \( -name '*.cs' -o -name '*.js' -o -name '*.css' -o -name '*.md' -o -name '*.csproj' -o -name 'Directory.*.props' -o -name 'Directory.Build.targets' \) \
            -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]
}

if stale; then
  echo "listings: building the command-line tool (first run or sources changed)…" >&2
  log="$(mktemp)"
  if ! dotnet build "$project" -c Release -nologo -v quiet -tl:off >"$log" 2>&1; then
    echo "listings: the build failed:" >&2
    grep -E ': error ' "$log" | sort -u >&2 || cat "$log" >&2
    rm -f "$log"
    exit 2
  fi
  rm -f "$log"
  touch "$dll"
fi
exec dotnet "$dll" "$@"
