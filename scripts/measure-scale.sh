#!/usr/bin/env bash
# phantom-gen at scale, next to a Python baseline, as whole processes: median wall time and median peak
# memory (maximum resident set size, the figure `/usr/bin/time -v` prints) of RUNS runs after one warm-up.
#
#   check      PHANTOM_GEN check --spec SPEC
#   generate   PHANTOM_GEN generate --spec SPEC --out OUT      outputs unchanged since the warm-up run
#   python     python3 benchmarks/python/render_outputs.py SPEC OUT   tomllib + Jinja2: a compose file,
#              Kubernetes Services and a port table, written only when changed (same kind of outputs,
#              far fewer of them, no checks)
#
# SPEC: the repository's ports.toml (its templates/ beside it), then specs of SIZES ports written by
# benchmarks/python/generate_spec.py (the same text as GeneratedSpec.Create in the benchmarks project;
# built-in templates only). Prints a table and the growth from the first to the last size.
#
# Needs: the .NET SDK; python3 3.11+ (tomllib) with jinja2 (pip install jinja2); GNU time at
# /usr/bin/time (Debian: apt-get install time), unzip.
#
#   scripts/measure-scale.sh                                     # packs this working tree's phantom-gen
#   PHANTOM_GEN="path/to/phantom-gen" scripts/measure-scale.sh   # any phantom-gen command: a native build, ...
#   RUNS=3 SIZES="10000 100000" scripts/measure-scale.sh         # the defaults
set -euo pipefail

runs=${RUNS:-3}
sizes=${SIZES:-10000 100000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d -t phantom-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NO_COLOR=1

log() { printf '%s\n' "$*" >&2; }
[[ -x /usr/bin/time ]] || { log "GNU time is missing: apt-get install time"; exit 1; }
python3 -c 'import tomllib, jinja2' 2>/dev/null || { log "python3 3.11+ with jinja2 is needed: pip install jinja2"; exit 1; }

phantom_gen=${PHANTOM_GEN:-$("$root/scripts/pack-tool.sh" "$work/tool")}
read -r -a pg <<<"$phantom_gen"

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME COMMAND...: one warm-up run (which must succeed), then RUNS runs; sets ms[NAME], mb[NAME].
declare -A ms mb
measure() {
  local name=$1 run start end
  shift
  "$@" >"$work/$name.out" 2>&1 || { log "failed: $*"; cat "$work/$name.out" >&2; exit 1; }
  : >"$work/$name.ms"
  : >"$work/$name.kb"
  for ((run = 0; run < runs; run++)); do
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/$name.rss" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >>"$work/$name.ms"
    tail -n 1 "$work/$name.rss" >>"$work/$name.kb"
  done
  ms[$name]=$(awk '{ print $1 / 1000 }' "$work/$name.ms" | median)
  mb[$name]=$(awk '{ print $1 / 1024 }' "$work/$name.kb" | median)
}

labels=(13)
specs=("$root/ports.toml")
for n in $sizes; do
  mkdir -p "$work/spec-$n"
  python3 "$root/benchmarks/python/generate_spec.py" "$n" >"$work/spec-$n/ports.toml"
  labels+=("$n")
  specs+=("$work/spec-$n/ports.toml")
done

for i in "${!labels[@]}"; do
  n=${labels[$i]} spec=${specs[$i]}
  log "measuring $n ports ($runs runs each) ..."
  measure "check-$n" "${pg[@]}" check --spec "$spec"
  measure "generate-$n" "${pg[@]}" generate --spec "$spec" --out "$work/out-$n"
  measure "python-$n" python3 "$root/benchmarks/python/render_outputs.py" "$spec" "$work/python-$n"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo "phantom-gen: ${phantom_gen//$work\//}"
echo "python:      $(python3 --version | cut -d' ' -f2), Jinja2 $(python3 -c 'import jinja2; print(jinja2.__version__)')"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after the runs"
echo "method:      $runs runs after 1 warm-up, median wall time (date +%s%N) and median max RSS (GNU time %M)"
echo
row() { printf '| %8s | %9s | %9s | %11s | %11s | %9s | %9s | %11s | %14s |\n' "$@"; }
row ports "check ms" "check MB" "generate ms" "generate MB" "python ms" "python MB" "generate/py" "files (gen/py)"
row ---: ---: ---: ---: ---: ---: ---: ---: ---:
for i in "${!labels[@]}"; do
  n=${labels[$i]}
  files="$(find "$work/out-$n" -type f | wc -l)/$(find "$work/python-$n" -type f | wc -l)"
  row "$n" "${ms[check-$n]}" "${mb[check-$n]}" \
    "${ms[generate-$n]}" "${mb[generate-$n]}" "${ms[python-$n]}" "${mb[python-$n]}" \
    "$(ratio "${ms[generate-$n]}" "${ms[python-$n]}")" "$files"
done
first=${labels[1]:-} last=${labels[-1]}
if [[ -n $first && $first != "$last" ]]; then
  echo
  echo "growth $first -> $last ports (x$(ratio "$last" "$first") ports):"
  for what in check generate python; do
    printf '  %-9s time x%s, memory x%s\n' "$what" "$(ratio "${ms[$what-$last]}" "${ms[$what-$first]}")" "$(ratio "${mb[$what-$last]}" "${mb[$what-$first]}")"
  done
fi
