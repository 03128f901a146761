#!/usr/bin/env node
// Validates Kubernetes objects against the API's OpenAPI schema with kubernetes-models:
// node validate-k8s.mjs FILE.json...  Each file holds one object or an array of objects
// (JSON: convert YAML first). Prints one line per invalid object and exits 1 when any is
// invalid; 2 when it cannot run. Supported kinds: v1 Service.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Service } = require("kubernetes-models/v1/Service");

const models = { "v1/Service": Service };

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-k8s.mjs FILE.json...");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let objects;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    objects = Array.isArray(parsed) ? parsed : [parsed];
  } catch (error) {
    console.error(`${file}: cannot be read as JSON: ${error.message}`);
    process.exit(2);
  }

  objects.forEach((object, index) => {
    const where = `${file}[${index}] ${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
    const Model = models[`${object?.apiVersion}/${object?.kind}`];
    if (!Model) {
      console.log(`${where}: unsupported apiVersion/kind ${object?.apiVersion}/${object?.kind}`);
      failed = true;
      return;
    }

    try {
      new Model(object).validate();
    } catch (error) {
      console.log(`${where}: ${error.message}`);
      failed = true;
    }
  });
}

process.exit(failed ? 1 : 0);
