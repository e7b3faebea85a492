/**
 * The Kalkyl tab's *Osäkerhet* call as the pane and the adapter (src/excel/kalkyl-uncertainty.ts)
 * agree on it: the Känslighetsanalys sheet inserted for one Kalkyl, with a tornado chart and a
 * histogram. Plain data only; the pane words every outcome from src/i18n/kalkyl-pane.ts.
 */
import type { KalkylFailure } from "./kalkyl-outcome";

/** A native chart as inserted: the cells it covers and the cells it draws. */
export interface UncertaintyChart {
  /** "M5:T24". */
  readonly area: string;
  /** The spill cells it draws, header row included: "I6:J13". */
  readonly source: string;
  /** Its category labels: "H7:H13". */
  readonly categories: string;
}

export type KalkylUncertaintyOutcome =
  | {
      readonly kind: "inserted";
      /** The new sheet's name (with a suffix when the name was taken). */
      readonly sheet: string;
      /** Lines of the table with both Låg and Hög: the tornado has these and the rate's row. */
      readonly uncertainLines: number;
      readonly tornado: UncertaintyChart;
      readonly histogram: UncertaintyChart;
    }
  /** The sheet is in the workbook, live; Excel refused the charts (nothing of them is left). */
  | { readonly kind: "chartsFailed"; readonly sheet: string; readonly failure: KalkylFailure }
  | KalkylFailure;
