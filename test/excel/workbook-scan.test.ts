import type { Place, WorkbookScanService } from "../../src/excel/workbook-scan-outcome";
import {
  CELL_CAP,
  FIRST_BLOCK,
  MAX_SELECT_AREAS,
  cappedArea,
} from "../../src/excel/workbook-scan-read";
import { createWorkbookScanService, scanFailure } from "../../src/excel/workbook-scan-service";
import { LOGIKMODELL_TEXT } from "../../src/i18n/sheets/logikmodell";
import type { WorkbookHealth } from "../../src/import/workbook-health";
import { insertTemplates } from "../../src/templates/render-office";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { fillSheet, installOffice, type MockSheet } from "../templates/office-mock";
import { ScanMock, type ScanMockOptions } from "./workbook-scan-mock";

let restore: (() => void)[] = [];
afterEach(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

/** A mock workbook and the service over it, with Office's global answering for the mock. */
function setup(options: ScanMockOptions = {}): { mock: ScanMock; service: WorkbookScanService } {
  const mock = new ScanMock(options);
  restore.push(installOffice(mock));
  const service = createWorkbookScanService({
    run: (batch) => batch(mock.scanContext),
    isSetSupported: (name, version) =>
      mock.office.context.requirements.isSetSupported(name, version),
  });
  return { mock, service };
}

function sheetOf(mock: ScanMock, name: string): MockSheet {
  const sheet = mock.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function scanned(service: WorkbookScanService): Promise<WorkbookHealth> {
  const outcome = await service.scan();
  if (outcome.kind !== "scanned") throw new Error(`scan failed: ${JSON.stringify(outcome)}`);
  return outcome.health;
}

// Skatteverket's example personnummer and its forms; never to appear in an outcome.
const PNR = "19811218-9876";
const DIGITS = /8112189876|811218-9876|811218\+9876/;

describe("scan", () => {
  it("reads an empty workbook in two syncs", async () => {
    const { mock, service } = setup();
    const health = await scanned(service);
    expect(mock.syncs).toBe(2);
    expect(health).toMatchObject({
      sheetCount: 1,
      holdings: [],
      errors: [],
      personalNumbers: [],
      capped: [],
      unread: [],
    });
  });

  it("finds every inserted live sheet, with its table's range, in two syncs", async () => {
    const { mock, service } = setup();
    await insertTemplates(mock.context, TEMPLATE_IDS, { lang: "sv", example: true });
    const before = mock.syncs;
    const health = await scanned(service);
    expect(mock.syncs - before).toBe(2);
    // From the templates: the indicator table's header is row 22, 17 columns (A–Q), five example
    // rows; the risk table's header is row 5, 14 columns (A–N), five example risks.
    expect(health.holdings.map((h) => [h.kind, h.table, h.place.sheet])).toEqual([
      ["logicModel", "SI_Indikatorer", "Logikmodell"],
      ["riskMatrix", "SI_Risker", "Riskmatris"],
      ["calculation", "SI_Kalkyl", "Kalkyl"],
      ["followUp", "SI_Uppfoljning", "Uppföljning"],
      ["stakeholders", "SI_Intressenter", "Intressentanalys"],
    ]);
    expect(health.holdings[0].place.areas).toEqual(["A22:Q27"]);
    expect(health.holdings[1].place.areas).toEqual(["A5:N10"]);
    expect(health.holdings[0].place.sheetId).toBe(mock.idOf(sheetOf(mock, "Logikmodell")));
    // The example grid is complete: no red-thread gap, and the table has an aim and a result.
    expect(health.logicModels).toEqual([
      {
        place: expect.objectContaining({ sheet: "Logikmodell", areas: ["A5:E9"] }),
        warnings: [],
      },
    ]);
    expect(health.indicatorIssues).toEqual([]);
    // The mock calculates nothing: the risk levels are formulas, so every example risk is unrated.
    expect(health.risks).toEqual([
      expect.objectContaining({ counts: { low: 0, medium: 0, high: 0 }, unrated: 5 }),
    ]);
  });

  it("counts the risks and sees the before–after row once Excel has calculated", async () => {
    const { mock, service } = setup();
    await insertTemplates(mock.context, ["logikmodell", "riskmatris"], {
      lang: "sv",
      example: true,
    });
    // What Excel would show: levels in column F of rows 6–10; the third indicator row (row 25)
    // is the before–after one, its warning in column Q.
    const risks = sheetOf(mock, "Riskmatris");
    ["Hög", "Hög", "Medel", "Låg", "Medel"].forEach((level, i) =>
      fillSheet(risks, [[level]], 6 + i, 6)
    );
    const logic = sheetOf(mock, "Logikmodell");
    fillSheet(logic, [[LOGIKMODELL_TEXT.sv.beforeAfterWarning]], 25, 17);
    const health = await scanned(service);
    expect(health.risks).toEqual([
      expect.objectContaining({ counts: { high: 2, medium: 2, low: 1 }, unrated: 0 }),
    ]);
    expect(health.beforeAfter).toEqual([
      {
        table: "SI_Indikatorer",
        indicator: "Upplevd trygghet (enkät, skala 1–5)",
        reason: "warning",
        warning: LOGIKMODELL_TEXT.sv.beforeAfterWarning,
        place: expect.objectContaining({ sheet: "Logikmodell", areas: ["A25:Q25"] }),
      },
    ]);
  });

  it("finds personal identity numbers on hidden sheets too, giving only sheet and cell", async () => {
    const { mock, service } = setup({ sheets: ["Blad1", "Deltagare"], hidden: ["Deltagare"] });
    fillSheet(sheetOf(mock, "Blad1"), [["Summa", 12]]);
    // From B3 (fillSheet counts from 1): the numbers are C4 and C5.
    fillSheet(
      sheetOf(mock, "Deltagare"),
      [
        ["Namn", "Personnummer"],
        ["A", PNR],
        ["B", "811218-9876"],
      ],
      3,
      2
    );
    const outcome = await service.scan();
    expect(mock.syncs).toBe(2);
    expect(outcome).toMatchObject({
      kind: "scanned",
      health: {
        personalNumbers: [
          {
            count: 2,
            areaCount: 1,
            place: {
              sheetId: mock.idOf(sheetOf(mock, "Deltagare")),
              sheet: "Deltagare",
              hidden: true,
              areas: ["C4:C5"],
            },
          },
        ],
      },
    });
    expect(JSON.stringify(outcome)).not.toMatch(DIGITS);
  });

  it("counts error cells per sheet", async () => {
    const { mock, service } = setup({ sheets: ["Kalkyl"] });
    const kalkyl = sheetOf(mock, "Kalkyl");
    fillSheet(kalkyl, [
      ["Post", "Belopp"],
      ["Lön", 100],
    ]);
    kalkyl.at(2, 3).value = { error: "#DIV/0!" };
    kalkyl.at(3, 3).value = { error: "#N/A" };
    const health = await scanned(service);
    expect(health.errors).toEqual([
      { count: 2, place: expect.objectContaining({ sheet: "Kalkyl", areas: ["C2:C3"] }) },
    ]);
  });

  it("reads the cells of the indicator and risk tables only, besides the sheets", async () => {
    const { mock, service } = setup({
      sheets: ["Kalkyl"],
      tables: [{ name: "SI_Kalkyl", sheet: "Kalkyl", ref: "A1:B3" }],
    });
    fillSheet(sheetOf(mock, "Kalkyl"), [
      ["Post", "Belopp"],
      ["Lön", 100],
      ["Hyra", 50],
    ]);
    await scanned(service);
    // Sync 2 loads values and value types of the 3 × 2 used range: 12 cells, none for the table.
    expect(mock.cellsPerSync).toEqual([0, 12]);
  });

  it("reads a sheet beyond the first block in a third sync, whole when it fits the cap", async () => {
    const { mock, service } = setup({ sheets: ["Data"] });
    const rows = FIRST_BLOCK.rows + 1000;
    const data = sheetOf(mock, "Data");
    fillSheet(
      data,
      Array.from({ length: rows }, (_, r) => [r + 1, "x", null])
    );
    fillSheet(data, [[PNR]], rows, 3); // the last row, beyond the first block
    const health = await scanned(service);
    expect(mock.syncs).toBe(3);
    expect(health.capped).toEqual([]);
    expect(health.personalNumbers[0].place.areas).toEqual([`C${rows}`]);
  });

  it("caps a very large sheet at CELL_CAP cells, whole rows from the top, and says so", async () => {
    const { mock, service } = setup({ sheets: ["Export"] });
    const rows = 70_000; // × 3 columns = 210,000 cells
    fillSheet(
      sheetOf(mock, "Export"),
      Array.from({ length: rows }, (_, r) => [r, "y", r % 2])
    );
    const health = await scanned(service);
    // 200,000 / 3 columns = 66,666 whole rows: 199,998 cells of 210,000.
    expect(cappedArea({ rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: 3 })).toBe(
      "A1:C66666"
    );
    expect(health.capped).toEqual([
      {
        sheetId: mock.idOf(sheetOf(mock, "Export")),
        sheet: "Export",
        read: 199_998,
        total: 210_000,
      },
    ]);
    expect(199_998).toBeLessThanOrEqual(CELL_CAP);
    expect(mock.syncs).toBe(3);
  });

  it("reads one sheet per sync when Excel refuses one large response, and says what it could not read", async () => {
    const { mock, service } = setup({
      sheets: ["A", "B", "C"],
      responseCellLimit: 100, // cells of values and value types together
    });
    fillSheet(
      sheetOf(mock, "A"),
      Array.from({ length: 20 }, () => [1])
    ); // 40 cells loaded
    fillSheet(
      sheetOf(mock, "B"),
      Array.from({ length: 20 }, () => [PNR])
    ); // 40
    fillSheet(
      sheetOf(mock, "C"),
      Array.from({ length: 30 }, () => [1, 2])
    ); // 120: too many alone
    const health = await scanned(service);
    // 1 list, 2 refused (200 cells), then A, B and C one by one (C refused again).
    expect(mock.syncs).toBe(5);
    expect(health.personalNumbers.map((p) => [p.place.sheet, p.count])).toEqual([["B", 20]]);
    expect(health.unread).toEqual([{ sheetId: mock.idOf(sheetOf(mock, "C")), sheet: "C" }]);
  });

  it("refuses an Excel without ExcelApi 1.4 before reading anything", async () => {
    const { mock, service } = setup({ excelApi: "1.3" });
    expect(await service.scan()).toEqual({
      kind: "failed",
      reason: "needsNewerExcel",
      detail: "1.4",
    });
    expect(mock.syncs).toBe(0);
  });

  it("maps Excel's refusals by their code", async () => {
    const failing = (error: unknown): WorkbookScanService =>
      createWorkbookScanService({ run: () => Promise.reject(error), isSetSupported: () => true });
    const editMode = Object.assign(new Error("Excel is in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(await failing(editMode).scan()).toEqual({
      kind: "failed",
      reason: "cellEditMode",
      detail: "Excel is in cell-editing mode.",
    });
    const place: Place = { sheetId: "{x}", sheet: "X", hidden: false, areas: ["A1"] };
    expect(await failing({ code: "AccessDenied", message: "Skyddat" }).select(place)).toEqual({
      kind: "failed",
      reason: "protected",
      detail: "Skyddat",
    });
    expect(await failing("bara text").scan()).toEqual({
      kind: "failed",
      reason: "other",
      detail: "bara text",
    });
    expect(scanFailure({ code: "ResponsePayloadSizeLimitExceeded", message: "m" }).reason).toBe(
      "tooLarge"
    );
    expect(scanFailure({ code: "ItemNotFound", message: "m" }).reason).toBe("notFound");
  });
});

// ---------------------------------------------------------------------------------------------

describe("select", () => {
  function placeOn(mock: ScanMock, name: string, areas: string[], hidden = false): Place {
    return { sheetId: mock.idOf(sheetOf(mock, name)), sheet: name, hidden, areas };
  }

  it("activates the sheet and selects one area in one sync", async () => {
    const { mock, service } = setup({ sheets: ["Blad1", "Kalkyl"] });
    const outcome = await service.select(placeOn(mock, "Kalkyl", ["B2:C4"]));
    expect(outcome).toEqual({ kind: "selected", sheet: "Kalkyl", selected: 1, total: 1 });
    expect(mock.syncs).toBe(1);
    expect(mock.active?.name).toBe("Kalkyl");
    expect(mock.selection).toEqual({ sheet: "Kalkyl", areas: ["B2:C4"] });
  });

  it("selects every area at once with ExcelApi 1.9, by the sheet's id after a rename", async () => {
    const { mock, service } = setup({ sheets: ["Blad1", "Data"] });
    const place = placeOn(mock, "Data", ["A2", "C5:C9", "E1"]);
    sheetOf(mock, "Data").name = "Data (omdöpt)";
    const outcome = await service.select(place);
    expect(outcome).toEqual({ kind: "selected", sheet: "Data", selected: 3, total: 3 });
    expect(mock.selection).toEqual({ sheet: "Data (omdöpt)", areas: ["A2", "C5:C9", "E1"] });
    expect(mock.syncs).toBe(1);
  });

  it("selects the first area only in an Excel without ExcelApi 1.9, and says so", async () => {
    const { mock, service } = setup({ sheets: ["Data"], excelApi: "1.8" });
    const outcome = await service.select(placeOn(mock, "Data", ["A2", "C5"]));
    expect(outcome).toEqual({
      kind: "selected",
      sheet: "Data",
      selected: 1,
      total: 2,
      limit: "olderExcel",
    });
    expect(mock.selection).toEqual({ sheet: "Data", areas: ["A2"] });
    expect(mock.syncs).toBe(1);
  });

  it("selects at most MAX_SELECT_AREAS areas at once", async () => {
    const { mock, service } = setup({ sheets: ["Data"] });
    const areas = Array.from({ length: MAX_SELECT_AREAS + 5 }, (_, i) => `A${2 * i + 1}`);
    const outcome = await service.select(placeOn(mock, "Data", areas));
    expect(outcome).toEqual({
      kind: "selected",
      sheet: "Data",
      selected: MAX_SELECT_AREAS,
      total: MAX_SELECT_AREAS + 5,
      limit: "tooMany",
    });
    expect(mock.selection?.areas).toHaveLength(MAX_SELECT_AREAS);
  });

  it("does not try to select on a hidden sheet", async () => {
    const { mock, service } = setup({ sheets: ["Blad1", "Dolt"], hidden: ["Dolt"] });
    expect(await service.select(placeOn(mock, "Dolt", ["A1"], true))).toEqual({
      kind: "hiddenSheet",
      sheet: "Dolt",
    });
    expect(mock.syncs).toBe(0);
  });

  it("says the place is gone when the sheet was deleted since the scan", async () => {
    const { mock, service } = setup({ sheets: ["Blad1", "Borta"] });
    const place = placeOn(mock, "Borta", ["A1"]);
    mock.sheets.splice(1, 1);
    expect(await service.select(place)).toMatchObject({ kind: "failed", reason: "notFound" });
    expect(mock.syncs).toBe(1);
  });
});
