import { CONVERT_EXCEL_API, createTemplateService } from "../../src/excel/template-service";
import type { TemplateService } from "../../src/excel/template-outcome";
import { logicText } from "../../src/i18n/logicmodel";
import type { Lang } from "../../src/i18n/lang";
import { insertTemplates } from "../../src/templates/render-office";
import { TEMPLATES } from "../../src/templates/index";
import { TEMPLATE_IDS, type TemplateId } from "../../src/templates/spec";
import {
  OfficeMock,
  addressOf,
  fillSheet,
  installOffice,
  type MockSheet,
  type OfficeMockOptions,
} from "../templates/office-mock";

let restore: (() => void)[] = [];
afterEach(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

/** A mock workbook and the service over it, with Office's global answering for the mock. */
function setup(options: OfficeMockOptions = {}): { mock: OfficeMock; service: TemplateService } {
  const mock = new OfficeMock(options);
  restore.push(installOffice(mock));
  const service = createTemplateService({
    run: (batch) => batch(mock.context),
    isSetSupported: (name, version) =>
      mock.office.context.requirements.isSetSupported(name, version),
  });
  return { mock, service };
}

function sheetOf(mock: OfficeMock, name: string): MockSheet {
  const sheet = mock.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every cell with something in it (content or look), by address, in a stable order. */
function cellsOf(sheet: MockSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...sheet.cells.keys()].sort();
  for (const key of keys) {
    const cell = sheet.cells.get(key) ?? {};
    const kept = Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined));
    if (Object.keys(kept).length === 0) continue;
    const [row, col] = key.split(",").map(Number);
    out[addressOf({ top: row, left: col, bottom: row, right: col })] = kept;
  }
  return out;
}

function tableRows(mock: OfficeMock, name: string): number {
  const table = mock.table(name);
  if (!table) throw new Error(`no table ${name}`);
  return table.area.bottom - table.area.top;
}

/** The text of a cell, "" when empty. */
function text(sheet: MockSheet, address: string): unknown {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cell = sheet.cell(Number(row), col);
  return cell?.formula ?? cell?.value ?? "";
}

describe("insert", () => {
  it.each<Lang>(["sv", "en"])("draws all seven sheets in two syncs (%s)", async (lang) => {
    const { mock, service } = setup();
    const outcome = await service.insert(TEMPLATE_IDS, { lang, example: true });
    expect(outcome).toEqual({
      kind: "inserted",
      sheets: TEMPLATE_IDS.map((id) => TEMPLATES[id].sheetName[lang]),
    });
    expect(mock.syncs).toBe(2);
    expect(mock.added().map((s) => s.name)).toEqual(
      TEMPLATE_IDS.map((id) => TEMPLATES[id].sheetName[lang])
    );
    expect(sheetOf(mock, "Blad1").writes).toEqual([]);
    expect(mock.active?.name).toBe(TEMPLATES.logikmodell.sheetName[lang]);
  });

  it("gives taken names a suffix and draws without the example when asked", async () => {
    const { mock, service } = setup({
      sheets: ["Riskmatris"],
      tables: [{ name: "SI_Risker", sheet: "Riskmatris", ref: "A1:B3" }],
    });
    const outcome = await service.insert(["riskmatris"], { lang: "sv", example: false });
    expect(outcome).toEqual({ kind: "inserted", sheets: ["Riskmatris (2)"] });
    expect(tableRows(mock, "SI_Risker_2")).toBe(1);
    expect(text(sheetOf(mock, "Riskmatris (2)"), "B6")).toBe("");
    expect(mock.syncs).toBe(2);
  });

  it("refuses an Excel without ExcelApi 1.8 before touching anything", async () => {
    const { mock, service } = setup({ excelApi: "1.7" });
    const outcome = await service.insert(["kalkyl"], { lang: "sv", example: true });
    expect(outcome).toEqual({ kind: "failed", reason: "needsNewerExcel", detail: "1.8" });
    expect(mock.syncs).toBe(0);
    expect(mock.added()).toEqual([]);
  });

  it("says so when the workbook's structure is protected", async () => {
    const { mock, service } = setup({ protectedStructure: true });
    const outcome = await service.insert(["kalkyl", "riskmatris"], { lang: "sv", example: true });
    expect(outcome).toMatchObject({ kind: "failed", reason: "protected" });
    expect(outcome.kind === "failed" && outcome.detail).toMatch(/protected/);
    expect(mock.added()).toEqual([]);
  });

  it("maps cell edit mode and any other error by Office's code", async () => {
    const failing = (error: unknown): TemplateService =>
      createTemplateService({ run: () => Promise.reject(error), isSetSupported: () => true });
    const editMode = Object.assign(new Error("Excel is in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(await failing(editMode).insert(["kalkyl"], { lang: "sv", example: true })).toEqual({
      kind: "failed",
      reason: "cellEditMode",
      detail: "Excel is in cell-editing mode.",
    });
    const sheetProtected = { code: "InvalidOperation", message: "The sheet is protected." };
    expect(await failing(sheetProtected).removeExample()).toEqual({
      kind: "failed",
      reason: "protected",
      detail: "The sheet is protected.",
    });
    const other = Object.assign(new Error("Något oväntat"), { code: "GeneralException" });
    expect(await failing(other).convertLogicModel("sv")).toEqual({
      kind: "failed",
      reason: "other",
      detail: "Något oväntat",
    });
    expect(await failing("bara text").removeExample()).toEqual({
      kind: "failed",
      reason: "other",
      detail: "bara text",
    });
  });
});

// ---------------------------------------------------------------------------------------------

const HEADINGS = {
  sv: ["Nivå", "Interventionslogik", "Indikatorer", "Datakällor", "Antaganden/hot"],
  en: ["Level", "Intervention logic", "Indicators", "Data sources", "Assumptions/threats"],
};
const LEVELS = {
  sv: [
    "Övergripande syfte och mål",
    "Resultat och utfall",
    "Aktiviteter och processmått",
    "Resurser",
  ],
  en: [
    "Overall aim and goals",
    "Results and outcomes",
    "Activities and process measures",
    "Resources",
  ],
};

/** A model with four indicators; the resource level is empty. */
function logicModel(lang: Lang): (string | null)[][] {
  const [aim, result, activity, resource] = LEVELS[lang];
  return [
    ["Logikmodell: Hembesök 65+", null, null, null, null],
    [null, null, null, null, null],
    HEADINGS[lang],
    [aim, "Färre fallskador", "Antal inläggningar", "Patientregistret", "Hemsjukvården deltar"],
    [
      result,
      "Fler tränar",
      "Andel som tränar; Antal deltagare",
      "Gymmets register",
      "De tackar ja",
    ],
    [activity, "Träningsgrupper", "Antal tillfällen", "Närvarolistor", "Personalomsättning"],
    [resource, null, null, null, null],
  ];
}

describe("convertLogicModel", () => {
  it("reads the active sheet and draws the live sheet in two syncs, the source untouched", async () => {
    const { mock, service } = setup({ sheets: ["Min modell", "Blad2"] });
    fillSheet(sheetOf(mock, "Min modell"), logicModel("sv"), 2, 2);
    const outcome = await service.convertLogicModel("sv");
    expect(outcome).toMatchObject({
      kind: "converted",
      sheet: "Logikmodell",
      source: "Min modell",
      indicators: 4,
    });
    expect(mock.syncs).toBe(2);
    expect(sheetOf(mock, "Min modell").writes).toEqual([]);
    expect(sheetOf(mock, "Blad2").writes).toEqual([]);
    expect(mock.active?.name).toBe("Logikmodell");
    // One indicator row each, in the level order of the detailed model; no example note.
    expect(tableRows(mock, "SI_Indikatorer")).toBe(4);
    const drawn = sheetOf(mock, "Logikmodell");
    expect(text(drawn, "B23")).toBe("Antal inläggningar");
    expect(text(drawn, "B25")).toBe("Antal deltagare");
    expect(text(drawn, "A3")).toBe("");
    // The red thread: the empty resource level is a gap.
    const warnings = outcome.kind === "converted" ? outcome.warnings : [];
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.message.length > 0)).toBe(true);
    expect(warnings.map((w) => w.level)).toContain("resource");
  });

  it("reads every other visible sheet when the active one has no model: three syncs", async () => {
    const { mock, service } = setup({
      sheets: ["Start", "Gömd", "Modell"],
      hidden: ["Gömd"],
      active: "Start",
    });
    fillSheet(sheetOf(mock, "Start"), [["Välkommen"]]);
    fillSheet(sheetOf(mock, "Modell"), logicModel("en"));
    const outcome = await service.convertLogicModel("en");
    expect(outcome).toMatchObject({ kind: "converted", sheet: "Logic model", source: "Modell" });
    expect(mock.syncs).toBe(3);
    for (const name of ["Start", "Gömd", "Modell"]) expect(sheetOf(mock, name).writes).toEqual([]);
  });

  it("never reads a hidden sheet, and says what it looks for when nothing is found", async () => {
    const { mock, service } = setup({ sheets: ["Start", "Gömd"], hidden: ["Gömd"] });
    fillSheet(sheetOf(mock, "Gömd"), logicModel("sv"));
    expect(await service.convertLogicModel("sv")).toEqual({
      kind: "notFound",
      message: logicText("sv", "notFound"),
    });
    expect(mock.syncs).toBe(1);
    expect(mock.added()).toEqual([]);
  });

  it("gives the new sheet a free name and skips the add-in's own Logikmodell sheets", async () => {
    const { mock, service } = setup({ sheets: ["Blad1", "Källa"] });
    await insertTemplates(mock.context, ["logikmodell"], { lang: "sv", example: true });
    fillSheet(sheetOf(mock, "Källa"), logicModel("sv"), 5, 1);
    mock.syncs = 0;
    // The active sheet is the inserted template (with a grid of its own): it is not the source.
    expect(mock.active?.name).toBe("Logikmodell");
    const outcome = await service.convertLogicModel("sv");
    expect(outcome).toMatchObject({ kind: "converted", sheet: "Logikmodell (2)", source: "Källa" });
    expect(mock.table("SI_Indikatorer_2")).toBeDefined();
    expect(mock.syncs).toBe(3);
    expect(sheetOf(mock, "Källa").writes).toEqual([]);
  });

  it("refuses an Excel without ExcelApi 1.9 before reading", async () => {
    const { mock, service } = setup({ excelApi: "1.8" });
    expect(await service.convertLogicModel("sv")).toEqual({
      kind: "failed",
      reason: "needsNewerExcel",
      detail: CONVERT_EXCEL_API,
    });
    expect(mock.syncs).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

/** A workbook with `id` inserted (with or without the example), its sheet active, syncs reset. */
async function inserted(id: TemplateId, lang: Lang, example = true) {
  const { mock, service } = setup();
  const { sheets } = await insertTemplates(mock.context, [id], { lang, example });
  const sheet = sheetOf(mock, sheets[0]);
  mock.active = sheet;
  mock.syncs = 0;
  return { mock, service, sheet };
}

/** The Känslighetsanalys reads the Kalkyl's example and has none of its own. */
const WITH_EXAMPLE = TEMPLATE_IDS.filter((id) => id !== "osakerhet");

describe("removeExample", () => {
  describe.each<Lang>(["sv", "en"])("in %s", (lang) => {
    it("finds nothing to remove on the sensitivity sheet, which has no example of its own", async () => {
      const { mock, service, sheet } = await inserted("osakerhet", lang);
      expect(await service.removeExample()).toEqual({
        kind: "nothingLeft",
        sheet: sheet.name,
        template: "osakerhet",
      });
      expect(mock.syncs).toBe(1);
    });

    it.each(WITH_EXAMPLE)(
      "leaves %s as it is drawn without the example, in two syncs",
      async (id) => {
        const { mock, service, sheet } = await inserted(id, lang);
        const drawn = sheet.writes.length;
        const outcome = await service.removeExample();
        expect(outcome).toMatchObject({ kind: "removed", template: id, sheet: sheet.name });
        expect(mock.syncs).toBe(2);
        const empty = await inserted(id, lang, false);
        expect(cellsOf(sheet)).toEqual(cellsOf(empty.sheet));
        expect(sheet.merges).toEqual(empty.sheet.merges);
        const removal = sheet.writes.slice(drawn);
        expect(removal.length).toBeGreaterThan(0);
        expect(removal.every((w) => w.sync === 2)).toBe(true);
        expect(sheetOf(mock, "Blad1").writes).toEqual([]);

        // Nothing is left the second time: one sync, no write.
        mock.syncs = 0;
        expect(await service.removeExample()).toEqual({
          kind: "nothingLeft",
          sheet: sheet.name,
          template: id,
        });
        expect(mock.syncs).toBe(1);
      }
    );
  });

  it("counts the rows and cells it removed", async () => {
    const { service } = await inserted("riskmatris", "sv");
    // Five example risks, the example note and the "when to stop" text.
    expect(await service.removeExample()).toEqual({
      kind: "removed",
      sheet: "Riskmatris",
      template: "riskmatris",
      rows: 5,
      cells: 2,
    });
  });

  it("recognises the decision paper by its title and clears only its example cells", async () => {
    const { mock, service, sheet } = await inserted("beslutsunderlag", "en");
    const outcome = await service.removeExample();
    expect(outcome).toMatchObject({
      kind: "removed",
      template: "beslutsunderlag",
      rows: 0,
      cells: 2,
    });
    expect(mock.syncs).toBe(2);
    const empty = await inserted("beslutsunderlag", "en", false);
    expect(cellsOf(sheet)).toEqual(cellsOf(empty.sheet));
  });

  it("keeps a row the user edited, a row they added, and a cell they rewrote", async () => {
    const { mock, service, sheet } = await inserted("riskmatris", "sv");
    const table = mock.table("SI_Risker");
    if (!table) throw new Error("no table");
    const firstRow = table.area.top + 1;
    const before = tableRows(mock, "SI_Risker");
    // Row 2 gets the user's own description; a new row of their own below the example.
    fillSheet(sheet, [["Vår egen risk"]], firstRow + 1, 2);
    table.area.bottom += 1;
    fillSheet(sheet, [[99, "Ny risk", "låg", "låg"]], table.area.bottom, 1);
    // The "when to stop" text rewritten.
    fillSheet(sheet, [["Vi avbryter efter ett år."]], 15, 16);

    const outcome = await service.removeExample();
    expect(outcome).toMatchObject({ kind: "removed", rows: before - 1, cells: 1 });
    expect(mock.syncs).toBe(2);
    expect(tableRows(mock, "SI_Risker")).toBe(2);
    expect(text(sheet, `B${firstRow}`)).toBe("Vår egen risk");
    expect(text(sheet, `A${firstRow}`)).toBe(2);
    expect(text(sheet, `B${firstRow + 1}`)).toBe("Ny risk");
    expect(text(sheet, "P15")).toBe("Vi avbryter efter ett år.");
    // The example note went, with its look and merge.
    expect(text(sheet, "A3")).toBe("");
    expect(sheet.merges.some((m) => m.top === 3)).toBe(false);
  });

  it("keeps an example row where the user typed into a column they added", async () => {
    const { mock, service, sheet } = await inserted("intressenter", "sv");
    const table = mock.table("SI_Intressenter");
    if (!table) throw new Error("no table");
    table.area.right += 1;
    fillSheet(sheet, [["Kommentar"]], table.area.top, table.area.right);
    fillSheet(sheet, [["Ring tillbaka"]], table.area.top + 1, table.area.right);
    const rows = tableRows(mock, "SI_Intressenter");
    const outcome = await service.removeExample();
    expect(outcome).toMatchObject({ kind: "removed", rows: rows - 1, cells: 1 });
    expect(tableRows(mock, "SI_Intressenter")).toBe(1);
    expect(text(sheet, `E${table.area.top + 1}`)).toBe("Ring tillbaka");
  });

  it("keeps the calculated columns of the one row an emptied table keeps", async () => {
    const { mock, service, sheet } = await inserted("riskmatris", "en");
    await service.removeExample();
    const table = mock.table("SI_Risker");
    if (!table) throw new Error("no table");
    expect(tableRows(mock, "SI_Risker")).toBe(1);
    const row = table.area.top + 1;
    expect(text(sheet, `B${row}`)).toBe("");
    expect(String(text(sheet, `E${row}`))).toMatch(/^=SI\.RISKSCORE\(/);
  });

  it("works on a sheet whose names got a suffix", async () => {
    const { mock, service } = setup();
    await insertTemplates(mock.context, ["uppfoljning"], { lang: "sv" });
    const { sheets } = await insertTemplates(mock.context, ["uppfoljning"], { lang: "sv" });
    expect(sheets).toEqual(["Uppföljning (2)"]);
    mock.active = sheetOf(mock, "Uppföljning (2)");
    mock.syncs = 0;
    const first = sheetOf(mock, "Uppföljning").writes.length;
    const outcome = await service.removeExample();
    expect(outcome).toMatchObject({
      kind: "removed",
      template: "uppfoljning",
      sheet: "Uppföljning (2)",
    });
    expect(tableRows(mock, "SI_Uppfoljning_2")).toBe(1);
    expect(tableRows(mock, "SI_Uppfoljningsplan_2")).toBe(1);
    // The first sheet keeps its example.
    expect(tableRows(mock, "SI_Uppfoljning")).toBeGreaterThan(1);
    expect(sheetOf(mock, "Uppföljning").writes).toHaveLength(first);
  });

  it("says a sheet that is no template is none, in one sync and without writing", async () => {
    const { mock, service } = setup({
      sheets: ["Budget"],
      tables: [{ name: "Budget_2024", sheet: "Budget", ref: "A1:B3" }],
    });
    fillSheet(sheetOf(mock, "Budget"), [
      ["Post", "Belopp"],
      ["Hyra", 1000],
      ["Riskmatris", 5],
    ]);
    expect(await service.removeExample()).toEqual({ kind: "notTemplate", sheet: "Budget" });
    expect(mock.syncs).toBe(1);
    expect(sheetOf(mock, "Budget").writes).toEqual([]);
    // An empty sheet is none either.
    const blank = setup();
    expect(await blank.service.removeExample()).toEqual({ kind: "notTemplate", sheet: "Blad1" });
  });
});
