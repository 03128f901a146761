#!/usr/bin/env node
// Validates SARIF logs against the SARIF 2.1.0 JSON Schema, and optionally with Microsoft's SARIF
// Multitool, which also applies the specification's rules that a schema cannot express.
//
//   node validate-sarif.mjs [--multitool] FILE...
//
// The schema is the one the SARIF SDK ships in its npm packages (@microsoft/sarif-multitool-<os>,
// file sarif-2.1.0.json, JSON Schema 2020-12); ajv compiles it with the standard formats.
// Exit codes: 0 every file is valid, 1 a file is invalid, 2 usage error or a missing dependency.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const useMultitool = args.includes("--multitool");
const files = args.filter((a) => a !== "--multitool");
if (files.length === 0) {
  console.error("usage: node validate-sarif.mjs [--multitool] FILE...");
  process.exit(2);
}

function schemaPath() {
  for (const platform of ["linux", "darwin", "win32"]) {
    try {
      return require.resolve(`@microsoft/sarif-multitool-${platform}/sarif-2.1.0.json`);
    } catch {
      // not installed on this platform
    }
  }
  console.error("error: no SARIF 2.1.0 schema found; run 'npm ci' in tools/validators (@microsoft/sarif-multitool).");
  process.exit(2);
}

const { default: Ajv2020 } = await import("ajv/dist/2020.js");
const { default: addFormats } = await import("ajv-formats");

const schemaFile = schemaPath();
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = false;
for (const file of files) {
  let log;
  try {
    log = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.log(`${file}: not JSON: ${error.message}`);
    failed = true;
    continue;
  }

  if (validate(log)) {
    console.log(`${file}: valid against ${schema.title}`);
  } else {
    failed = true;
    for (const error of validate.errors) {
      console.log(`${file}: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
    }
  }

  if (useMultitool && !runMultitool(file)) {
    failed = true;
  }
}

process.exit(failed ? 1 : 0);

/** Runs 'Sarif.Multitool validate'; true when it reports no error-level result. */
function runMultitool(file) {
  let executable;
  try {
    executable = require("@microsoft/sarif-multitool");
  } catch {
    console.error("error: @microsoft/sarif-multitool is not installed; run 'npm ci' in tools/validators.");
    process.exit(2);
  }

  const folder = mkdtempSync(path.join(tmpdir(), "sarif-validate-"));
  try {
    const report = path.join(folder, "validation.sarif");
    const run = spawnSync(executable, ["validate", file, "--output", report, "--log", "ForceOverwrite"], {
      encoding: "utf8",
    });
    if (run.status !== 0) {
      console.log(`${file}: Sarif.Multitool exited with ${run.status}: ${run.stdout}${run.stderr}`);
      return false;
    }

    const results = JSON.parse(readFileSync(report, "utf8")).runs.flatMap((r) => r.results ?? []);
    let ok = true;
    for (const result of results) {
      const level = result.level ?? "warning";
      const text = result.message?.text ?? (result.message?.arguments ?? []).join("; ");
      console.log(`${file}: multitool ${level} ${result.ruleId}: ${text}`);
      ok &&= level !== "error";
    }

    if (ok) {
      console.log(`${file}: Sarif.Multitool validate found no error`);
    }

    return ok;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
