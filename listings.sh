#!/usr/bin/env bash
# Runs the listings CLI from a checkout. Builds it first when it is missing or older than its
# sources, quietly: the build's output is shown only if the build fails.
# (Named listings.sh because listings/ is the folder of .listing sources.)
#
# On linux-x64 it runs the Native AOT build (a native program: about 0.1 s a question where the JIT
# build takes 0.6 s, BENCHMARKS.md). That build takes a minute or two, once, and again only after the
# sources change; where it cannot be made (no native toolchain), the JIT build is used and the native
# one is not tried again until the sources change. LISTINGS_JIT=1 always uses the JIT build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$root/compiler/Listings.Cli/Listings.Cli.csproj"
dll="$root/compiler/Listings.Cli/bin/Release/net10.0/listings.dll"
native_dir="$root/compiler/Listings.Cli/bin/native/linux-x64"
native="$native_dir/listings"
native_failed="$root/compiler/Listings.Cli/bin/native/linux-x64.failed"

# stale FILE: FILE is missing or older than a source of the tool.
stale() {
  [ ! -f "$1" ] && return 0
  [ -n "$(find "$root/grammar" "$root/compiler" "$root/docs/diagnostics" "$root/Directory.Build.props" "$root/Directory.Build.targets" "$root/Directory.Packages.props" \
            -newer "$1" \( -name '*.cs' -o -name '*.js' -o -name '*.css' -o -name '*.md' -o -name '*.csproj' -o -name 'Directory.*.props' -o -name 'Directory.Build.targets' \) \
            -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]
}

# build WHAT COMMAND…: runs the build quietly; on failure prints its errors and returns 1.
build() {
  local what="$1" log
  shift
  log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then
    echo "listings: the ${what:+$what }build failed:" >&2
    grep -E ': error ' "$log" | sort -u >&2 || tail -n 20 "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}

if [ -z "${LISTINGS_JIT:-}" ] && [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ]; then
  if ! stale "$native"; then
    exec "$native" "$@"
  fi
  if stale "$native_failed"; then
    echo "listings: building the native command-line tool (Native AOT: first run or sources changed, a minute or two)…" >&2
    if build "native" dotnet publish "$project" -c Release -r linux-x64 -o "$native_dir" -nologo -v quiet -tl:off; then
      touch "$native"
      rm -f "$native_failed"
      exec "$native" "$@"
    fi
    echo "listings: using the JIT build instead (the native build is tried again when the sources change)" >&2
    mkdir -p "$(dirname "$native_failed")" && touch "$native_failed"
  fi
fi

if stale "$dll"; then
  echo "listings: building the command-line tool (first run or sources changed)…" >&2
  build "" dotnet build "$project" -c Release -nologo -v quiet -tl:off || exit 3
  touch "$dll"
fi
exec dotnet "$dll" "$@"
