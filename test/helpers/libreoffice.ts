/** Finding LibreOffice for the tests that cross-check with it; they skip, saying why, without it. */
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** The first of `names` that is an executable on PATH. */
export function onPath(names: readonly string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return path.join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** `soffice` or `libreoffice`; undefined (with a warning naming the test file) when neither. */
export function findSoffice(testFile: string): string | undefined {
  const soffice = onPath(["soffice", "libreoffice"]);
  if (!soffice) {
    console.warn(
      `${testFile} skipped: neither soffice nor libreoffice is on PATH (apt-get install libreoffice-calc)`
    );
  }
  return soffice;
}
