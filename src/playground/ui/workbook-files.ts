/** A new workbook, a file opened from disk, and the bytes "Spara som" writes, for the toolbar. */
import type { PlaygroundModel, SheetSnapshot, WorkbookSnapshot } from "../model";
import { snapshotToXlsx, type ComputedCell } from "../xlsx/write";

/** An empty sheet as a snapshot holds it, with what `patch` gives it. */
export function emptySheet(name: string, patch: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name,
    cells: [],
    numberFormats: [],
    formats: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    ...patch,
  };
}

/** A workbook of one empty sheet, named as Excel names it in the user's language. */
export function emptySnapshot(sheetName: string): WorkbookSnapshot {
  return { sheets: [emptySheet(sheetName)], names: [], settings: {} };
}

/** The model's computed cells by sheet name, for the file's cached results. */
export function computedCells(
  model: PlaygroundModel
): (sheet: string, row: number, col: number) => ComputedCell | undefined {
  return (sheet, row, col) => {
    const id = model.sheetByName(sheet)?.id;
    return id === undefined ? undefined : model.cell(id, row, col);
  };
}

/** The workbook as .xlsx bytes, with what the page computed as the cached values. */
export function workbookBytes(model: PlaygroundModel): Promise<Uint8Array> {
  return snapshotToXlsx(model.snapshot(), { cellAt: computedCells(model) });
}

/** Offers bytes as a download, the browser's way of saving a file. */
export function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
