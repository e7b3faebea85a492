/**
 * Shared set-up of the Office.js host tests: a playground workbook with the host installed as the
 * `Office` and `Excel` globals (as the page installs it), reading cells by A1 address, and the
 * sample unit-cost workbook as a snapshot read with ExcelJS (independently of the playground's
 * own xlsx reader).
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { sheetGrid } from "../../src/import/xlsx-grid";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/playground/model";
import {
  createOfficeHost,
  type OfficeHostOptions,
  type PlaygroundOffice,
} from "../../src/playground/office";
import { emptySheet } from "../../src/playground/ui/workbook-files";
import { createPlaygroundModel, type PlaygroundWorkbook } from "../../src/playground/workbook";
import { columnNumber } from "../../src/engine/formula";

export interface Hosted {
  readonly model: PlaygroundWorkbook;
  readonly host: PlaygroundOffice;
  /** The host's sync count since the last call (or since set-up). */
  syncs(): number;
  /** The value a cell shows: "Kalkyl!B11". */
  value(address: string): CellValue;
  /** The sheet's id by name. */
  sheetId(name: string): string;
}

const installed: (() => void)[] = [];

/** Uninstalls every host the test installed (call in afterEach). */
export function uninstallHosts(): void {
  installed
    .splice(0)
    .reverse()
    .forEach((undo) => undo());
}

export function hosted(
  options: OfficeHostOptions & { lang?: "sv" | "en"; snapshot?: WorkbookSnapshot } = {}
): Hosted {
  const lang = options.lang ?? "sv";
  const model = createPlaygroundModel(options.snapshot, { lang });
  const host = createOfficeHost(model, {
    displayLanguage: lang === "sv" ? "sv-SE" : "en-GB",
    ...options,
  });
  installed.push(host.install(globalThis));
  let seen = 0;
  const sheetId = (name: string): string => {
    const sheet = model.sheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.id;
  };
  return {
    model,
    host,
    syncs() {
      const n = host.syncCount() - seen;
      seen = host.syncCount();
      return n;
    },
    value(address) {
      const bang = address.lastIndexOf("!");
      const sheet = address.slice(0, bang).replace(/^'|'$/g, "");
      const m = /^([A-Z]+)(\d+)$/.exec(address.slice(bang + 1));
      if (!m) throw new Error(`not a cell: ${address}`);
      return model.cell(sheetId(sheet), Number(m[2]) - 1, columnNumber(m[1]) - 1).value;
    },
    sheetId,
  };
}

/** A sheet of plain values from A1 as a snapshot sheet. */
export function sheetOf(
  name: string,
  rows: readonly (readonly (string | number | boolean | null)[])[]
): SheetSnapshot {
  const cells = rows.flatMap((row, r) =>
    row.flatMap((input, c) => (input === null ? [] : [{ row: r, col: c, input }]))
  );
  return emptySheet(name, { cells });
}

export const FIXTURES = join(__dirname, "..", "fixtures");

/** The first sheet of a fixture workbook as plain values (dates and rich objects left out). */
export async function fixtureRows(
  file: string
): Promise<{ name: string; rows: (string | number | boolean | null)[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, file));
  const grid = sheetGrid(wb.worksheets[0]);
  const rows = grid.cells.map((row) =>
    row.map((v) => (v === null || typeof v === "object" ? null : v))
  );
  return { name: wb.worksheets[0].name, rows };
}
