/**
 * The custom-functions entry point: every SI function of the catalog is associated with its id.
 * The metadata (functions.json) is generated from the same catalog, so ids cannot drift apart.
 */
import { CATALOG } from "../catalog";
import { officeLanguage } from "../excel/display-language";
import { ExcelErrorCode, excelFunction } from "./excel-values";

const makeError = (code: ExcelErrorCode, message: string | undefined): CustomFunctions.Error =>
  new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);

for (const spec of CATALOG) {
  CustomFunctions.associate(spec.id, excelFunction(spec, officeLanguage, makeError));
}
