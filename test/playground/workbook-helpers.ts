/** Shared bits of the playground workbook tests: a model with one sheet, values by area. */
import type { CellValue, ModelErrorCode } from "../../src/playground/model";
import { ModelError } from "../../src/playground/model";
import { PlaygroundWorkbook, createPlaygroundModel } from "../../src/playground/workbook";

export interface OneSheet {
  model: PlaygroundWorkbook;
  id: string;
  value(row: number, col: number): CellValue;
}

export function oneSheet(lang: "sv" | "en" = "en"): OneSheet {
  const model = createPlaygroundModel(undefined, { lang });
  const id = model.sheets()[0].id;
  return { model, id, value: (row, col) => model.cell(id, row, col).value };
}

/** The code of the ModelError `f` throws (fails when it throws anything else or nothing). */
export function codeOf(f: () => unknown): ModelErrorCode {
  try {
    f();
  } catch (e) {
    if (e instanceof ModelError) return e.code;
    throw e;
  }
  throw new Error("expected a ModelError, nothing was thrown");
}

/** Cost and benefit lines of two actors in the shape SI.CBATABLE reads (header row first). */
export const LINES = [
  ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år"],
  ["Personal", "Kostnad", "Skola", 100, 1, 1],
  ["Lokal", "Kostnad", "Skola", 50, 1, 2],
  ["Placeringar", "Nytta", "Socialtjänst", 60, 2, 2],
  ["Betyg", "Nytta", "Socialtjänst", 40, 2, 3],
];
