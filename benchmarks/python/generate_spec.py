#!/usr/bin/env python3
"""Writes a valid ports.toml of N ports to stdout, the same text as GeneratedSpec.Create(N) in
benchmarks/PhantomMesh.BuildPorts.Benchmarks: ten ports a container, one group per thousand ports,
host ports counting up from 1024 on TCP and then again on UDP.

usage: generate_spec.py N > ports.toml
"""
import sys

FIRST_PORT = 1024
PORTS_PER_PROTOCOL = 64000


def create(port_count: int) -> str:
    text = ['[project]\nname = "generated"\nnetwork = "generated-net"\n\n']
    groups = (min(port_count, PORTS_PER_PROTOCOL) + 999) // 1000
    for g in range(groups):
        first = FIRST_PORT + g * 1000
        last = min(first + 999, FIRST_PORT + PORTS_PER_PROTOCOL - 1)
        text.append(f'[groups.g{g}]\nrange = "{first}-{last}"\n\n')
    for i in range(port_count):
        if i % 10 == 0:
            text.append(f'[containers.c{i // 10}]\nimage = "busybox:1.36"\nservice = "c{i // 10}"\n\n')
        host = FIRST_PORT + i % PORTS_PER_PROTOCOL
        protocol = "tcp" if i < PORTS_PER_PROTOCOL else "udp"
        health = '{ http = "/health" }' if protocol == "tcp" else '{ command = "true" }'
        text.append(
            f"[containers.c{i // 10}.ports.p{i % 10}]\n"
            f"host_port = {host}\n"
            f"container_port = {8000 + i % 10}\n"
            f'protocol = "{protocol}"\n'
            f'group = "g{(host - FIRST_PORT) // 1000}"\n'
            f'purpose = "generated port {i}"\n'
            f"health = {health}\n\n")
    return "".join(text)


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: generate_spec.py N > ports.toml")
    sys.stdout.write(create(int(sys.argv[1])))
