/**
 * The playground's Office.js host: the `Office` and `Excel` globals the add-in uses, over the
 * playground's workbook (src/playground/model.ts) instead of Excel. The page creates it, installs
 * it, and runs the real task pane (src/taskpane/boot.tsx) with the real services of src/excel/ —
 * unchanged. What differs from Excel is listed in docs/playground.md.
 *
 *   const host = createOfficeHost(model, { displayLanguage: "sv-SE", fileBytes });
 *   const uninstall = host.install(globalThis);
 *   await boot();
 */
import type { PlaygroundModel } from "../model";
import { createExcelGlobal, type PlaygroundExcel } from "./excel-global";
import {
  createOfficeGlobal,
  DEFAULT_REQUIREMENT_SETS,
  type PlaygroundOfficeGlobal,
} from "./office-global";
import { RichApiError, ERROR_CODES } from "./errors";

export type { ChartProps, ChartAxisProps, ChartSeriesProps } from "./chart";
export { RichApiError } from "./errors";
export { DEFAULT_REQUIREMENT_SETS } from "./office-global";

export interface OfficeHostOptions {
  /** Office.context.displayLanguage; the browser's language by default, else "sv-SE". */
  displayLanguage?: string;
  /** The workbook as xlsx bytes, for Document.getFileAsync (the Dela tab). */
  fileBytes?: () => Promise<Uint8Array>;
  /** Requirement sets and their versions, over DEFAULT_REQUIREMENT_SETS ("ExcelApi": "1.7" for an older Excel). */
  requirementSets?: Record<string, string>;
  /** Office.context.document.url: the workbook's file name ("Kalkyl.xlsx"); empty for a new one. */
  documentUrl?: () => string;
  /** Excel.createWorkbook: opens a workbook from base64 xlsx; without it the call fails. */
  createWorkbook?: (base64: string) => Promise<void>;
}

export interface PlaygroundOffice {
  readonly Office: PlaygroundOfficeGlobal;
  readonly Excel: PlaygroundExcel;
  /** Every context.sync() of every Excel.run since the host was made. */
  syncCount(): number;
  /** Sets globalThis.Office, Excel and OfficeExtension; returns what puts the previous ones back. */
  install(target: typeof globalThis): () => void;
}

function defaultLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: unknown } }).navigator;
  return typeof nav?.language === "string" && nav.language !== "" ? nav.language : "sv-SE";
}

const GLOBALS = ["Office", "Excel", "OfficeExtension"] as const;

export function createOfficeHost(
  model: PlaygroundModel,
  options: OfficeHostOptions = {}
): PlaygroundOffice {
  let syncs = 0;
  const displayLanguage = options.displayLanguage ?? defaultLanguage();
  const { office, stop } = createOfficeGlobal({
    model,
    displayLanguage,
    requirementSets: { ...DEFAULT_REQUIREMENT_SETS, ...options.requirementSets },
    fileBytes: options.fileBytes,
    documentUrl: options.documentUrl ?? (() => ""),
  });
  const excel = createExcelGlobal({
    model,
    counted: () => void syncs++,
    locale: displayLanguage,
    createWorkbook: options.createWorkbook,
  });
  const officeExtension = { Error: RichApiError, ErrorCodes: ERROR_CODES };

  return {
    Office: office,
    Excel: excel,
    syncCount: () => syncs,
    install(target) {
      const scope = target as unknown as Record<string, unknown>;
      const before = GLOBALS.map((name) => ({ name, had: name in scope, value: scope[name] }));
      scope.Office = office;
      scope.Excel = excel;
      scope.OfficeExtension = officeExtension;
      return () => {
        stop();
        for (const { name, had, value } of before) {
          if (had) scope[name] = value;
          else delete scope[name];
        }
      };
    },
  };
}
