import { execFileSync } from "child_process";
import path from "path";
import { pathToFileURL } from "url";
import { repoRoot } from "./run-start-module";

/**
 * Evaluates `expression` in a plain Node process where `m` is the ES module `script` (relative to
 * the repository) and returns its JSON value; see run-start-module.ts for why a child process.
 */
export function evaluateIn<T>(script: string, expression: string): T {
  const program = [
    `const m = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, script)).href)});`,
    `const value = await (${expression});`,
    `process.stdout.write(JSON.stringify(value === undefined ? null : value));`,
  ].join("\n");
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}
