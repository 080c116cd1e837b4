#!/usr/bin/env bash
# End to end, as a build server sees the product: pack into a temporary folder; a fresh console
# project that references the package from that folder only; a small .listing; build, run, classify;
# the dotnet tool installed from the same folder; analyzer warnings, SARIF and -warnaserror.
# Prints one line per check and a closing "e2e: N passed, N failed".
set -uo pipefail
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
finish() { echo "e2e: $passed passed, $failed failed"; exit $(( failed > 0 ? 1 : 0 )); }

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)"
feed="$work/feed"
echo "== pack $version into a temporary folder"
dotnet pack "$root/compiler/Listings.Generator" -c Release -o "$feed" -nologo -v q >"$work/pack.log" 2>&1
dotnet pack "$root/compiler/Listings.Cli" -c Release -o "$feed" -nologo -v q >>"$work/pack.log" 2>&1
check "the generator package and the tool package are produced" \
  "[ -f '$feed/Listings.Generator.$version.nupkg' ] && [ -f '$feed/Listings.Cli.$version.nupkg' ]"
[ -f "$feed/Listings.Generator.$version.nupkg" ] || { cat "$work/pack.log"; finish; }
unzip -l "$feed/Listings.Generator.$version.nupkg" >"$work/contents.txt"
check "the generator, the analyzers and Sprache are under analyzers/dotnet/cs" \
  "grep -q 'analyzers/dotnet/cs/Listings.Generator.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/Listings.Analyzers.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/Sprache.dll' '$work/contents.txt'"
check "the runtime the generated code calls is under lib/netstandard2.0" \
  "grep -q 'lib/netstandard2.0/Listings.Runtime.dll' '$work/contents.txt'"
check "the package holds no test or benchmark assembly and nothing generated from this repository's listings" \
  "! grep -E -i 'test|bench|Listings\.French|FrenchListings|\.g\.cs|\.listing' '$work/contents.txt'"

# The consumer restores from the temporary folder only, into a cache of its own: what it builds with
# is the package just packed, not one left in a cache by an earlier run.
export NUGET_PACKAGES="$work/packages"
app="$work/Consumer"
mkdir -p "$app"
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cp "$work/nuget.config" "$app/nuget.config"
cat >"$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Listings.Generator" Version="$version" />
  </ItemGroup>
</Project>
XML
cat >"$app/Program.cs" <<'CS'
using System;
using System.Linq;

var answer = Consumer.SubstanceListings.Classify(args[0], new DateTime(2024, 1, 1));
Console.WriteLine(answer.Status + ": " + string.Join(", ", answer.Classifications.Select(c => $"{c.List} {c.Annex} {c.Entry} via {c.Via}")));
CS
cat >"$app/substances.listing" <<'LISTING'
liste stupefiants "Liste des substances classées comme stupéfiants" fixée par (1)
acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste des substances classées comme stupéfiants" JO du 07/06/1990
annexe I de stupefiants
comprend les substances ci-après désignées
comprend les sels des substances, isomères, esters et éthers
- "Cocaïne"
LISTING

echo "== a fresh console project with one PackageReference and a .listing"
check "it builds" "dotnet build '$app' -nologo -v q"
check "it classifies a salt of a name from its listing" \
  "dotnet run --project '$app' --no-build -- 'chlorhydrate de cocaïne' | grep -q 'Listed: stupefiants I Cocaïne via Salt'"
check "a name its listing does not hold is not listed" \
  "dotnet run --project '$app' --no-build -- 'caféine' | grep -q '^NotListed'"

echo "== the dotnet tool from the same folder"
check "it installs into a temporary tool path" \
  "dotnet tool install Listings.Cli --version '$version' --tool-path '$work/tools' --configfile '$work/nuget.config'"
check "'listings check' reads the consumer's listing" \
  "'$work/tools/listings' check '$app/substances.listing' | grep -q '1 files: 1 lists, 1 acts, 1 annexes or parts, 1 entries; 0 errors'"

echo "== a duplicate entry in the consumer's listing"
printf -- '- "Cocaïne"\n' >>"$app/substances.listing"
dotnet build "$app" -nologo -v q -p:ErrorLog="$work/build.sarif" >"$work/build.log" 2>&1
check "the build warns LST2001 at the listing's path, line and column" \
  "grep -E 'substances\.listing\(7,3\): warning LST2001' '$work/build.log'"
check "the SARIF log records it at the listing" \
  "grep -q '\"ruleId\": \"LST2001\"' '$work/build.sarif' && grep -q 'substances.listing' '$work/build.sarif'"
check "with -warnaserror the build fails on it" \
  "! dotnet build '$app' -nologo -v q --no-incremental -warnaserror"
check "'listings check' reports it too" \
  "'$work/tools/listings' check '$app/substances.listing' | grep -E 'substances\.listing\(7,3\): warning LST2001'"
finish
