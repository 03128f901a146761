#!/usr/bin/env node
// Validates Dockerfiles with dockerfile-utils (the validator behind the VS Code Docker
// extension): node lint-dockerfile.mjs FILE...
// Prints one line per problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE and exits 1 when any
// file has an error (or a warning, with --strict); 2 when it cannot run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { validate } = require("dockerfile-utils");

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const files = args.filter((arg) => arg !== "--strict");
if (files.length === 0) {
  console.error("usage: node lint-dockerfile.mjs [--strict] FILE...");
  process.exit(2);
}

// vscode-languageserver-types: 1 = Error, 2 = Warning, 3 = Information, 4 = Hint.
const severities = { 1: "error", 2: "warning", 3: "info", 4: "hint" };
let failed = false;
for (const file of files) {
  let content;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot be read: ${error.message}`);
    process.exit(2);
  }

  for (const problem of validate(content)) {
    const severity = severities[problem.severity] ?? "error";
    const { line, character } = problem.range.start;
    console.log(`${file}:${line + 1}:${character + 1}: ${severity}: ${problem.message}`);
    if (severity === "error" || (strict && severity === "warning")) {
      failed = true;
    }
  }
}

process.exit(failed ? 1 : 0);
