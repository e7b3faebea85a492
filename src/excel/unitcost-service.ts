/** The unit-cost catalog calls as the task pane uses them, each in its own Excel.run batch. */
import { uiStrings } from "../i18n/ui";
import type { CatalogRow } from "./catalog-table";
import {
  importUnitCostCatalog,
  insertUnitCostFormula,
  readUnitCostCatalog,
} from "./unitcost-catalog";
import type { UnitCostService } from "./unitcost-outcome";

/* global Excel, Office */

export const excelUnitCostService: UnitCostService = {
  importCatalog: (scope, lang) =>
    // The import resizes the catalog table (Table.resize, ExcelApi 1.13); older Excel gets a clear
    // message before anything is touched instead of an error half-way.
    Office.context.requirements.isSetSupported("ExcelApi", "1.13")
      ? Excel.run((context) => importUnitCostCatalog(context, { scope, lang }))
      : Promise.reject(new Error(uiStrings[lang].unitCosts.needsNewerExcel)),
  readCatalog: () => Excel.run((context) => readUnitCostCatalog(context)),
  insert: (row: CatalogRow) => Excel.run((context) => insertUnitCostFormula(context, row)),
};
