#!/usr/bin/env python3
"""The Python baseline of the scale measurements (scripts/measure-scale.sh): reads a ports.toml with
tomllib, renders a docker-compose.yml, Kubernetes Services and a port table with Jinja2, and writes
each file only when its content changed. The same kind of outputs as phantom-gen generate, far fewer
of them, and none of its checks. Needs Python 3.11+ (tomllib) and Jinja2 (pip install jinja2).

usage: render_outputs.py PORTS_TOML OUT_DIR
"""
import pathlib
import sys
import tomllib

import jinja2

TEMPLATES = {
    "docker-compose.yml": """services:
{%- for c in containers %}
  {{ c.name }}:
    image: "{{ c.image }}"
{%- if c.published %}
    ports:
{%- for p in c.published %}
      - "{{ p.host_port }}:{{ p.container_port }}/{{ p.protocol }}"
{%- endfor %}
{%- endif %}
{%- endfor %}
""",
    "k8s/services.yaml": """{% for c in containers if c.ports %}---
apiVersion: v1
kind: Service
metadata:
  name: {{ c.service }}
spec:
  selector:
    app: {{ c.service }}
  ports:
{%- for p in c.ports %}
    - name: {{ p.name }}
      port: {{ p.container_port }}
      targetPort: {{ p.container_port }}
      protocol: {{ p.protocol | upper }}
{%- endfor %}
{% endfor %}""",
    "PORTS.md": """# Ports of {{ project.name }}

| host port | container | port | protocol | group | purpose |
|---|---|---|---|---|---|
{% for c in containers %}{% for p in c.ports %}| {{ p.host_port or "-" }} | {{ c.name }} | {{ p.name }} | {{ p.protocol }} | {{ p.group }} | {{ p.purpose }} |
{% endfor %}{% endfor %}""",
}


def model(spec: dict) -> dict:
    containers = []
    for name, c in spec.get("containers", {}).items():
        ports = [{"name": pname, "protocol": p.get("protocol", "tcp"), "group": p.get("group", ""),
                  "purpose": p.get("purpose", ""), **p} for pname, p in c.get("ports", {}).items()]
        containers.append({"name": name, "service": c.get("service", name),
                           "image": c.get("image", f"{name}:local"), "ports": ports,
                           "published": [p for p in ports if "host_port" in p]})
    return {"project": spec["project"], "containers": containers}


def main(spec_path: str, out_dir: str) -> None:
    with open(spec_path, "rb") as f:
        data = model(tomllib.load(f))
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    for name, source in TEMPLATES.items():
        text = env.from_string(source).render(**data)
        path = pathlib.Path(out_dir, name)
        if not path.exists() or path.read_text() != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: render_outputs.py PORTS_TOML OUT_DIR")
    main(sys.argv[1], sys.argv[2])
