#!/usr/bin/env bash
# Packs phantom-gen from this working tree (Release, as it is released) into WORK/feed, unpacks the
# package into WORK/package and prints the command that runs it as `dotnet tool install` would: the
# phantom-gen.dll of the highest target framework not newer than the machine's .NET runtime.
#
# usage: scripts/pack-tool.sh WORK          prints e.g. "dotnet WORK/package/tools/net10.0/any/phantom-gen.dll"
#   TOOL_PACKAGE=path/PhantomMesh.BuildPorts.Tool.0.1.0.nupkg   use a package built before instead
#   PACK_ARGS="-p:PhantomGenReadyToRun=false"                   extra arguments of dotnet pack
set -euo pipefail

work=${1:?usage: $0 WORK}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$work/feed"
if [[ -n ${TOOL_PACKAGE:-} ]]; then
  cp "$TOOL_PACKAGE" "$work/feed/"
else
  printf 'packing phantom-gen (Release) ...\n' >&2
  # shellcheck disable=SC2086 # PACK_ARGS is a list of arguments
  dotnet pack "$root/src/PhantomMesh.BuildPorts.Cli" -c Release -o "$work/feed" -nr:false -v:q ${PACK_ARGS:-} >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log" >&2; exit 1; }
fi
rm -rf "$work/package"
unzip -q "$work"/feed/PhantomMesh.BuildPorts.Tool.*.nupkg 'tools/*' -d "$work/package"
runtime_major=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { split($2, v, "."); if (v[1] > m) m = v[1] } END { print m }')
tfm=$(find "$work/package/tools" -mindepth 1 -maxdepth 1 -type d -name 'net*' -printf '%f\n' \
  | awk -v max="$runtime_major" '{ v = substr($0, 4) + 0; if (v <= max && v > best) { best = v; name = $0 } } END { print name }')
tool="$work/package/tools/$tfm/any/phantom-gen.dll"
[[ -f $tool ]] || { printf 'no phantom-gen.dll for a runtime up to %s in the package\n' "$runtime_major" >&2; exit 1; }
echo "dotnet $tool"
