#!/usr/bin/env bash
# What the PhantomMesh.BuildPorts package costs a consumer's `dotnet build`.
#
# Packs the task project into a temporary folder feed, then creates two identical net8.0
# class libraries there (the repository's ports.toml and a small templates/ folder beside each),
# one referencing the package and one not, and times with each:
#   - N no-op builds (nothing changed since the last build);
#   - N builds right after touching ports.toml (newer, same text: the package finds the content
#     unchanged and skips the generator, see docs/msbuild.md);
#   - N builds right after editing ports.toml (a comment line appended: the generator runs, its
#     outputs do not change). This is what the generator itself costs a build.
# Prints the median wall time of each and the ratio with/without (the project without the package
# gets the same touch or edit, which changes nothing for it). Not a test: timings are noisy;
# compare ratios, and run it on an otherwise idle machine.
#
# usage: scripts/measure-build.sh [N]     (N defaults to 5)
# Builds run with -nr:false, as CI does, so every build starts its own MSBuild nodes.
set -euo pipefail

runs="${1:-5}"
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [N]   (N: builds per measurement, default 5)" >&2
  exit 2
fi

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d -t pm-measure.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"
version="0.0.0-measure.g$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"

echo "== pack PhantomMesh.BuildPorts $version"
dotnet pack "$repo/src/PhantomMesh.BuildPorts.Tasks/PhantomMesh.BuildPorts.Tasks.csproj" \
  -c Release -o "$work/feed" -p:Version="$version" -nr:false -v:q >/dev/null

cat >"$work/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="under-test" value="$work/feed" />
    <add key="upstream" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

# consumer NAME REFERENCE: a class library; REFERENCE is the PackageReference line, or empty.
consumer() {
  local dir="$work/$1"
  mkdir -p "$dir/templates"
  cp "$repo/ports.toml" "$dir/ports.toml"
  printf '{{ project.name }}: {{ ports.size }} ports\n' >"$dir/templates/summary.txt.sbn"
  printf '# Ports\n{{ for p in ports }}- {{ p.host_port }}\n{{ end }}' >"$dir/templates/ports.md.sbn"
  printf 'namespace Measure;\n\npublic static class Class1 { }\n' >"$dir/Class1.cs"
  cat >"$dir/app.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    $2
  </ItemGroup>
</Project>
EOF
}
consumer with "<PackageReference Include=\"PhantomMesh.BuildPorts\" Version=\"$version\" PrivateAssets=\"all\" />"
consumer without ""

build() { # build NAME: one quiet build; fails the script if the build fails
  dotnet build "$work/$1/app.csproj" -nr:false -tl:off -v:q -clp:NoSummary >"$work/$1.log" 2>&1 \
    || { cat "$work/$1.log" >&2; echo "error: the build of '$1' failed" >&2; exit 1; }
}

once() { # once NAME CHANGE: seconds one build of NAME takes, after CHANGE (none, touch or edit) to its ports.toml
  local start end
  case $2 in
    touch) touch "$work/$1/ports.toml" ;;
    edit) echo '# edited' >>"$work/$1/ports.toml" ;; # one more line each time: new text, the same ports
  esac
  start=$EPOCHREALTIME
  build "$1"
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

# loadavg: the 1-minute load average (timings are only comparable between runs under a similar load).
loadavg() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown; }

median() { sort -n | awk '{ t[NR] = $1 } END { if (NR % 2) printf "%.3f", t[(NR + 1) / 2]; else printf "%.3f", (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }

# measure CHANGE: N builds of each consumer, alternating with and without so that drift in the
# machine's load hits both alike; sets $with and $without to the medians.
measure() {
  local a=() b=()
  for ((i = 0; i < runs; i++)); do
    a+=("$(once with "$1")")
    b+=("$(once without "$1")")
  done
  with=$(printf '%s\n' "${a[@]}" | median)
  without=$(printf '%s\n' "${b[@]}" | median)
}

echo "== first builds (restore, compile, generate): not timed"
build with
build without
test -f "$work/with/artifacts/deploy/ports.md" || { echo "error: the package generated nothing" >&2; exit 1; }

echo "== timing $runs builds per case"
load_before=$(loadavg)
measure none
noop_with=$with noop_without=$without
measure touch
touch_with=$with touch_without=$without
measure edit
edit_with=$with edit_without=$without

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
printf '%-34s %12s %12s %8s\n' "median wall time of N=$runs" "with (s)" "without (s)" "ratio"
printf '%-34s %12s %12s %8s\n' "no-op dotnet build" "$noop_with" "$noop_without" "$(ratio "$noop_with" "$noop_without")"
printf '%-34s %12s %12s %8s\n' "dotnet build after touching spec" "$touch_with" "$touch_without" "$(ratio "$touch_with" "$touch_without")"
printf '%-34s %12s %12s %8s\n' "dotnet build after editing spec" "$edit_with" "$edit_without" "$(ratio "$edit_with" "$edit_without")"
echo "load average (1 min) $load_before before the timed builds, $(loadavg) after, on $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores"
