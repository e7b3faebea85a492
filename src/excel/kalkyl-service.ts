/**
 * The Kalkyl calls as the task pane makes them, each in its own Excel.run batch. A value to write
 * is checked before anything else; then the host is asked for the ExcelApi set the call needs;
 * a refusal of Excel's becomes a failure outcome the pane words (src/i18n/kalkyl-pane.ts), never
 * an unhandled rejection.
 */
import { KALKYL_CHART_API, insertKalkylChart } from "./kalkyl-chart";
import { inputProblem } from "./kalkyl-input";
import type { KalkylFailure, KalkylService } from "./kalkyl-outcome";
import { KALKYL_UNCERTAINTY_API, insertKalkylUncertainty } from "./kalkyl-uncertainty";
import { loadKalkyl, writeKalkylInput } from "./kalkyl-workbook";
import { OfficeHost, commonFailure, guardedRun, officeHost } from "./office-host";

/**
 * ExcelApi sets: loading needs 1.4 (getUsedRangeOrNullObject; tables with their worksheet need
 * 1.2); writing a named cell 1.1; the chart 1.12 (see kalkyl-chart.ts); the Känslighetsanalys
 * sheet with its charts 1.8 (see kalkyl-uncertainty.ts).
 */
export const KALKYL_LOAD_API = "1.4";
export const KALKYL_WRITE_API = "1.1";
export { KALKYL_CHART_API, KALKYL_UNCERTAINTY_API };

/** What the service needs of Office (see office-host.ts). */
export type KalkylHost = OfficeHost;

/** The failures a user meets, by Office's error code. */
export const kalkylFailure = (error: unknown): KalkylFailure => commonFailure(error);

export function createKalkylService(host: KalkylHost = officeHost): KalkylService {
  const guarded = <T>(version: string, batch: (context: Excel.RequestContext) => Promise<T>) =>
    guardedRun(host, version, batch, kalkylFailure);
  return {
    load: (table) => guarded(KALKYL_LOAD_API, (context) => loadKalkyl(context, table)),
    writeInput: async (ref, input, value) => {
      // Refused before Excel is asked anything: a bad value never reaches the sheet.
      const problem = inputProblem(input, value);
      if (problem) return { kind: "invalid", input, problem };
      if (!ref.names[input]) return { kind: "noNamedCell", input };
      return guarded(KALKYL_WRITE_API, (context) => writeKalkylInput(context, ref, input, value));
    },
    insertChart: (data, lang) =>
      guarded(KALKYL_CHART_API, (context) => insertKalkylChart(context, data, lang)),
    insertUncertainty: (data, lang) =>
      guarded(KALKYL_UNCERTAINTY_API, (context) =>
        insertKalkylUncertainty(context, data, lang, kalkylFailure)
      ),
  };
}

/** The service over the real Office host; call it only inside Excel. */
export const excelKalkylService: KalkylService = createKalkylService();
