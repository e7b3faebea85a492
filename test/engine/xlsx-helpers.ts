/** Test helpers for workbooks: built with ExcelJS in a temporary directory, never committed. */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Io } from "../../src/cli/io";

/** A fresh temporary directory, removed after the test file's tests. */
export function tempDir(): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "si-kalkyl-test-"));
  return {
    path: (name) => path.join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function bufferIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdout: () => out,
    stderr: () => err,
  };
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A formula cell value; ExcelJS's typings lack `shareType` and `ref`. */
export function formula(text: string, extra: Record<string, unknown> = {}): ExcelJS.CellValue {
  return { formula: text, ...extra } as ExcelJS.CellValue;
}

/** The cached result of a formula cell, or a plain cell's value. */
export function result(ws: ExcelJS.Worksheet, ref: string): unknown {
  return cachedValue(ws.getCell(ref));
}

function cachedValue(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula
    ? (cell as unknown as { result: unknown }).result
    : cell.value;
}
