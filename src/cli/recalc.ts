/**
 * `si-kalkyl recalc <in.xlsx> -o <out.xlsx> [--values-only] [--report]`: every formula of a
 * workbook evaluated by the headless engine, written to a copy whose formula cells carry their
 * results as cached values. The file handling lives here; the workbook logic in
 * src/engine/workbook.ts and src/engine/xlsx-file.ts.
 */
import { randomBytes } from "node:crypto";
import { promises as fs, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { Recalculated, evaluate, recalcWorkbook, writeSheetResults } from "../engine/workbook";
import {
  LoadOptions,
  LoadedXlsx,
  XlsxError,
  loadXlsx,
  loadXlsxDirect,
  saveXlsx,
} from "../engine/xlsx-file";
import { DirectRead } from "../engine/xlsx-read";
import { patchXlsx } from "../engine/xlsx-patch";
import { Lang } from "../i18n/lang";
import { EXIT, Io, failureReason } from "./io";

export interface RecalcOptions {
  input: string;
  output: string;
  valuesOnly: boolean;
  report: boolean;
  lang: Lang;
}

/** A failure with its exit code; the message is one line for stderr. */
class Failure extends Error {
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
function sameFile(input: string, output: string): boolean {
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

async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new Failure(`cannot read ${file}: ${failureReason(e)}`);
  }
}

/** Writes beside the target and renames when complete: never a half-written output. */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
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

function warnUnsupported(result: Recalculated, io: Io): void {
  if (!result.unsupported) return;
  io.err(
    `si-kalkyl recalc: warning: ${result.unsupported} formula cell(s) HyperFormula cannot evaluate keep their cached values (see --report)\n`
  );
}

/**
 * The copy: the input with the written cells patched in, so nothing else changes. Should the
 * input have a structure the patcher does not handle, ExcelJS writes the copy from its model.
 */
async function output(
  bytes: Buffer,
  loaded: LoadedXlsx,
  result: Recalculated,
  io: Io
): Promise<Buffer> {
  try {
    return patchXlsx(bytes, result.writes, !!loaded.workbook.properties?.date1904);
  } catch (e) {
    const lost = loaded.lost.length ? `, which leaves out ${loaded.lost.join(", ")}` : "";
    io.err(
      `si-kalkyl recalc: warning: ${failureReason(e)}; the copy is written by ExcelJS instead${lost}\n`
    );
    return saveXlsx(loaded.workbook, loaded.definedNames);
  }
}

async function recalc(options: RecalcOptions, io: Io, load: LoadOptions): Promise<void> {
  const bytes = await readInput(options.input);
  if (sameFile(options.input, options.output)) {
    throw new Failure(
      `the output is the input file (${options.input}); the input is never overwritten`,
      EXIT.usage
    );
  }
  const result =
    (await direct(bytes, options, load)) ?? (await throughExcelJS(bytes, options, io, load));
  await writeAtomically(options.output, result.bytes);
  warnUnsupported(result, io);
  if (options.report) io.out(JSON.stringify({ sheets: result.sheets }) + "\n");
}

function readFailure(options: RecalcOptions, e: unknown): unknown {
  return e instanceof XlsxError ? new Failure(`${options.input}: ${e.message}`) : e;
}

/**
 * The fast way: the sheets read straight from their XML and the results patched into the input.
 * Undefined when the workbook or the patching needs ExcelJS (the copy is then made as before).
 */
async function direct(
  bytes: Buffer,
  options: RecalcOptions,
  load: LoadOptions
): Promise<(Recalculated & { bytes: Buffer }) | undefined> {
  let read: DirectRead | undefined;
  try {
    read = loadXlsxDirect(bytes, load);
  } catch (e) {
    throw readFailure(options, e);
  }
  if (!read) return undefined;
  const ev = evaluate(read.input, options.lang);
  let result: Recalculated;
  try {
    result = writeSheetResults(read.cells, read.input, ev, options.valuesOnly);
  } finally {
    ev.hf.destroy();
  }
  try {
    return { ...result, bytes: patchXlsx(bytes, result.writes, read.input.date1904) };
  } catch {
    return undefined; // ExcelJS's way says why, and writes the copy itself
  }
}

async function throughExcelJS(
  bytes: Buffer,
  options: RecalcOptions,
  io: Io,
  load: LoadOptions
): Promise<Recalculated & { bytes: Buffer }> {
  let loaded: LoadedXlsx;
  try {
    loaded = await loadXlsx(bytes, load);
  } catch (e) {
    throw readFailure(options, e);
  }
  const result = recalcWorkbook(loaded.workbook, {
    lang: options.lang,
    valuesOnly: options.valuesOnly,
    definedNames: loaded.definedNames,
  });
  return { ...result, bytes: await output(bytes, loaded, result, io) };
}

/** `load` is for tests: a small size limit stands in for a workbook too large for memory. */
export async function recalcCommand(
  options: RecalcOptions,
  io: Io,
  load: LoadOptions = {}
): Promise<number> {
  try {
    await recalc(options, io, load);
    return EXIT.ok;
  } catch (e) {
    const failure =
      e instanceof Failure
        ? e
        : new Failure(`could not recalculate ${options.input}: ${failureReason(e)}`);
    io.err(`si-kalkyl recalc: ${failure.message}\n`);
    return failure.code;
  }
}
