#!/usr/bin/env node
/** Entry point of the `si-kalkyl` command (package.json "bin"). */
import { processIo } from "./io";
import { run } from "./program";

run(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`si-kalkyl: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
);
