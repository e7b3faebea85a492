/**
 * The playground's workbook: `createPlaygroundModel` builds the model of src/playground/model.ts
 * over HyperFormula with the SI functions, configured as `si-kalkyl` configures its engine.
 */
import { Lang } from "../../i18n/lang";
import { WorkbookSnapshot } from "../model";
import { PlaygroundWorkbook } from "./workbook-model";

export { PlaygroundWorkbook, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./workbook-model";

export interface PlaygroundModelOptions {
  /** The language of the workbook's Excel: SI messages and labels, "Blad1"/"Sheet1", "Tabell1". */
  lang?: Lang;
}

/** A workbook from a snapshot, or an empty one with one sheet. */
export function createPlaygroundModel(
  snapshot?: WorkbookSnapshot,
  options: PlaygroundModelOptions = {}
): PlaygroundWorkbook {
  return new PlaygroundWorkbook(snapshot, options.lang ?? "en");
}
