import { execFileSync, spawn, type ChildProcessByStdio } from "child_process";
import path from "path";
import type { Readable } from "stream";
import { pathToFileURL } from "url";

export const repoRoot = path.resolve(__dirname, "../..");
export const startScript = path.join(repoRoot, "scripts", "start.mjs");

/**
 * Evaluates `expression` in a plain Node process where `m` is the ES module `script` (relative to
 * the repository) and `fs` is node:fs, and returns its JSON value. ts-jest compiles the tests to
 * CommonJS and jest's VM cannot import() an ES module without --experimental-vm-modules, so the
 * script is loaded the way npm runs it.
 */
export function evaluateIn<T>(script: string, expression: string): T {
  const program = [
    `const m = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, script)).href)});`,
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

/** `evaluateIn` with `m` being scripts/start.mjs. */
export function evaluate<T>(expression: string): T {
  return evaluateIn<T>(path.relative(repoRoot, startScript), expression);
}

export const json = (value: unknown): string => JSON.stringify(value);

/**
 * `node scripts/start.mjs …args` as npm runs it, outside CI (whose variable changes what it
 * does), with `env` added to this process's environment; stdout and stderr piped.
 */
export function spawnStart(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {}
): ChildProcessByStdio<null, Readable, Readable> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.CI;
  return spawn(process.execPath, [startScript, ...args], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
}
