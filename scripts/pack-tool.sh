#!/usr/bin/env bash
# Packs one of phantom-gen's platform packages from this working tree (Release, as it is released) into
# WORK/feed, unpacks it into WORK/package and prints the command that runs it as `dotnet tool install`
# would.
#
# usage: scripts/pack-tool.sh WORK
#   TOOL_RUNTIME=linux-x64   the Native AOT package (needs clang and zlib1g-dev): prints WORK/package/tools/any/linux-x64/phantom-gen
#   TOOL_RUNTIME=any         the framework-dependent package (the default): prints "dotnet WORK/package/tools/net10.0/any/phantom-gen.dll"
#   TOOL_PACKAGE=path/PhantomMesh.BuildPorts.Tool.any.0.1.0.nupkg   use a package built before instead
#   PACK_ARGS="-p:..."       extra arguments of dotnet pack
set -euo pipefail

work=${1:?usage: $0 WORK}
runtime=${TOOL_RUNTIME:-any}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$work/feed"
if [[ -n ${TOOL_PACKAGE:-} ]]; then
  cp "$TOOL_PACKAGE" "$work/feed/"
  package=$work/feed/$(basename "$TOOL_PACKAGE")
else
  printf 'packing phantom-gen (Release, %s) ...\n' "$runtime" >&2
  # shellcheck disable=SC2086 # PACK_ARGS is a list of arguments
  dotnet pack "$root/src/PhantomMesh.BuildPorts.Cli" -c Release -r "$runtime" -o "$work/feed" -nr:false -v:q ${PACK_ARGS:-} >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log" >&2; exit 1; }
  package=$(find "$work/feed" -name "PhantomMesh.BuildPorts.Tool.$runtime.*.nupkg" | head -n 1)
fi
rm -rf "$work/package"
unzip -q "$package" 'tools/*' -d "$work/package"
native=$(find "$work/package/tools" -path '*/tools/*/*/phantom-gen' -type f | head -n 1)
if [[ -n $native ]]; then
  chmod +x "$native" # zip keeps no file modes; dotnet tool install sets this one too
  echo "$native"
  exit 0
fi
tool=$(find "$work/package/tools" -path '*/tools/net*/any/phantom-gen.dll' -type f | sort | tail -n 1)
[[ -n $tool ]] || { printf 'no phantom-gen or phantom-gen.dll in %s\n' "$package" >&2; exit 1; }
echo "dotnet $tool"
