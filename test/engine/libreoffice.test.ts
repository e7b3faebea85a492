/**
 * Cross-check with an independent spreadsheet engine: a workbook of native financial formulas
 * (NPV, IRR, PMT, SUMPRODUCT over varied inputs), recalculated by LibreOffice and by
 * `si-kalkyl recalc`, must give the same numbers (relative tolerance 1e-9). LibreOffice is told to
 * recalculate on load by a throw-away profile (and the formulas have no cached values anyway).
 * Skipped, with the reason printed, where neither `soffice` nor `libreoffice` is on PATH; CI
 * installs Debian's libreoffice-calc (.ci/run).
 */
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { EXIT } from "../../src/cli/io";
import { recalcCommand } from "../../src/cli/recalc";
import { bufferIo, formula, readXlsx, result, tempDir } from "./xlsx-helpers";
import { findSoffice } from "../helpers/libreoffice";

const soffice = findSoffice("libreoffice.test.ts");
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** OOXMLRecalcMode 0: always recalculate xlsx files on load (the default never does). */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** LibreOffice's recalculated copy of `input`, in `outDir` under the same name. */
async function libreOfficeRecalc(input: string, outDir: string, profile: string): Promise<string> {
  await promisify(execFile)(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      input,
    ],
    { timeout: 50_000 }
  );
  return path.join(outDir, path.basename(input));
}

/** Cash flows (year 0 first) of different shapes: a classic investment, a late payoff, two sign changes. */
const FLOWS = [
  [-1000, 300, 400, 500, 200],
  [-250000, 0, 0, 50000, 80000, 90000, 120000],
  [-100, 230, -132],
  [-5000, 1200.5, 1300.25, 1400.75, 1500, 1600, 1700],
];
const RATES = [0.035, 0.1, -0.02, 0.0001];

/** One row per case: inputs in A…, formulas from column K on. Returns the formula cells. */
function financialSheet(ws: ExcelJS.Worksheet): string[] {
  const cells: string[] = [];
  const put = (ref: string, text: string) => {
    ws.getCell(ref).value = formula(text);
    cells.push(ref);
  };
  FLOWS.forEach((flows, i) => {
    const r = i + 1;
    flows.forEach((v, c) => (ws.getCell(r, c + 1).value = v));
    const last = String.fromCharCode(64 + flows.length);
    RATES.forEach((rate, k) =>
      put(`${String.fromCharCode(75 + k)}${r}`, `NPV(${rate},B${r}:${last}${r})+A${r}`)
    );
    put(`P${r}`, `IRR(A${r}:${last}${r})`);
    put(`Q${r}`, `IRR(A${r}:${last}${r},0.2)`);
  });
  // PMT over rate, periods, present and future value and timing (type 0/1).
  const loans = [
    [0.05 / 12, 360, -200000, 0, 0],
    [0.035, 10, 1e6, -50000, 1],
    [0, 24, -12000, 0, 0],
    [0.12 / 4, 8, -3500.75, 500, 1],
  ];
  loans.forEach((args, i) => {
    const r = 10 + i;
    args.forEach((v, c) => (ws.getCell(r, c + 1).value = v));
    put(`K${r}`, `PMT(A${r},B${r},C${r})`);
    put(`L${r}`, `PMT(A${r},B${r},C${r},D${r},E${r})`);
  });
  // SUMPRODUCT: plain ranges, a weighting, and the array expressions Excel evaluates without CSE.
  [
    [1, 2, 3, 4],
    [0.5, -1.25, 3e6, 7],
    [-2, 0, 2, 4],
  ].forEach((row, i) => row.forEach((v, c) => (ws.getCell(20 + i, c + 1).value = v)));
  put("K20", "SUMPRODUCT(A20:D20,A21:D21)");
  put("K21", "SUMPRODUCT(A20:D22,A21:D23)");
  put("K22", "SUMPRODUCT((A22:D22>0)*A21:D21)");
  put("K23", "SUMPRODUCT(--(A20:D20>=2),A21:D21,A22:D22)");
  put("K24", "SUMPRODUCT(A21:D21/(1+0.035)^(A20:D20-1))");
  return cells;
}

function expectNear(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected !== "number" || typeof actual !== "number") {
    expect({ where, value: actual }).toEqual({ where, value: expected });
    return;
  }
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(
      `${where}: si-kalkyl ${actual}, LibreOffice ${expected} (differ by ${actual - expected})`
    );
  }
}

/** What `si-kalkyl recalc` writes for `input`, as ExcelJS reads it. */
async function siKalkylRecalc(input: string, output: string): Promise<ExcelJS.Worksheet> {
  const io = bufferIo();
  const code = await recalcCommand(
    { input, output, valuesOnly: false, report: false, lang: "en" },
    io
  );
  expect({ code, stderr: io.stderr() }).toEqual({ code: EXIT.ok, stderr: "" });
  return (await readXlsx(output)).getWorksheet("Finans")!;
}

describeWithLibreOffice(
  "LibreOffice and si-kalkyl recalc agree on native financial formulas",
  () => {
    const dir = tempDir();
    afterAll(() => dir.remove());

    let cells: string[];
    let ours: ExcelJS.Worksheet;
    let theirs: ExcelJS.Worksheet;
    let theirsOfOurs: ExcelJS.Worksheet;
    let oursOfTheirs: ExcelJS.Worksheet;

    beforeAll(async () => {
      const profile = dir.path("profile");
      mkdirSync(path.join(profile, "user"), { recursive: true });
      writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
      const wb = new ExcelJS.Workbook();
      cells = financialSheet(wb.addWorksheet("Finans"));
      const input = dir.path("finans.xlsx");
      await wb.xlsx.writeFile(input);
      for (const sub of ["lo", "lo-si"]) mkdirSync(dir.path(sub));

      const output = dir.path("finans-si.xlsx");
      ours = await siKalkylRecalc(input, output);
      const theirFile = await libreOfficeRecalc(input, dir.path("lo"), profile);
      theirs = (await readXlsx(theirFile)).getWorksheet("Finans")!;
      // LibreOffice opens our copy; we recalculate LibreOffice's file (its own XML, shared strings).
      theirsOfOurs = (
        await readXlsx(await libreOfficeRecalc(output, dir.path("lo-si"), profile))
      ).getWorksheet("Finans")!;
      oursOfTheirs = await siKalkylRecalc(theirFile, dir.path("finans-lo-si.xlsx"));
    });

    it("gives the same results, cell by cell, within 1e-9", () => {
      expect(cells.length).toBe(37);
      for (const ref of cells) expectNear(result(ours, ref), result(theirs, ref), ref);
    });

    it("reads si-kalkyl's copy and computes the same numbers from it", () => {
      for (const ref of cells)
        expectNear(result(ours, ref), result(theirsOfOurs, ref), `${ref} (our copy)`);
    });

    it("and si-kalkyl recalculates LibreOffice's file to the same numbers", () => {
      for (const ref of cells)
        expectNear(result(oursOfTheirs, ref), result(theirs, ref), `${ref} (their file)`);
    });
  }
);
