/**
 * What the task pane's Kalkyl tab and the workbook adapter (src/excel/kalkyl-service.ts) agree on:
 * the Kalkyl sheets found, what one of them shows, the three calls and their outcomes. Plain data
 * only, so the pane never sees a proxy, a request context or an Office error; the pane computes the
 * figures from this data (src/excel/kalkyl-figures.ts) and words every outcome from
 * src/i18n/kalkyl-pane.ts.
 */
import type { Lang } from "../i18n/lang";
import type { KalkylUncertaintyOutcome } from "./kalkyl-uncertainty-outcome";

/** A cell as Excel shows it: a constant or a formula's value; an error cell is its text. */
export type KalkylCell = number | string | boolean | null | { readonly error: string };

/** The Kalkyl sheet's defined names, by role (src/templates/sheets/kalkyl.ts). */
export type KalkylNameRole = "rate" | "horizon" | "fundShare" | "npv" | "bcr" | "payback";

/** The two named cells the pane writes. */
export type KalkylInput = "rate" | "horizon";

/** A defined name that points at one cell on the Kalkyl's own sheet. */
export interface KalkylNamedCell {
  /** As spelt in the workbook: "SI_Diskonteringsranta_2". */
  readonly name: string;
  /** The cell on the sheet, without the sheet: "B6". */
  readonly address: string;
}

/**
 * One Kalkyl in the workbook: an SI_Kalkyl table (or SI_Kalkyl_N) and the defined names that point
 * at cells on the same sheet. A name's suffix need not be the table's (names are given suffixes
 * one by one, src/templates/names.ts), so names are matched by sheet, not by suffix.
 */
export interface KalkylRef {
  readonly table: string;
  readonly sheet: string;
  /** The named cells found on the sheet; a role is absent when its name is not there. */
  readonly names: Readonly<Partial<Record<KalkylNameRole, KalkylNamedCell>>>;
}

/** A named cell and what Excel shows in it. */
export interface KalkylShownCell extends KalkylNamedCell {
  readonly value: KalkylCell;
}

/** The per-actor spill (`SI.CBATABLE(…, "aktörer")`) as the sheet shows it. */
export interface KalkylActorSpill {
  /** The cell holding the formula: "D7". */
  readonly anchor: string;
  /** The rows shown from the anchor down (four columns: actor, PV costs, PV benefits, net). */
  readonly rows: readonly (readonly KalkylCell[])[];
}

/** What one Kalkyl holds, read in one batch. */
export interface KalkylData {
  readonly ref: KalkylRef;
  /** `SI_Kalkyl[#All]`, header row first: exactly what the sheet's SI.CBATABLE calls read. */
  readonly table: readonly (readonly KalkylCell[])[];
  /** The named cells of `ref.names`, with what they show. */
  readonly cells: Readonly<Partial<Record<KalkylNameRole, KalkylShownCell>>>;
  /** Absent when the sheet has no per-actor formula over this table. */
  readonly actors?: KalkylActorSpill;
}

/**
 * Why Excel refused, as the user can act on it:
 * - `needsNewerExcel`: the host lacks the ExcelApi set (`detail` is the version needed); checked
 *   before anything is touched.
 * - `cellEditMode`: a cell is being edited (Office's InvalidOperationInCellEditMode).
 * - `protected`: Office's AccessDenied or InvalidOperation, what a protected sheet or workbook
 *   gives; `detail` is Excel's own text, since InvalidOperation has other causes too.
 * - `other`: anything else; `detail` is the error's own text.
 */
export type KalkylFailureReason = "needsNewerExcel" | "cellEditMode" | "protected" | "other";

export interface KalkylFailure {
  readonly kind: "failed";
  readonly reason: KalkylFailureReason;
  readonly detail: string;
}

export type KalkylLoadOutcome =
  | {
      readonly kind: "loaded";
      /** Every Kalkyl in the workbook, in the workbook's table order. */
      readonly kalkyls: readonly KalkylRef[];
      /** The one asked for, else the first. */
      readonly data: KalkylData;
    }
  /** The workbook has no SI_Kalkyl table. */
  | { readonly kind: "none" }
  | KalkylFailure;

/** Why a typed-in value was refused; nothing is written. */
export type KalkylInputProblem = "empty" | "notNumber" | "outOfRange" | "notWhole";

export type KalkylWriteOutcome =
  | {
      readonly kind: "written";
      readonly input: KalkylInput;
      /** As written: a fraction for the rate (0.04), whole years for the horizon. */
      readonly value: number;
      /** Where, with the sheet: "Kalkyl!B6". */
      readonly address: string;
    }
  /** Refused before anything was written. */
  | { readonly kind: "invalid"; readonly input: KalkylInput; readonly problem: KalkylInputProblem }
  /** The Kalkyl has no named cell for this input on its sheet. */
  | { readonly kind: "noNamedCell"; readonly input: KalkylInput }
  | KalkylFailure;

export type KalkylChartOutcome =
  | {
      readonly kind: "inserted";
      readonly sheet: string;
      /** The cells the chart covers: "N5:U22". */
      readonly area: string;
      /** The cells it draws: "D6:F8". */
      readonly source: string;
    }
  /** The sheet shows no per-actor split to draw (no formula, or it shows an error). */
  | { readonly kind: "noSplit" }
  /** No empty area to the right of the sheet's contents that no chart covers. */
  | { readonly kind: "noRoom" }
  | KalkylFailure;

/** The Kalkyl operations as the task pane sees them; each resolves, failures included. */
export interface KalkylService {
  /** Finds every Kalkyl and reads `table` (else the first). Two syncs; one when there is none. */
  load(table?: string): Promise<KalkylLoadOutcome>;
  /** Writes one input to its named cell, and nothing else. One sync; none when refused. */
  writeInput(ref: KalkylRef, input: KalkylInput, value: number): Promise<KalkylWriteOutcome>;
  /**
   * Inserts a native clustered-column chart of the per-actor split, sourced from the sheet's
   * spill, beside the results and over empty cells. Two syncs.
   */
  insertChart(data: KalkylData, lang: Lang): Promise<KalkylChartOutcome>;
  /**
   * Inserts the Känslighetsanalys sheet for this Kalkyl, with a tornado chart and a histogram drawn
   * from its spills (src/excel/kalkyl-uncertainty.ts). Three syncs: two for the sheet, one for the
   * charts.
   */
  insertUncertainty(data: KalkylData, lang: Lang): Promise<KalkylUncertaintyOutcome>;
}
