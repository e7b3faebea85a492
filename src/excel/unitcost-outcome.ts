/**
 * What the task pane and the workbook adapter agree on: the import's scope, its outcome and the
 * three calls the pane makes. Plain data only, so the pane never sees a proxy or a request context.
 */
import type { Lang } from "../i18n/lang";
import type { UnitCostImport } from "../import/types";
import type { CatalogRow } from "./catalog-table";

/** Read the active sheet only, or every visible sheet except the catalog's own. */
export type ImportScope = "activeSheet" | "workbook";

/**
 * Why an import wrote nothing: a sheet of the catalog's name that is the user's own (it holds no
 * catalog table), or the active sheet is the catalog itself.
 */
export type RefusalReason = "userSheet" | "catalogIsSource";

export type ImportOutcome =
  | {
      readonly kind: "imported";
      readonly report: UnitCostImport;
      readonly rows: CatalogRow[];
      /** True when the catalog sheet was created by this import. */
      readonly created: boolean;
      readonly updated: number;
      readonly added: number;
      readonly kept: number;
      readonly removed: number;
    }
  /** The sources held no unit cost: nothing was written, the report says why. */
  | { readonly kind: "nothing"; readonly report: UnitCostImport }
  /** No sheet read has a unit-cost header; the importer's message (in the pane's language) says where it looked. */
  | { readonly kind: "noTable"; readonly message: string }
  | { readonly kind: "refused"; readonly reason: RefusalReason };

/** The catalog operations as the task pane sees them; src/excel implements them with Excel.run. */
export interface UnitCostService {
  importCatalog(scope: ImportScope, lang: Lang): Promise<ImportOutcome>;
  readCatalog(): Promise<CatalogRow[]>;
  /** Writes the SI.UNITCOST formula for the row into the active cell; resolves to that cell's address. */
  insert(row: CatalogRow): Promise<string>;
}
