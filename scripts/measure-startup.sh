#!/usr/bin/env bash
# Start-up of phantom-gen next to two reference points, as wall time per run:
#
#   check         PHANTOM_GEN check                the tool as its package ships it, on the repo's ports.toml
#   generate      PHANTOM_GEN generate             the same, rendering ports.toml's templates; outputs unchanged
#                                                  since the warm-up run
#   compose       docker-compose -f F config -q    F: a docker-compose.yml generated from ports.toml
#   promtool      promtool check config F          F: the prometheus.yml generated from ports.toml
#   hello         dotnet hello.dll                 an empty .NET console app, same target and roll-forward
#
# PHANTOM_GEN is the phantom-gen command measured; by default `dotnet phantom-gen.dll` of the `any`
# package packed from this working tree (scripts/pack-tool.sh), as `dotnet tool install` runs it, or
# with TOOL_RUNTIME=linux-x64 the Native AOT binary of the linux-x64 package. Set PHANTOM_GEN to
# measure another build: PHANTOM_GEN=path/to/phantom-gen.
#
# Each command runs once to warm the file cache, then RUNS times (default 10); the median is reported,
# with the ratios of check and generate to the others. Uses hyperfine when it is installed, else a
# loop timed with `date +%s%N`. Needs the .NET SDK, docker-compose and promtool (apt-get install
# docker-compose prometheus); without one of them its row is skipped.
#
# Then, unless SCALE=0, scripts/measure-scale.sh (same PHANTOM_GEN and RUNS): check and generate at
# 10,000 and 100,000 ports with peak memory, next to a Python tomllib + Jinja2 script (it needs python3
# with jinja2 and GNU time: apt-get install time). And unless BUILD_RUNS=0, scripts/measure-build.sh
# BUILD_RUNS (default 5): a consumer's no-op `dotnet build` with and without the package, and after
# touching the spec. One run prints every figure of docs/performance.md's start-up and scale table.
#
#   scripts/measure-startup.sh                 # pack the working tree and measure it
#   RUNS=20 scripts/measure-startup.sh
#   PHANTOM_GEN=path/to/phantom-gen scripts/measure-startup.sh             # another build of the tool
#   TOOL_RUNTIME=linux-x64 scripts/measure-startup.sh                       # the Native AOT package (needs clang)
#   PACK_ARGS="-p:TieredPGO=true" scripts/measure-startup.sh                 # try a build setting
#   TOOL_PACKAGE=path/PhantomMesh.BuildPorts.Tool.any.0.1.0.nupkg scripts/measure-startup.sh  # a package built before
#   MEASURE_WITH=loop scripts/measure-startup.sh                            # without hyperfine
#   SCALE=0 BUILD_RUNS=0 scripts/measure-startup.sh                         # start-up only
set -euo pipefail

runs=${RUNS:-10}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d -t phantom-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NO_COLOR=1

log() { printf '%s\n' "$*" >&2; }

# ── The tool, exactly as the package installs it (or PHANTOM_GEN) ─────────────────────
phantom_gen=${PHANTOM_GEN:-$("$root/scripts/pack-tool.sh" "$work/tool")}
export PHANTOM_GEN=$phantom_gen

# ── A compose file generated from ports.toml ──────────────────────────────────────────
# The built-in templates render docker-compose.yml; where they are missing, a small template does.
mkdir -p "$work/templates"
cat >"$work/templates/docker-compose.yml.sbn" <<'TEMPLATE'
services:
{{~ for c in containers }}
  {{ c.name }}:
    image: "{{ c.image ?? ("phantom-mesh/" + c.name + ":local") }}"
{{~ if c.ports.size > 0 }}
    ports:
{{~ for p in c.ports }}
      - "{{ p.compose_mapping }}"
{{~ end }}
{{~ end }}
{{~ end }}
TEMPLATE
if [[ -d "$root/templates" ]]; then
  cp -r "$root/templates/." "$work/templates/"
fi
$phantom_gen generate --spec "$root/ports.toml" --templates "$work/templates" --out "$work/deploy" >"$work/generate.log" 2>&1 \
  || { cat "$work/generate.log" >&2; exit 1; }
compose_file=$(find "$work/deploy" -name 'docker-compose.yml' | head -n 1)
prometheus_file=$(find "$work/deploy" -name 'prometheus.yml' | head -n 1)

# ── Hello world with the tool's target framework and roll-forward ─────────────────────
mkdir -p "$work/hello"
cat >"$work/hello/hello.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RollForward>Major</RollForward>
    <InvariantGlobalization>true</InvariantGlobalization>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
</Project>
PROJECT
echo 'Console.WriteLine("Hello, World!");' >"$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -o "$work/hello/out" -nr:false -v:q >"$work/hello.log" 2>&1 \
  || { cat "$work/hello.log" >&2; exit 1; }

# ── Measure ───────────────────────────────────────────────────────────────────────────
names=(check generate hello)
commands=("$phantom_gen check --spec $root/ports.toml"
  "$phantom_gen generate --spec $root/ports.toml --templates $work/templates --out $work/generated"
  "dotnet $work/hello/out/hello.dll")
if command -v docker-compose >/dev/null 2>&1 && [[ -n $compose_file ]]; then
  names+=(compose)
  commands+=("docker-compose -f $compose_file config -q")
else
  log "docker-compose not found: the compose row is skipped"
fi
if command -v promtool >/dev/null 2>&1 && [[ -n $prometheus_file ]]; then
  names+=(promtool)
  commands+=("promtool check config $prometheus_file")
else
  log "promtool or a generated prometheus.yml not found: the promtool row is skipped"
fi

declare -A median_ms
if [[ ${MEASURE_WITH:-auto} != loop ]] && command -v hyperfine >/dev/null 2>&1; then
  method="hyperfine $(hyperfine --version | cut -d' ' -f2), --warmup 1 --runs $runs, no shell"
  for i in "${!names[@]}"; do
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/${names[$i]}.json" "${commands[$i]}" >/dev/null 2>&1 \
      || { log "hyperfine failed on: ${commands[$i]}"; exit 1; }
    median_ms[${names[$i]}]=$(grep -o '"median": *[0-9.e+-]*' "$work/${names[$i]}.json" | head -n 1 \
      | awk -F: '{ printf "%.1f", $2 * 1000 }')
  done
else
  method="bash loop timed with date +%s%N, 1 warm-up run, $runs runs"
  for i in "${!names[@]}"; do
    read -r -a argv <<<"${commands[$i]}"
    "${argv[@]}" >/dev/null 2>&1
    : >"$work/${names[$i]}.times"
    for ((run = 0; run < runs; run++)); do
      start=$(date +%s%N)
      "${argv[@]}" >/dev/null 2>&1
      end=$(date +%s%N)
      echo $(((end - start) / 1000)) >>"$work/${names[$i]}.times"
    done
    median_ms[${names[$i]}]=$(sort -n "$work/${names[$i]}.times" | awk '{ v[NR] = $1 } END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }')
  done
fi

# ── Report ────────────────────────────────────────────────────────────────────────────
cpu=$(grep -m 1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
echo "machine:  ${cpu:-unknown CPU}, $(nproc) cores, $(uname -sr), .NET runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }')"
echo "method:   $method, median wall time"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after the runs"
echo "tool:     ${phantom_gen//$work\//}${TOOL_RUNTIME:+ (TOOL_RUNTIME=$TOOL_RUNTIME)}${TOOL_PACKAGE:+ ($TOOL_PACKAGE)}${PACK_ARGS:+ (pack arguments: $PACK_ARGS)}"
echo
printf '| %-12s | %-100s | %10s |\n' "what" "command" "median ms"
printf '|%s|%s|%s|\n' "--------------" "------------------------------------------------------------------------------------------------------" "------------"
for i in "${!names[@]}"; do
  shown=${commands[$i]//$work\//}
  shown=${shown//$root\//}
  printf '| %-12s | %-100s | %10s |\n' "${names[$i]}" "$shown" "${median_ms[${names[$i]}]}"
done
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo "check / hello:      $(ratio "${median_ms[check]}" "${median_ms[hello]}")"
echo "generate / hello:   $(ratio "${median_ms[generate]}" "${median_ms[hello]}")"
if [[ -n ${median_ms[compose]:-} ]]; then
  echo "check / compose:    $(ratio "${median_ms[check]}" "${median_ms[compose]}")"
  echo "generate / compose: $(ratio "${median_ms[generate]}" "${median_ms[compose]}")"
fi
if [[ -n ${median_ms[promtool]:-} ]]; then
  echo "check / promtool:   $(ratio "${median_ms[check]}" "${median_ms[promtool]}")"
fi

# ── check and generate at scale, next to Python ───────────────────────────────────────
if [[ ${SCALE:-1} != 0 ]]; then
  log "timing check and generate at scale (scripts/measure-scale.sh) ..."
  echo
  RUNS=$runs "$root/scripts/measure-scale.sh"
fi

# ── A consumer's dotnet build with and without the package ────────────────────────────
build_runs=${BUILD_RUNS:-5}
if [[ $build_runs != 0 ]]; then
  log "timing dotnet build with and without the package (scripts/measure-build.sh $build_runs) ..."
  "$root/scripts/measure-build.sh" "$build_runs" >"$work/build.out" 2>&1 || { cat "$work/build.out" >&2; exit 1; }
  echo
  echo "dotnet build of a consumer (scripts/measure-build.sh $build_runs):"
  sed -n '/^median wall time/,$p' "$work/build.out"
fi
