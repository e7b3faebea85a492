/** Stands in for CustomFunctions.Error, which exists only inside Excel. */
import { ExcelErrorCode } from "../../src/functions/excel-values";

export class FakeExcelError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string | undefined
  ) {}
}

export const makeError = (code: ExcelErrorCode, message: string | undefined) =>
  new FakeExcelError(code, message);
