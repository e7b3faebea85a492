/** The unit-cost catalog calls as the task pane uses them, each in its own Excel.run batch. */
import type { CatalogRow } from "./catalog-table";
import {
  importUnitCostCatalog,
  insertUnitCostFormula,
  readUnitCostCatalog,
} from "./unitcost-catalog";
import type { UnitCostService } from "./unitcost-outcome";

/* global Excel */

export const excelUnitCostService: UnitCostService = {
  importCatalog: (scope, lang) =>
    Excel.run((context) => importUnitCostCatalog(context, { scope, lang })),
  readCatalog: () => Excel.run((context) => readUnitCostCatalog(context)),
  insert: (row: CatalogRow) => Excel.run((context) => insertUnitCostFormula(context, row)),
};
