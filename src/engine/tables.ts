/**
 * The workbook's tables (ListObjects) from ExcelJS's model, for the structured references of
 * src/engine/structured.ts. The sheet XML reader reads the same tables from their parts
 * (src/engine/xlsx-read.ts), and a test holds the two readings equal.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { TableDef } from "./structured";

/**
 * What ExcelJS keeps of a table (its typings do not describe the model). A table added with
 * `addTable` has `ref` (its top-left cell, or its range) and `tableRef` (the range it computed); a
 * loaded one has `tableRef` only.
 */
export interface ExcelJsTable {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
  style?: { theme?: string };
}

/** The models of a sheet's tables, as ExcelJS keeps them. */
export function exceljsTableModels(ws: Worksheet): ExcelJsTable[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: ExcelJsTable }> }).tables;
  return Object.values(tables ?? {}).flatMap((t) => (t.table ? [t.table] : []));
}

/** The tables of every sheet, in sheet order. */
export function exceljsTables(workbook: Workbook): TableDef[] {
  return workbook.worksheets.flatMap((ws) =>
    exceljsTableModels(ws).flatMap((t) => {
      const ref = t.tableRef ?? t.ref;
      const name = t.displayName ?? t.name;
      if (!ref || !name) return [];
      return [
        {
          name,
          sheet: ws.name,
          ref,
          // ExcelJS's own default: a table has a header row unless it says otherwise.
          headerRows: t.headerRow === false ? 0 : 1,
          totalsRows: t.totalsRow ? 1 : 0,
          columns: (t.columns ?? []).map((c) => c.name ?? ""),
        },
      ];
    })
  );
}

/**
 * ExcelJS reads a table's header row only from `headerRowCount="1"`, but Excel leaves the
 * attribute out when there is one (the schema's default): a table saved by Excel would lose its
 * header row, in our reading and in ExcelJS's own copy of the file. The file's table parts (their
 * sheet is not needed: name and range tell them apart) set it right.
 */
export function correctHeaderRows(workbook: Workbook, fileTables: readonly TableDef[]): void {
  for (const ws of workbook.worksheets) {
    for (const t of exceljsTableModels(ws)) {
      const name = t.displayName ?? t.name;
      const file = fileTables.find((f) => f.name === name && f.ref === t.tableRef);
      if (file) t.headerRow = file.headerRows > 0;
    }
  }
}
