/**
 * An independent reader of the share copy: LibreOffice opens it and writes every sheet as CSV
 * without error, the note sheet first. LibreOffice does not know SI.*: in the live sheets as
 * `si-kalkyl template` writes them it recalculates the per-actor spill to #NAME?, while the copy
 * has no #NAME? left anywhere. Skipped, with the reason printed, where neither `soffice` nor
 * `libreoffice` is on PATH (as test/engine/libreoffice.test.ts is); CI installs it.
 */
import { execFile } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { templateWorkbook } from "../../src/cli/template";
import { valuesOnlyCopy } from "../../src/share/values-only";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { bufferIo, tempDir } from "../engine/xlsx-helpers";
import { KALKYL_SI, kalkylWorkbook } from "./share-fixtures";
import { findSoffice } from "../helpers/libreoffice";

const soffice = findSoffice("values-only-libreoffice.test.ts");
const describeWithLibreOffice = soffice ? describe : describe.skip;

// CSV with commas and double quotes, UTF-8 (76), formatted as shown, every sheet to its own file
// (the last token, -1; LibreOffice 7.2 and later).
const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Each sheet of `file` as CSV text, by sheet name, in the order LibreOffice wrote them. */
async function sheetsAsCsv(
  file: string,
  outDir: string,
  profile: string
): Promise<Map<string, string>> {
  const { stdout } = await promisify(execFile)(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      CSV_ALL_SHEETS,
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 50_000 }
  );
  const base = path.basename(file, ".xlsx");
  // "Writing sheet Om kopian -> …": the order of the sheets in the file.
  const order = [...stdout.matchAll(/Writing sheet (.+?) -> /g)].map((m) => m[1]);
  const written = new Set(readdirSync(outDir));
  return new Map(
    order.map((name) => {
      const csv = `${base}-${name}.csv`;
      if (!written.has(csv)) throw new Error(`LibreOffice did not write ${csv}`);
      return [name, readFileSync(path.join(outDir, csv), "utf8")];
    })
  );
}

describeWithLibreOffice("LibreOffice reads the copy", () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const madeAt = new Date(2026, 10, 23, 14, 5);

  it("opens the copy of a workbook with shared, array and native formulas and writes every sheet", async () => {
    const copy = valuesOnlyCopy(await kalkylWorkbook(), {
      lang: "sv",
      madeAt,
      source: "Kalkyl.xlsx",
    });
    const file = dir.path("kalkyl.xlsx");
    writeFileSync(file, copy.bytes);
    const sheets = await sheetsAsCsv(file, dir.path("kalkyl-csv"), dir.path("profile"));
    expect([...sheets.keys()]).toEqual(["Om kopian", "Indata", "Kalkyl"]);
    expect(sheets.get("Om kopian")!.split("\n").slice(0, 5)).toEqual([
      "Kopia för läsare utan SI Kalkyl: SI-formlerna är ersatta med sina värden.,",
      ",",
      "Gjord,2026-11-23 14:05",
      "Från,Kalkyl.xlsx",
      "Ersatta SI-formler,8",
    ]);
    const rows = sheets
      .get("Kalkyl")!
      .split("\n")
      .map((line) => line.split(","));
    expect(Number(rows[0][1])).toBeCloseTo(KALKYL_SI.B1, 9);
    expect(rows[1][1]).toBe(KALKYL_SI.B2);
    expect(rows[2][1]).toBe(KALKYL_SI.B3.error);
    expect(rows[0].slice(2, 5)).toEqual(["110", "2", KALKYL_SI.E1]);
    expect(rows.map((r) => r[2]).slice(0, 3)).toEqual(["110", "220", "330"]);
  });

  it("shows numbers where LibreOffice shows #NAME? for the live sheets' SI spill", async () => {
    const made = await templateWorkbook(
      [...TEMPLATE_IDS],
      { lang: "sv", example: true },
      bufferIo()
    );
    const original = dir.path("mallar.xlsx");
    writeFileSync(original, made.bytes);
    const copyFile = dir.path("mallar-att-dela.xlsx");
    writeFileSync(
      copyFile,
      valuesOnlyCopy(new Uint8Array(made.bytes), { lang: "sv", madeAt }).bytes
    );
    const before = await sheetsAsCsv(original, dir.path("before"), dir.path("profile"));
    const after = await sheetsAsCsv(copyFile, dir.path("after"), dir.path("profile"));
    expect([...after.keys()]).toEqual(["Om kopian", ...before.keys()]);
    expect(before.get("Kalkyl")).toMatch(/#NAME\?/);
    for (const [name, csv] of after) expect([name, /#NAME\?/.test(csv)]).toEqual([name, false]);
  });
});
