/**
 * The unit-cost importer's speed: `si-kalkyl import-unitcosts --json` on a 5,000-row workbook end
 * to end (read the xlsx → grids → import → JSON text), with the share spent reading the file, and
 * the pure importer on a 50,000-row grid. The tables look like real ones: category headings as
 * merged rows, amounts as numbers and as Swedish text ("6 200 kr", "1 234,50"), a price-year line,
 * a few rejected rows, notes and a total. Figures, not assertions.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importUnitCostsCommand } from "../src/cli/import-unitcosts";
import { loadXlsx } from "../src/engine/xlsx-file";
import type { GridCell, SheetGrid } from "../src/import/types";
import { importUnitCosts } from "../src/import/unitcosts";
import { workbookGrids } from "../src/import/xlsx-grid";

const FILE_ROWS = 5_000;
const GRID_ROWS = 50_000;
const RUNS = 5;
const BAND_EVERY = 50;
const COLUMNS = 6;

/** Row k of the table body: a heading every 50 rows, else a unit cost in one of several spellings. */
function bodyRow(k: number): GridCell[] {
  if (k % BAND_EVERY === 0) return [`Område ${k / BAND_EVERY + 1}`];
  const cost = 500 + ((k * 7919) % 400_000);
  const spelled: GridCell =
    k % 5 === 0
      ? `${cost.toLocaleString("sv-SE")} kr`
      : k % 7 === 0
        ? `${Math.floor(cost / 100)},${k % 10}5`
        : k % 97 === 0
          ? "–"
          : cost;
  return [
    `K${k}`,
    `Kostnadspost ${k}`,
    k % 3 === 0 ? "kr/dygn" : "kr/år",
    spelled,
    2015 + (k % 5),
    "Exempelvärde (fiktivt)",
  ];
}

function tableRows(n: number): GridCell[][] {
  const rows: GridCell[][] = [
    ["Enhetskostnader (fiktiva)"],
    ["Prisnivå: 2018"],
    ["Kod", "Kostnadspost", "Enhet", "Kostnad (kr)", "Prisår", "Källa"],
  ];
  for (let k = 0; k < n; k++) rows.push(bodyRow(k));
  rows.push(["Summa", null, null, 1], [], ["Not: fiktiva värden."]);
  return rows;
}

async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Enhetskostnader");
  for (const row of tableRows(FILE_ROWS)) {
    const added = ws.addRow(row.map((v) => v ?? undefined));
    // A heading merged over the table's width, as municipalities' tables have them.
    if (row.length === 1 && typeof row[0] === "string" && row[0].startsWith("Område")) {
      ws.mergeCells(added.number, 1, added.number, COLUMNS);
    }
  }
  await wb.xlsx.writeFile(file);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** One run of the command as a user types it; the JSON's item count as a check. */
async function commandRun(file: string): Promise<{ ms: number; items: number }> {
  let out = "";
  const t0 = performance.now();
  const code = await importUnitCostsCommand(
    file,
    { json: true, lang: "sv" },
    { out: (t) => (out += t), err: (t) => (out += t) }
  );
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`import-unitcosts failed: ${out}`);
  return { ms, items: (JSON.parse(out) as { items: unknown[] }).items.length };
}

/** The first run (what one `si-kalkyl` call pays, code not yet optimised), then warm runs. */
async function endToEnd(
  file: string
): Promise<{ coldMs: number; ms: number; readMs: number; items: number }> {
  const cold = await commandRun(file);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await commandRun(file)).ms);
  const reads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    workbookGrids((await loadXlsx(readFileSync(file))).workbook);
    reads.push(performance.now() - t0);
  }
  return { coldMs: cold.ms, ms: median(times), readMs: median(reads), items: cold.items };
}

function pureImport(grid: SheetGrid): { ms: number; items: number; rejected: number } {
  const times: number[] = [];
  let result = importUnitCosts([grid], { lang: "sv" }); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = importUnitCosts([grid], { lang: "sv" });
    times.push(performance.now() - t0);
  }
  return { ms: median(times), items: result.items.length, rejected: result.rejected.length };
}

/** The lines to print. */
export async function importBench(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "si-import-bench-"));
  try {
    const file = path.join(dir, "enhetskostnader-5000.xlsx");
    await writeWorkbook(file);
    const e2e = await endToEnd(file);
    const grid: SheetGrid = {
      name: "Enhetskostnader",
      cells: tableRows(GRID_ROWS),
      hiddenRows: new Set([10, 20, 30]),
    };
    const pure = pureImport(grid);
    const e2eRate = (FILE_ROWS / e2e.ms) * 1000;
    return [
      `import-unitcosts --json, ${fmt(FILE_ROWS)}-row workbook end to end (read xlsx → import → JSON):`,
      `  first run ${fmt(e2e.coldMs)} ms; then median of ${RUNS}: ${fmt(e2e.ms)} ms, ${fmt(e2eRate)} rows/s ` +
        `(reading the xlsx into grids ${fmt(e2e.readMs)} ms); ${fmt(e2e.items)} unit costs`,
      `  target < 1 s for ${fmt(FILE_ROWS)} rows: ${Math.max(e2e.coldMs, e2e.ms) < 1000 ? "met" : "NOT met"} (first run included)`,
      `importer alone, ${fmt(GRID_ROWS)}-row grid, median of ${RUNS}:`,
      `  ${fmt(pure.ms)} ms, ${fmt((GRID_ROWS / pure.ms) * 1000)} rows/s, ${fmt(pure.items)} unit costs, ${fmt(pure.rejected)} rejected`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/import.ts` runs it on its own; bench/run.ts imports importBench.
if (process.argv[1] && /bench[\\/]import\.ts$/.test(process.argv[1])) {
  importBench()
    .then((lines) => console.log(lines.join("\n")))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    });
}
