/**
 * `si-kalkyl import-unitcosts <file.xlsx> [--sheet NAME] [--json]`: the unit costs of a workbook
 * as the importer reads them (src/import/unitcosts.ts), with every rejected row and warning. The
 * file is only read. With --json, exactly one JSON object:
 *   {"items":[{name,cost,unit,priceYear,category,source,id,sheet,row}…],
 *    "rejected":[{sheet,row,reason}…],"warnings":[{sheet,row,message}…]}
 * Rejected rows are results (exit 0); a file that cannot be read, a missing sheet or a workbook
 * without a unit-cost header is one line on stderr and exit 1. File-level messages are English, as
 * in `recalc`; the importer's reasons, warnings and summary follow --lang.
 */
import { promises as fs } from "node:fs";
import { XlsxError, loadXlsx } from "../engine/xlsx-file";
import { formatAmount, importText } from "../i18n/import";
import { Lang } from "../i18n/lang";
import type { UnitCostItem } from "../import/types";
import {
  SKIP_REASONS,
  UnitCostImportError,
  UnitCostImportReport,
  importUnitCostsReport,
  skippedCounts,
} from "../import/unitcosts";
import { workbookGrids } from "../import/xlsx-grid";
import { EXIT, Io, failureReason } from "./io";

export interface ImportUnitCostsOptions {
  sheet?: string;
  json: boolean;
  lang: Lang;
}

const COMMAND = "si-kalkyl import-unitcosts";

/** The item with its fields in the documented order and absent ones as null. */
function jsonItem(i: UnitCostItem): UnitCostItem {
  return {
    name: i.name,
    cost: i.cost,
    unit: i.unit,
    priceYear: i.priceYear,
    category: i.category,
    source: i.source,
    id: i.id,
    sheet: i.sheet,
    row: i.row,
  };
}

export function jsonReport(report: UnitCostImportReport): string {
  return JSON.stringify({
    items: report.items.map(jsonItem),
    rejected: report.rejected.map((r) => ({ sheet: r.sheet, row: r.row, reason: r.reason })),
    warnings: report.warnings.map((w) => ({ sheet: w.sheet, row: w.row, message: w.message })),
  });
}

/** Counts first, then a line per sheet, then the rejected rows and the warnings. */
export function readableReport(report: UnitCostImportReport, lang: Lang): string {
  const t = (key: Parameters<typeof importText>[1], params?: Record<string, string | number>) =>
    importText(lang, key, params);
  const n = (x: number) => formatAmount(x, lang);
  const counts = skippedCounts(report);
  const skipped = report.skipped.length;
  const reasons = SKIP_REASONS.filter((r) => counts[r] > 0)
    .map((r) => `${t(`skip_${r}`)}: ${n(counts[r])}`)
    .join(", ");
  const lines = [
    t("summaryImported", { n: n(report.items.length) }),
    t("summaryRejected", { n: n(report.rejected.length) }),
    t("summarySkipped", { n: n(skipped) }) + (reasons ? ` (${reasons})` : ""),
    t("summaryWarnings", { n: n(report.warnings.length) }),
    "",
  ];
  for (const s of report.sheets) {
    const skippedHere = SKIP_REASONS.reduce((sum, r) => sum + s.skipped[r], 0);
    lines.push(
      s.headerRow === null
        ? t("summarySheetNoHeader", { sheet: s.sheet })
        : t("summarySheet", {
            sheet: s.sheet,
            row: s.headerRow,
            imported: n(s.imported),
            rejected: n(s.rejected),
            skipped: n(skippedHere),
          })
    );
  }
  if (report.rejected.length) {
    lines.push("", t("summaryRejectedTitle"));
    for (const r of report.rejected)
      lines.push(`  ${t("summaryAt", { sheet: r.sheet, row: r.row, text: r.reason })}`);
  }
  if (report.warnings.length) {
    lines.push("", t("summaryWarningsTitle"));
    for (const w of report.warnings)
      lines.push(`  ${t("summaryAt", { sheet: w.sheet, row: w.row, text: w.message })}`);
  }
  return lines.join("\n") + "\n";
}

export async function importUnitCostsCommand(
  file: string,
  options: ImportUnitCostsOptions,
  io: Io
): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    io.err(`${COMMAND}: cannot read ${file}: ${failureReason(e)}\n`);
    return EXIT.failed;
  }
  let report: UnitCostImportReport;
  try {
    const { workbook } = await loadXlsx(bytes);
    report = importUnitCostsReport(workbookGrids(workbook), {
      lang: options.lang,
      sheet: options.sheet,
    });
  } catch (e) {
    if (e instanceof XlsxError) io.err(`${COMMAND}: ${file}: ${e.message}\n`);
    else if (e instanceof UnitCostImportError) io.err(`${COMMAND}: ${file}: ${e.message}\n`);
    else io.err(`${COMMAND}: could not import ${file}: ${failureReason(e)}\n`);
    return EXIT.failed;
  }
  io.out(options.json ? jsonReport(report) + "\n" : readableReport(report, options.lang));
  return EXIT.ok;
}
