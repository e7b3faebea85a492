/**
 * ExcelJS for the playground. Webpack takes its browser build (package.json's "browser" field:
 * dist/exceljs.min.js, which carries its own zip and stream code, so no Node polyfills are
 * configured); Jest takes the Node build. Imported, not loaded on demand: a second chunk would be
 * fetched by script insertion, and the page loads one bundle only.
 */
import * as ExcelJsModule from "exceljs";

type ExcelJsType = typeof ExcelJsModule;

/** The module: compiled to CommonJS it is the import itself, as an ES module it sits under `default`. */
export async function loadExcelJs(): Promise<ExcelJsType> {
  const mod = ExcelJsModule as ExcelJsType & { default?: ExcelJsType };
  return mod.default ?? mod;
}
