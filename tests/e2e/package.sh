#!/usr/bin/env bash
# End to end, as a build server sees the product: pack into a temporary folder; consumers that
# reference the package from that folder (a net10.0 console, a net8.0 console, a netstandard2.0 class
# library); build, run, classify; incremental builds after adding, editing, renaming and deleting a
# .listing file; the dotnet tool installed from the same folder; analyzer warnings, SARIF and
# -warnaserror. Every command is a check: a command that fails is a failed check.
# Prints one line per check and a closing "e2e: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0
failed=0
n=0
# check NAME COMMAND: runs COMMAND (a shell string); its exit code decides. A failure prints the end
# of the command's output under the check's name. A pipe ends in `grep -c`, not `grep -q`: with
# pipefail, `grep -q` leaving at its first match can kill the writer before it (unzip, tee) with
# SIGPIPE, and a passing check then fails on a race.
check() {
  n=$((n + 1))
  local log="$work/check-$n.log"
  : >"$log"
  if (eval "$2") >>"$log" 2>&1; then
    echo "  ok: $1"; passed=$((passed + 1))
  else
    echo "  FAILED: $1"; failed=$((failed + 1))
    tail -n 25 "$log" | sed 's/^/      /'
  fi
}
finish() { echo "e2e: $passed passed, $failed failed"; exit $(( failed > 0 ? 1 : 0 )); }
# write FILE: the standard input becomes FILE (a failure to write is a failed check, and the end).
write() {
  mkdir -p "$(dirname "$1")" && cat >"$1" || { echo "  FAILED: writing $1"; failed=$((failed + 1)); finish; }
}

# A version of this run's own (the project's, with a pre-release suffix): a package cache that already
# holds the project's version from an earlier build cannot stand in for the package just packed.
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)-e2e.$(date -u +%Y%m%d%H%M%S)"
feed="$work/feed"
echo "== pack $version into a temporary folder (the README's two dotnet pack commands, in Release)"
check "dotnet pack compiler/Listings.Generator exits 0" \
  "dotnet pack '$root/compiler/Listings.Generator' -c Release -o '$feed' -nologo -v q -p:Version='$version'"
check "dotnet pack compiler/Listings.Cli exits 0" \
  "dotnet pack '$root/compiler/Listings.Cli' -c Release -o '$feed' -nologo -v q -p:Version='$version'"
# The tool's RID-specific packages (README): the framework-dependent fallback for every platform, and
# the Native AOT one for this machine's platform where the tool lists it.
check "dotnet pack compiler/Listings.Cli -r any (the framework-dependent fallback) exits 0" \
  "dotnet pack '$root/compiler/Listings.Cli' -c Release -r any -o '$feed' -nologo -v q -p:Version='$version'"
rid="$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)"
if [ "$rid" = "linux-x64" ]; then
  check "dotnet pack compiler/Listings.Cli -r $rid (Native AOT) exits 0 with no trim or AOT warning" \
    "dotnet pack '$root/compiler/Listings.Cli' -c Release -r '$rid' -o '$feed' -nologo -v q -p:Version='$version' >'$work/aot-pack.log' 2>&1; status=\$?; cat '$work/aot-pack.log'; [ \$status -eq 0 ] && ! grep -E 'warning (IL|NU)[0-9]+' '$work/aot-pack.log'"
fi
[ -f "$feed/Listings.Generator.$version.nupkg" ] && [ -f "$feed/Listings.Cli.$version.nupkg" ] || finish
check "the generator package's contents can be listed" \
  "unzip -l '$feed/Listings.Generator.$version.nupkg' >'$work/contents.txt'"
check "the generator, the analyzers and Sprache are under analyzers/dotnet/cs" \
  "grep -q 'analyzers/dotnet/cs/Listings.Generator.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/Listings.Analyzers.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/Sprache.dll' '$work/contents.txt'"
check "the runtime the generated code calls is under lib/netstandard2.0" \
  "grep -q 'lib/netstandard2.0/Listings.Runtime.dll' '$work/contents.txt'"
check "the runtime's net8.0 build is under lib/net8.0, and both carry their XML documentation" \
  "grep -q 'lib/net8.0/Listings.Runtime.dll' '$work/contents.txt' && grep -q 'lib/net8.0/Listings.Runtime.xml' '$work/contents.txt' && grep -q 'lib/netstandard2.0/Listings.Runtime.xml' '$work/contents.txt'"
check "the package ships the portable PDB of each of its own assemblies, beside it" \
  "for a in analyzers/dotnet/cs/Listings.Generator analyzers/dotnet/cs/Listings.Analyzers analyzers/dotnet/cs/Listings.Compiler analyzers/dotnet/cs/Listings.Grammar analyzers/dotnet/cs/Listings.Runtime lib/netstandard2.0/Listings.Runtime; do grep -q \"\$a.pdb\" '$work/contents.txt' || exit 1; done"
check "the package holds no test or benchmark assembly and nothing generated from this repository's listings" \
  "! grep -E -i 'test|bench|Listings\.French|FrenchListings|\.g\.cs|\.listing' '$work/contents.txt'"

# The consumers restore into a package cache of their own, so what they build with is the package just
# packed, not one left by an earlier run (the first check compares it byte for byte). Other packages
# (the netstandard2.0 library, the net8.0 targeting pack) come from the machine's package cache when
# it has them (a source only if the machine has such a folder), else from its configured sources.
machine_cache="$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: *//p')"
export NUGET_PACKAGES="$work/packages"
machine_source=""
[ -n "$machine_cache" ] && [ -d "$machine_cache" ] && machine_source="<add key=\"machine-cache\" value=\"$machine_cache\" />"
write "$work/consumers/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="listings-e2e" value="$feed" />
    $machine_source
  </packageSources>
</configuration>
XML
write "$work/tool.nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="listings-e2e" value="$feed" />
  </packageSources>
</configuration>
XML

# consumer FILE TARGET-FRAMEWORK [PROPERTIES [ITEMS]]: a project file that references the package.
consumer() {
  write "$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>$2</TargetFramework>
    ${3:-}
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Listings.Generator" Version="$version" />
    ${4:-}
  </ItemGroup>
</Project>
XML
}
stupefiants_header='liste stupefiants "Liste des substances classées comme stupéfiants" fixée par (1)
acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste des substances classées comme stupéfiants" JO du 07/06/1990'

app="$work/consumers/Consumer"
consumer "$app/Consumer.csproj" net10.0 '<OutputType>Exe</OutputType><Nullable>enable</Nullable>'
write "$app/Program.cs" <<'CS'
using System;
using System.Linq;

var answer = Consumer.SubstanceListings.Classify(args[0], new DateTime(2024, 1, 1));
Console.WriteLine(answer.Status + ": " + string.Join(", ", answer.Classifications.Select(c => $"{c.List} {c.Annex} {c.Entry} via {c.Via} at {c.Location}")));
CS
write "$app/substances.listing" <<LISTING
$stupefiants_header
annexe I de stupefiants
comprend les substances ci-après désignées
comprend les sels des substances, isomères, esters et éthers
- "Cocaïne"
LISTING
# Prints the answer on standard error too, so that a failed check shows it.
classify() { dotnet run --project "$app" --no-build -- "$1" | tee -a /dev/stderr; }

echo "== a fresh console project with one PackageReference and a .listing"
check "it restores the package just packed, from the temporary folder" \
  "dotnet restore '$app' && cmp '$feed/Listings.Generator.$version.nupkg' '$NUGET_PACKAGES/listings.generator/$version/listings.generator.$version.nupkg'"
check "it builds" "dotnet build '$app' -nologo -v q"
check "it classifies a salt of a name from its listing" \
  "classify 'chlorhydrate de cocaïne' | grep -c 'Listed: stupefiants I Cocaïne via Salt'"
check "a name its listing does not hold is not listed" \
  "classify 'caféine' | grep -c '^NotListed'"

# Incremental builds only (no --no-incremental, no clean): after each change the classifier answers
# for the .listing files on disk.
echo "== incremental builds: add, edit, rename and delete a .listing file"
write "$app/more/annexe-II.listing" <<'LISTING'
annexe II de stupefiants
comprend les substances ci-après désignées
- "Morphine"
LISTING
# Dated before the last build, as a checkout, a copy that keeps dates or an archive may give it.
check "added (with an old date): after a build, a name of the new file is listed, at the new file" \
  "touch -d '2001-01-01 00:00' '$app/more/annexe-II.listing' && dotnet build '$app' -nologo -v q && classify 'morphine' | grep -c '^Listed: stupefiants II Morphine via .* at more/annexe-II.listing(3,1)'"
check "edited: after a build, the new name is listed and the old one is not" \
  "sed -i 's/\"Morphine\"/\"Héroïne\"/' '$app/more/annexe-II.listing' && dotnet build '$app' -nologo -v q && classify 'héroïne' | grep -c '^Listed: stupefiants II Héroïne' && classify 'morphine' | grep -c '^NotListed'"
check "renamed: after a build, the name is listed at the file's new path" \
  "mv '$app/more/annexe-II.listing' '$app/more/annexe-2.listing' && dotnet build '$app' -nologo -v q && classify 'héroïne' | grep -c '^Listed: stupefiants II Héroïne via .* at more/annexe-2.listing(3,1)'"
check "deleted: after a build, a name of the deleted file is no longer listed" \
  "rm '$app/more/annexe-2.listing' && dotnet build '$app' -nologo -v q && classify 'héroïne' | grep -c '^NotListed' && classify 'cocaïne' | grep -c '^Listed'"

# A netstandard2.0 class library (C# 7.3, its default language version) with a listing, and a net8.0
# console with listings of its own that uses it. Two of the console's files have the same name, in
# different folders outside ListingsSourceRoot. The machine may have no .NET 8 runtime: the console
# rolls forward to the newest one.
lib="$work/consumers/StdLib"
consumer "$lib/StdLib.csproj" netstandard2.0
write "$lib/Lookup.cs" <<'CS'
namespace StdLib
{
    public static class Lookup
    {
        public static global::Listings.Runtime.ClassificationAnswer On2024(string name)
        {
            return SubstanceListings.Classify(name, new global::System.DateTime(2024, 1, 1));
        }
    }
}
CS
write "$lib/psychotropes.listing" <<'LISTING'
liste psychotropes "Liste des substances psychotropes" fixée par (1)
acte (1) de psychotropes : arrêté du 22/02/1990 "fixant la liste des substances psychotropes" JO du 07/06/1990
partie 1 de psychotropes
comprend les substances ci-après énumérées
- "Cathinone"
LISTING
net8="$work/consumers/Net8App"
consumer "$net8/Net8App.csproj" net8.0 \
  '<OutputType>Exe</OutputType><Nullable>enable</Nullable><UseAppHost>false</UseAppHost><RollForward>Major</RollForward>
    <ListingsSourceRoot>$(MSBuildProjectDirectory)/src/</ListingsSourceRoot>' \
  '<ProjectReference Include="../StdLib/StdLib.csproj" />'
write "$net8/Program.cs" <<'CS'
using System;
using System.Linq;

// DateOnly and the JSON contract are the runtime's net8.0 build's: this console gets that build.
var answer = args[0] == "lib" ? StdLib.Lookup.On2024(args[1]) : Net8App.SubstanceListings.Classify(args[1], new DateOnly(2024, 1, 1));
Console.WriteLine(answer.Status + ": " + string.Join(", ", answer.Classifications.Select(c => $"{c.List} {c.Annex} {c.Entry} at {c.Location}")));
if (args[0] == "json")
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(answer, Listings.Runtime.AnswerJson.SerializerOptions));
CS
write "$net8/fr/00-liste.listing" <<LISTING
$stupefiants_header
LISTING
write "$net8/annexes/00-liste.listing" <<'LISTING'
annexe I de stupefiants
comprend les substances ci-après désignées
- "Cocaïne"
LISTING

echo "== a netstandard2.0 library and a net8.0 console"
check "the netstandard2.0 library builds at its default language version" "dotnet build '$lib' -nologo -v q"
check "the net8.0 console builds, with two files named 00-liste.listing in different folders" "dotnet build '$net8' -nologo -v q"
check "the net8.0 console classifies from its two same-named files, each shown with its folder" \
  "dotnet run --project '$net8' --no-build -- own cocaïne | tee -a /dev/stderr | grep -c '^Listed: stupefiants I Cocaïne at annexes/00-liste.listing(3,1)'"
check "the net8.0 console writes an answer as 'classify --jsonl' does, with the runtime's serializer options" \
  "dotnet run --project '$net8' --no-build -- json cocaïne | tee -a /dev/stderr | grep -cF '{\"id\":null,\"name\":\"cocaïne\",\"on\":\"2024-01-01\",\"status\":\"listed\",\"classifications\":[{\"list\":\"stupefiants\",\"annex\":\"I\",\"entry\":\"Cocaïne\",\"via\":\"name\"'"
check "the netstandard2.0 library classifies, called from the net8.0 console" \
  "dotnet run --project '$net8' --no-build -- lib cathinone | tee -a /dev/stderr | grep -c '^Listed: psychotropes .* Cathinone at psychotropes.listing(5,1)' && dotnet run --project '$net8' --no-build -- lib cocaïne | tee -a /dev/stderr | grep -c '^NotListed'"

echo "== the dotnet tool from the same folder"
check "it installs into a temporary tool path" \
  "dotnet tool install Listings.Cli --version '$version' --tool-path '$work/tools' --configfile '$work/tool.nuget.config'"
check "'listings check' reads the consumer's listing" \
  "'$work/tools/listings' check '$app/substances.listing' | grep -c '1 files: 1 lists, 1 acts, 1 annexes or parts, 1 entries; 0 errors'"
if [ "$rid" = "linux-x64" ]; then
  check "the installed tool is the native (AOT) one: the linux-x64 package, with no listings.dll beside it" \
    "target=\$(readlink -f '$work/tools/listings'); echo \$target; case \$target in *listings.cli.linux-x64*) ;; *) exit 1;; esac; [ ! -e \$(dirname \$target)/listings.dll ]"
  check "the native package carries the program, not its 20 MB of debug information (listings.dbg)" \
    "unzip -l '$feed/Listings.Cli.linux-x64.$version.nupkg' | tee -a /dev/stderr | grep -c ' tools/.*/listings\$' && ! unzip -l '$feed/Listings.Cli.linux-x64.$version.nupkg' | grep -cE '\\.(dbg|pdb)\$'"
  # The fallback package's assembly, run by the installed runtime: the JIT build of the same sources.
  check "the fallback package unpacks" "mkdir -p '$work/any' && unzip -q -o '$feed/Listings.Cli.any.$version.nupkg' -d '$work/any'"
  check "every command gives the same output under the AOT tool as under the JIT fallback (French listings)" \
    "bash '$root/tests/e2e/aot-vs-jit.sh' '$work/tools/listings' \"dotnet '\$(ls '$work'/any/tools/*/any/listings.dll)'\" | tee -a /dev/stderr | tail -n 1 | grep -c ' 0 failed'"
  grep -h 'start-up, best of 5' "$work/check-$n.log" | sed 's/^ */  /'
fi

check "'listings site' writes the consumer's listing as pages, with the style sheet, script and docs the tool carries" \
  "'$work/tools/listings' site --out '$work/site' '$app/substances.listing' && test -s '$work/site/index.html' && test -s '$work/site/assets/site.css' && test -s '$work/site/assets/site.js' && test -s '$work/site/docs/LST2001.html' && test -s '$work/site/entrees/cocaine.html'"

echo "== diff --git interrupted: SIGINT and SIGTERM leave no worktree and no temporary folder"
check "diff --git cleans up on SIGINT and SIGTERM" "bash '$root/tests/e2e/diff-signals.sh' '$work/tools/listings'"

echo "== a duplicate entry in the consumer's listing"
check "the build succeeds and warns LST2001 at the listing's path, line and column" \
  "printf -- '- \"Cocaïne\"\\n' >>'$app/substances.listing' && dotnet build '$app' -nologo -v q -p:ErrorLog='$work/build.sarif' >'$work/build.log' 2>&1; status=\$?; cat '$work/build.log'; [ \$status -eq 0 ] && grep -E 'substances\.listing\(7,3\): warning LST2001' '$work/build.log'"
check "the SARIF log records it at the listing" \
  "grep -q '\"ruleId\": \"LST2001\"' '$work/build.sarif' && grep -q 'substances.listing' '$work/build.sarif'"
check "with -warnaserror the build fails on it" \
  "! dotnet build '$app' -nologo -v q --no-incremental -warnaserror"
check "'listings check' reports it too" \
  "'$work/tools/listings' check '$app/substances.listing' | grep -E 'substances\.listing\(7,3\): warning LST2001'"

# Syntax and binding errors cannot be lowered: a listing that loses an entry to a mistake must never
# build into a smaller classifier, whatever the consumer's .globalconfig says.
echo "== a syntax error with LST0001 set to none, then to warning, in the consumer's .globalconfig"
check "with LST0001 = none the build still fails, naming the error at the listing" \
  "printf 'is_global = true\\ndotnet_diagnostic.LST0001.severity = none\\n' >'$app/.globalconfig' && printf -- 'ceci n est pas une instruction\\n' >>'$app/substances.listing' && ! dotnet build '$app' -nologo -v q >'$work/build.log' 2>&1; cat '$work/build.log'; grep -qE 'substances\\.listing\\([0-9]+,1\\): error LST0001' '$work/build.log'"
check "with LST0001 = warning the build still fails" \
  "printf 'is_global = true\\ndotnet_diagnostic.LST0001.severity = warning\\n' >'$app/.globalconfig' && ! dotnet build '$app' -nologo -v q >'$work/build.log' 2>&1; cat '$work/build.log'; grep -qE 'error LST0001' '$work/build.log'"
finish
