#!/usr/bin/env python3
"""Lists each public type declared in src/PhantomMesh.BuildPorts.Core and the projects that name it.

Used to decide which Core types are part of the declared surface (named by Cli, Tasks or the
benchmarks) and which are a stage's internals (named by Core and its tests only).
A name match is a whole-word text match of the type's name or, for a class of extension methods, of one
of its methods' names; it over-reports, and misses a type another project reaches without naming it
(through `var`): the build reports those as soon as the type is made internal.

usage: scripts/core-surface-usage.py [--unused]   (--unused: only types no other project names)
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.path.join(ROOT, "src", "PhantomMesh.BuildPorts.Core")
CONSUMERS = {
    "Cli": "src/PhantomMesh.BuildPorts.Cli",
    "Tasks": "src/PhantomMesh.BuildPorts.Tasks",
    "Benchmarks": "benchmarks",
    "Testing": "tests/PhantomMesh.BuildPorts.Testing",
    "Cli.Tests": "tests/PhantomMesh.BuildPorts.Cli.Tests",
    "Tasks.Tests": "tests/PhantomMesh.BuildPorts.Tasks.Tests",
    "Docker.Tests": "tests/PhantomMesh.BuildPorts.Docker.Tests",
}
SURFACE_USERS = {"Cli", "Tasks", "Benchmarks"}
DECL = re.compile(r"^\s*public\s+(?:(?:static|sealed|abstract|readonly|partial|ref|unsafe)\s+)*"
                  r"(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?|delegate\s+\S+)\s+(\w+)", re.M)

EXTENSION = re.compile(r"public\s+static\s+[^(=]+?\s(\w+)(?:<[^>]*>)?\(\s*this\s")


def sources(folder):
    for dirpath, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
        for name in files:
            if name.endswith(".cs"):
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    yield path, f.read()


def strip_comments(text):
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)


def main():
    only_unused = "--unused" in sys.argv
    types, extensions = {}, {}
    for path, text in sources(CORE):
        for m in DECL.finditer(text):
            types[m.group(1)] = os.path.relpath(path, CORE)
            extensions[m.group(1)] = EXTENSION.findall(text) if "static class" in m.group(0) else []
    texts = {k: [strip_comments(t) for _, t in sources(os.path.join(ROOT, v))] for k, v in CONSUMERS.items()}
    surface = 0
    for name in sorted(types, key=lambda n: (types[n], n)):
        word = re.compile(r"\b(?:" + "|".join(map(re.escape, [name] + extensions[name])) + r")\b")
        users = [k for k, ts in texts.items() if any(word.search(t) for t in ts)]
        public = bool(SURFACE_USERS.intersection(users))
        surface += public
        if only_unused and public:
            continue
        print(f"{'public  ' if public else 'internal'} {name:<34} {types[name]:<52} {', '.join(users) or '-'}")
    print(f"# {len(types)} public type declarations, {surface} named by Cli/Tasks/benchmarks", file=sys.stderr)


main()
