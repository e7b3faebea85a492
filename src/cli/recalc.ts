/**
 * `si-kalkyl recalc <in.xlsx> -o <out.xlsx> [--values-only] [--report]`: every formula of a
 * workbook evaluated by the headless engine, written to a copy whose formula cells carry their
 * results as cached values. The file handling lives here; the workbook logic in
 * src/engine/workbook.ts and src/engine/xlsx-file.ts.
 */
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
import { Failure, readInput, sameFile, writeAtomically } from "./files";
import { EXIT, Io, failureReason } from "./io";

export interface RecalcOptions {
  input: string;
  output: string;
  valuesOnly: boolean;
  report: boolean;
  lang: Lang;
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

/** A workbook's bytes recalculated: the copy's bytes and the report (for `template`). */
export async function recalcBytes(
  bytes: Buffer,
  options: RecalcOptions,
  io: Io,
  load: LoadOptions = {}
): Promise<Recalculated & { bytes: Buffer }> {
  return (await direct(bytes, options, load)) ?? (await throughExcelJS(bytes, options, io, load));
}

async function recalc(options: RecalcOptions, io: Io, load: LoadOptions): Promise<void> {
  const bytes = await readInput(options.input);
  if (sameFile(options.input, options.output)) {
    throw new Failure(
      `the output is the input file (${options.input}); the input is never overwritten`,
      EXIT.usage
    );
  }
  const result = await recalcBytes(bytes, options, io, load);
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
