import { execFileSync } from "child_process";
import path from "path";
import { pathToFileURL } from "url";

export const repoRoot = path.resolve(__dirname, "../..");
export const startScript = path.join(repoRoot, "scripts", "start.mjs");

/**
 * Evaluates `expression` in a plain Node process where `m` is scripts/start.mjs and `fs` is node:fs,
 * and returns its JSON value. ts-jest compiles the tests to CommonJS and jest's VM cannot import()
 * an ES module without --experimental-vm-modules, so the script is loaded the way npm runs it.
 */
export function evaluate<T>(expression: string): T {
  const program = [
    `const m = await import(${JSON.stringify(pathToFileURL(startScript).href)});`,
    `const fs = await import("node:fs");`,
    `const value = await (${expression});`,
    `process.stdout.write(JSON.stringify(value === undefined ? null : value));`,
  ].join("\n");
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

export const json = (value: unknown): string => JSON.stringify(value);
