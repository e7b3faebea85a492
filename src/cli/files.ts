/** Reading and writing the command line's files: inputs never overwritten, outputs never half-written. */
import { randomBytes } from "node:crypto";
import { promises as fs, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { EXIT, failureReason } from "./io";

/** A failure with its exit code; the message is one line for stderr. */
export class Failure extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.failed
  ) {
    super(message);
  }
}

/** The real path of a file that may not exist yet: its directory's real path and its name. */
function realTarget(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.join(realpathSync.native(path.dirname(path.resolve(file))), path.basename(file));
  }
}

/** True when both paths name one file: through symbolic links, hard links or `./` spellings. */
export function sameFile(input: string, output: string): boolean {
  let target: string;
  try {
    target = realTarget(output);
  } catch {
    return false; // the output's directory does not exist; writing will say so
  }
  if (realpathSync.native(input) === target) return true;
  try {
    const a = statSync(input);
    const b = statSync(output);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

export async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new Failure(`cannot read ${file}: ${failureReason(e)}`);
  }
}

/** Writes beside the target and renames when complete: never a half-written output. */
export async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new Failure(`cannot write ${file}: ${failureReason(e)}`);
  }
}

/** Whether a path exists (any kind of file). */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
