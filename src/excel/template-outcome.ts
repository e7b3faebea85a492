/**
 * What the task pane's Mallar tab and the workbook adapter (src/excel/template-service.ts) agree
 * on: the three calls and their outcomes. Plain data only, so the pane never sees a proxy, a
 * request context or an Office error; the pane words every outcome from src/i18n/ui.ts.
 */
import type { Lang } from "../i18n/lang";
import type { LogicLevel } from "../import/logicmodel";
import type { TemplateId } from "../templates/spec";

/**
 * Why Excel refused, as the user can act on it:
 * - `needsNewerExcel`: the host lacks the ExcelApi set (`detail` is the version needed); checked
 *   before anything is touched.
 * - `cellEditMode`: a cell is being edited (Office's InvalidOperationInCellEditMode).
 * - `protected`: Office's AccessDenied or InvalidOperation, what a protected workbook structure or
 *   sheet gives; `detail` is Excel's own text, since InvalidOperation has other causes too.
 * - `other`: anything else; `detail` is the error's own text.
 */
export type TemplateFailureReason = "needsNewerExcel" | "cellEditMode" | "protected" | "other";

export interface TemplateFailure {
  readonly kind: "failed";
  readonly reason: TemplateFailureReason;
  readonly detail: string;
}

export interface InsertOptions {
  readonly lang: Lang;
  /** Fill in each sheet's fictitious example. */
  readonly example: boolean;
}

export type InsertOutcome =
  /** The sheets as named in the workbook (a suffix where the name was taken), in drawing order. */
  { readonly kind: "inserted"; readonly sheets: readonly string[] } | TemplateFailure;

export interface RedThreadWarning {
  readonly level: LogicLevel;
  readonly message: string;
}

export type ConvertOutcome =
  | {
      readonly kind: "converted";
      /** The new Logikmodell sheet's name. */
      readonly sheet: string;
      /** The sheet the model was read from (never written). */
      readonly source: string;
      readonly indicators: number;
      /** The red-thread check, in the language asked for. */
      readonly warnings: readonly RedThreadWarning[];
    }
  /** No sheet read has a logic model; `message` is the reader's, saying what it looks for. */
  | { readonly kind: "notFound"; readonly message: string }
  | TemplateFailure;

export type RemoveExampleOutcome =
  | {
      readonly kind: "removed";
      readonly sheet: string;
      readonly template: TemplateId;
      /** Example rows taken out of the sheet's tables (an emptied table keeps one blank row). */
      readonly rows: number;
      /** Single example cells cleared. */
      readonly cells: number;
    }
  /** A template sheet where nothing is still exactly the example. */
  | { readonly kind: "nothingLeft"; readonly sheet: string; readonly template: TemplateId }
  /** The active sheet is none of the live sheets. */
  | { readonly kind: "notTemplate"; readonly sheet: string }
  | TemplateFailure;

/** The live-sheet operations as the task pane sees them; each resolves, failures included. */
export interface TemplateService {
  insert(ids: readonly TemplateId[], options: InsertOptions): Promise<InsertOutcome>;
  /** Reads a logic model from the active sheet (else every visible sheet) into a new Logikmodell sheet. */
  convertLogicModel(lang: Lang): Promise<ConvertOutcome>;
  /** Removes what is still exactly the fictitious example from the active sheet. */
  removeExample(): Promise<RemoveExampleOutcome>;
}
