#!/usr/bin/env bash
# End to end: 'listings diff --git' interrupted by SIGINT (Ctrl-C) and by SIGTERM leaves no git
# worktree registered and no temporary folder behind, and ends with 128 + the signal's number.
# A post-checkout hook holds git inside 'git worktree add' of the second revision, so the signal
# comes while the first worktree exists and the second is being made: the worst moment.
#
# Usage: bash tests/e2e/diff-signals.sh [LISTINGS-COMMAND]
#   LISTINGS-COMMAND: how to run the tool (default: build compiler/Listings.Cli and run its dll),
#   e.g. the installed tool "$work/tools/listings" from tests/e2e/package.sh.
# Prints one line per check and a closing "diff-signals: N passed, N failed"; exit 1 if one failed.
set -uo pipefail
set -m # background jobs in their own process group, with SIGINT not ignored (as in a terminal)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0
failed=0
check() {
  if eval "$2" >>"$work/checks.log" 2>&1; then
    echo "  ok: $1"; passed=$((passed + 1))
  else
    echo "  FAILED: $1"; failed=$((failed + 1))
  fi
}
finish() { echo "diff-signals: $passed passed, $failed failed"; exit $(( failed > 0 ? 1 : 0 )); }

if [ $# -ge 1 ]; then
  listings=("$1")
else
  dotnet build "$root/compiler/Listings.Cli" -c Release -nologo -v q -tl:off >"$work/build.log" 2>&1 || { cat "$work/build.log"; failed=1; finish; }
  listings=(dotnet "$root/compiler/Listings.Cli/bin/Release/net10.0/listings.dll")
fi

repo="$work/repo"
mkdir -p "$repo/listings" "$work/tmp"
git -C "$repo" init --quiet
git -C "$repo" config user.name "Listings e2e"
git -C "$repo" config user.email "listings-e2e@example.invalid"
git -C "$repo" config commit.gpgsign false
cat >"$repo/listings/listes.listing" <<'LISTING'
liste stupefiants "Liste des substances classées comme stupéfiants" fixée par (1)
acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste des stupéfiants" JO du 07/06/1990

annexe I de stupefiants
comprend les substances ci-après désignées
- "Alphamine"
LISTING
git -C "$repo" add --all && git -C "$repo" commit --quiet --message first
printf -- '- "Bétamine"\n' >>"$repo/listings/listes.listing"
git -C "$repo" add --all && git -C "$repo" commit --quiet --message second
# Worktrees share the repository's hooks: this one holds the checkout of the second revision.
cat >"$repo/.git/hooks/post-checkout" <<'HOOK'
#!/bin/sh
case "$PWD" in
  */head) : >"$DIFF_SIGNALS_MARK"; sleep 5 ;;
esac
HOOK
chmod +x "$repo/.git/hooks/post-checkout"

worktrees() { git -C "$repo" worktree list --porcelain | grep -c '^worktree '; }

check "an uninterrupted diff --git reports the added entry and cleans up" \
  "(cd '$repo' && DIFF_SIGNALS_MARK='$work/mark' TMPDIR='$work/tmp' ${listings[*]@Q} diff --git HEAD~1..HEAD --on 2000-01-01) | grep -c 'Bétamine' \
   && [ \"\$(worktrees)\" = 1 ] && [ -z \"\$(ls -A '$work/tmp')\" ]"

for signal in INT TERM; do
  echo "== SIGINT/SIGTERM: kill -$signal while git checks out the second revision"
  rm -f "$work/mark"
  (cd "$repo" && DIFF_SIGNALS_MARK="$work/mark" TMPDIR="$work/tmp" exec "${listings[@]}" diff --git HEAD~1..HEAD --on 2000-01-01) \
    >"$work/out.$signal" 2>"$work/err.$signal" &
  pid=$!
  for _ in $(seq 1 600); do [ -e "$work/mark" ] && break; sleep 0.1; done
  check "the diff reached the second checkout (SIG$signal)" "[ -e '$work/mark' ]"
  registered_during="$(worktrees)"
  check "two worktrees were registered then (SIG$signal)" "[ '$registered_during' -ge 2 ]"
  kill -"$signal" "$pid"
  wait "$pid"
  status=$?
  [ "$signal" = INT ] && expected=130 || expected=143
  check "it ends with exit code $expected (SIG$signal; got $status)" "[ '$status' = '$expected' ]"
  check "it says so on stderr (SIG$signal)" "grep -q 'interrupted by SIG$signal' '$work/err.$signal'"
  check "no worktree is left registered (SIG$signal)" "[ \"\$(worktrees)\" = 1 ]"
  check "no temporary folder is left (SIG$signal)" "[ -z \"\$(ls -A '$work/tmp')\" ]"
  check "no report was printed (SIG$signal)" "[ ! -s '$work/out.$signal' ]"
done
finish
