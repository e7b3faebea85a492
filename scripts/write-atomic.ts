/** Writes a file under a temporary name and renames it, so a failed run never leaves half a file. */
import { renameSync, writeFileSync } from "node:fs";

export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
