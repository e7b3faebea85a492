import { drawSheet, insertTemplates, needsTextPrefix } from "../../src/templates/render-office";
import { planSheets } from "../../src/templates/index";
import { cellRef } from "../../src/templates/refs";
import { Content, SheetSpec, TEMPLATE_IDS } from "../../src/templates/spec";
import type { DrawnSheet } from "./drawn";
import { drawnFromMock } from "./office-drawn";
import {
  OfficeMock,
  installOffice,
  structuredReferences,
  type MockSheet,
  type OfficeMockOptions,
} from "./office-mock";

let restore: (() => void)[] = [];
afterEach(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

/** A mock workbook, with the `Office` global the renderer consults answering for it. */
function workbook(options: OfficeMockOptions = {}): OfficeMock {
  const mock = new OfficeMock(options);
  restore.push(installOffice(mock));
  return mock;
}

/** Every formula drawn on a sheet. */
function formulas(sheet: DrawnSheet): string[] {
  return Object.values(sheet.cells).flatMap((c) => (c.formula ? [c.formula] : []));
}

/**
 * Every cell's content by address, from a spec or from what was drawn: the same when every value
 * came through as written (text stayed text) and every formula as spelt.
 */
function contentsOf(source: SheetSpec | DrawnSheet): Record<string, Content> {
  const out: Record<string, Content> = {};
  if ("merges" in source) {
    for (const [at, c] of Object.entries(source.cells)) {
      if (c.formula !== undefined) out[at] = { formula: c.formula };
      else if (c.value !== undefined) out[at] = c.value;
    }
    return out;
  }
  // An empty text is an empty cell: Range.values has no other way to write it.
  const put = (row: number, col: number, content: Content | undefined) => {
    if (content !== null && content !== undefined && content !== "")
      out[cellRef(row, col)] = content;
  };
  source.cells.forEach((c) => put(c.row, c.col, c.content));
  for (const t of source.tables) {
    t.columns.forEach((column, j) => {
      put(t.row, t.col + j, column.header);
      t.rows.forEach((row, i) => {
        const content = column.formula === undefined ? row[j] : { formula: column.formula };
        put(t.row + 1 + i, t.col + j, content);
      });
    });
  }
  return out;
}

function snapshot(sheet: MockSheet): string {
  return JSON.stringify([...sheet.cells]);
}

/** One of every element the renderer draws. */
const SPEC: SheetSpec = {
  id: "kalkyl",
  name: "Testblad",
  columnWidths: [5, 20, 20, 12.5],
  rowHeights: { 4: 30 },
  cells: [
    { row: 1, col: 1, content: "Titel", style: "title" },
    { row: 2, col: 1, content: "Undertitel", style: "subtitle", merge: { rows: 1, cols: 4 } },
    { row: 3, col: 1, content: "Ränta", style: "label" },
    { row: 3, col: 2, content: 0.035, format: "0.0 %", style: "input" },
    // Text Excel would read as a number, a formula and a boolean if written as typed.
    { row: 4, col: 1, content: "2024" },
    { row: 4, col: 2, content: "- punkt" },
    { row: 4, col: 3, content: true },
    {
      row: 5,
      col: 2,
      content: { formula: "=SI.CBA(B9:B10,C9:C10,SI_Ranta)" },
      format: '#,##0 "kr"',
      style: "result",
    },
    { row: 6, col: 1, content: null, style: "input", fill: "#ff0000" },
    { row: 11, col: 4, content: { formula: "=SUM(SI_Test[[#Data],[Netto]])" }, style: "output" },
  ],
  tables: [
    {
      name: "SI_Test",
      row: 8,
      col: 1,
      columns: [
        { header: "Post", input: true },
        { header: "Kostnad", input: true, format: '#,##0 "kr"' },
        { header: "Nytta", input: true },
        {
          header: "Netto",
          formula: "=SI_Test[[#This Row],[Nytta]]-SI_Test[[#This Row],[Kostnad]]",
          format: '#,##0 "kr"',
        },
      ],
      rows: [
        ["A", 100, 150, null],
        ["B", 200, 180, null],
      ],
      example: true,
      style: "TableStyleMedium2",
    },
  ],
  validations: [
    { ref: "A9:A10", list: ["A", "B", "C"] },
    {
      ref: "C9:C10",
      list: ["1", "2", "3"],
      allowOther: true,
      prompt: { title: "Nytta", text: "Välj 1–3 eller skriv ett tal." },
    },
  ],
  conditionalFormats: [{ ref: "D9:D10", formula: "=$D9<0", fill: "#ffc7ce", fontColor: "#9C0006" }],
  names: [{ name: "SI_Ranta", ref: "$B$3", comment: "Diskonteringsränta" }],
  print: { landscape: true },
  tabColor: "#C00000",
};

const INPUT = "#FFF2CC";
const KRONOR = '#,##0 "kr"';
const NETTO = "=SI_Test[[#This Row],[Nytta]]-SI_Test[[#This Row],[Kostnad]]";
const SUBTITLE = { italic: true, fontColor: "#595959" };

const EXPECTED: DrawnSheet = {
  name: "Testblad",
  cells: {
    A1: { value: "Titel", bold: true, size: 16, fontColor: "#1F4E79" },
    A2: { value: "Undertitel", ...SUBTITLE },
    B2: SUBTITLE,
    C2: SUBTITLE,
    D2: SUBTITLE,
    A3: { value: "Ränta" },
    B3: { value: 0.035, format: "0.0 %", fill: INPUT },
    A4: { value: "2024" },
    B4: { value: "- punkt" },
    C4: { value: true },
    B5: {
      formula: "=SI.CBA(B9:B10,C9:C10,SI_Ranta)",
      format: KRONOR,
      bold: true,
      fill: "#DDEBF7",
    },
    A6: { fill: "#FF0000" },
    A8: { value: "Post" },
    B8: { value: "Kostnad" },
    C8: { value: "Nytta" },
    D8: { value: "Netto" },
    A9: { value: "A", fill: INPUT },
    B9: { value: 100, format: KRONOR, fill: INPUT },
    C9: { value: 150, fill: INPUT },
    D9: { formula: NETTO, format: KRONOR },
    A10: { value: "B", fill: INPUT },
    B10: { value: 200, format: KRONOR, fill: INPUT },
    C10: { value: 180, fill: INPUT },
    D10: { formula: NETTO, format: KRONOR },
    D11: { formula: "=SUM(SI_Test[[#Data],[Netto]])", fill: "#F2F2F2" },
  },
  merges: ["A2:D2"],
  tables: [
    {
      name: "SI_Test",
      ref: "A8:D10",
      headers: ["Post", "Kostnad", "Nytta", "Netto"],
      style: "TableStyleMedium2",
    },
  ],
  validations: [
    { ref: "A9:A10", list: ["A", "B", "C"], allowOther: false },
    { ref: "C9:C10", list: ["1", "2", "3"], allowOther: true },
  ],
  conditionalFormats: [{ ref: "D9:D10", formula: "=$D9<0", fill: "#FFC7CE" }],
  names: [{ name: "SI_Ranta", ref: "'Testblad'!$B$3" }],
  widths: [5, 20, 20, 12.5],
  landscape: true,
  heights: { 4: 30 },
};

describe("drawSheet: a hand-built spec", () => {
  async function drawn(options: OfficeMockOptions = {}, spec: SheetSpec = SPEC) {
    const mock = workbook(options);
    drawSheet(mock.context, spec);
    expect(mock.added()).toEqual([]); // queued only
    await mock.sync();
    return { mock, sheet: mock.added()[0], drawn: drawnFromMock(mock) };
  }

  test("draws every element as the spec says", async () => {
    const { drawn: sheets } = await drawn();
    expect(sheets).toEqual([EXPECTED]);
  });

  test("what DrawnSheet leaves out: the calculated column, prompt, comment, print set-up, tab", async () => {
    const { mock, sheet } = await drawn();
    expect([...mock.tables[0].calculated]).toEqual([3]);
    expect(sheet.validations.map((v) => v.prompt)).toEqual([
      undefined,
      { showPrompt: true, title: "Nytta", message: "Välj 1–3 eller skriv ett tal." },
    ]);
    expect(sheet.validations.map((v) => [v.errorAlert?.style, v.inCellDropDown])).toEqual([
      ["Stop", true],
      ["Information", true],
    ]);
    expect(sheet.conditionalFormats[0].fontColor).toBe("#9C0006");
    expect(mock.names[0].comment).toBe("Diskonteringsränta");
    expect(sheet.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.tabColor).toBe("#C00000");
    // Only wrapped looks are aligned (to the top); nothing in SPEC wraps.
    expect([...sheet.cells.values()].filter((c) => c.verticalAlignment)).toEqual([]);
  });

  test("text Excel would read as something else is written with its text prefix", async () => {
    const { sheet } = await drawn();
    expect(sheet.cell(4, 1)).toEqual({ value: "2024", quotePrefix: true });
    expect(sheet.cell(4, 2)).toEqual({ value: "- punkt", quotePrefix: true });
    expect(sheet.cell(1, 1)?.quotePrefix).toBeUndefined();
  });

  test("writes in blocks: one write per run of adjacent cells, not one per cell", async () => {
    const { sheet } = await drawn();
    const contents = sheet.writes.filter((w) => w.what === "values" || w.what === "formulas");
    expect(contents.map((w) => `${w.what} ${w.address}`)).toEqual([
      "values A8:D10", // the table's header and typed-in values, before the table
      "values A1",
      "values A2",
      "values A3:B3",
      "values A4:C4",
      "formulas B5",
      "formulas D11",
      "formulas D9:D10", // the calculated column, once the table has its name
    ]);
  });

  test("a portrait sheet; page layout left out where Excel lacks ExcelApi 1.9", async () => {
    const portrait = { ...SPEC, print: { landscape: false } };
    expect((await drawn({}, portrait)).sheet.pageLayout.orientation).toBe("Portrait");
    const old = await drawn({ excelApi: "1.8" }, portrait);
    expect(old.sheet.pageLayout).toEqual({});
    expect(old.drawn[0]).toEqual({ ...EXPECTED, landscape: false });
  });

  test("wrapped looks are aligned to the top", async () => {
    const note = {
      ...SPEC,
      cells: [{ row: 1, col: 1, content: "En not", style: "note" as const }],
    };
    const { sheet } = await drawn({}, note);
    expect(sheet.cell(1, 1)).toMatchObject({ wrap: true, verticalAlignment: "Top" });
  });

  test("a list Excel cannot take is refused before anything is queued", async () => {
    const mock = workbook();
    const comma = { ...SPEC, validations: [{ ref: "A9:A10", list: ["1,5", "2"] }] };
    expect(() => drawSheet(mock.context, comma)).toThrow(/comma/);
    const long = { ...SPEC, validations: [{ ref: "A9", list: ["x".repeat(256)] }] };
    expect(() => drawSheet(mock.context, long)).toThrow(/255/);
    const prompt = {
      ...SPEC,
      validations: [{ ref: "A9", list: ["a"], prompt: { title: "x".repeat(33), text: "" } }],
    };
    expect(() => drawSheet(mock.context, prompt)).toThrow(/title/);
    await mock.sync();
    expect(mock.added()).toEqual([]);
  });
});

describe("insertTemplates", () => {
  test.each(TEMPLATE_IDS.map((id) => [id]))("%s: two syncs", async (id) => {
    const mock = workbook();
    const { sheets } = await insertTemplates(mock.context, [id], { lang: "sv" });
    expect(mock.syncs).toBe(2);
    expect(sheets).toHaveLength(1);
    expect(mock.active?.name).toBe(sheets[0]);
  });

  test.each([["sv" as const], ["en" as const]])(
    "all eight at once (%s): two syncs, each sheet as planned",
    async (lang) => {
      const mock = workbook();
      const { sheets } = await insertTemplates(mock.context, TEMPLATE_IDS, { lang });
      expect(mock.syncs).toBe(2);
      const specs = planSheets(
        TEMPLATE_IDS,
        { sheets: ["Blad1"], tables: [], names: [] },
        { lang }
      );
      expect(sheets).toEqual(specs.map((s) => s.name));
      expect(mock.active?.name).toBe(sheets[0]);
      const drawn = drawnFromMock(mock);
      drawn.forEach((sheet, i) => {
        const spec = specs[i];
        expect(sheet.name).toBe(spec.name);
        expect(sheet.widths).toEqual(spec.columnWidths.map((w) => Math.round(w * 10) / 10));
        expect(sheet.tables.map((t) => t.name)).toEqual(spec.tables.map((t) => t.name));
        expect(sheet.tables.map((t) => t.headers)).toEqual(
          spec.tables.map((t) => t.columns.map((c) => c.header))
        );
        expect(sheet.names.map((n) => n.name)).toEqual(spec.names.map((n) => n.name));
        expect(sheet.landscape).toBe(spec.print.landscape);
        expect(contentsOf(sheet)).toEqual(contentsOf(spec));
      });
    }
  );

  test("an empty choice reads the workbook and writes nothing", async () => {
    const mock = workbook();
    expect(await insertTemplates(mock.context, [], { lang: "sv" })).toEqual({ sheets: [] });
    expect(mock.syncs).toBe(1);
  });

  test("names already taken get suffixes, and the formulas use them", async () => {
    const mock = workbook({
      sheets: ["riskmatris", "Kalkyl"],
      tables: [{ name: "SI_Risker", sheet: "riskmatris", ref: "A5:N6" }],
      // Tables and defined names share one namespace: a name blocks a table, and the other way.
      names: [
        { name: "si_kalkyl", sheet: "Kalkyl", ref: "B2" },
        { name: "SI_Horisont", sheet: "Kalkyl", ref: "B3" },
      ],
    });
    const { sheets } = await insertTemplates(mock.context, ["riskmatris", "kalkyl"], {
      lang: "sv",
    });
    expect(sheets).toEqual(["Riskmatris (2)", "Kalkyl (2)"]);
    const [risk, kalkyl] = drawnFromMock(mock);
    expect(risk.tables.map((t) => t.name)).toEqual(["SI_Risker_2"]);
    const riskTables = formulas(risk).flatMap(structuredReferences);
    expect(riskTables.length).toBeGreaterThan(0);
    expect(new Set(riskTables)).toEqual(new Set(["SI_Risker_2"]));
    expect(kalkyl.tables.map((t) => t.name)).toEqual(["SI_Kalkyl_2"]);
    expect(kalkyl.names.map((n) => n.name)).toContain("SI_Horisont_2");
    const kalkylFormulas = formulas(kalkyl).join("\n");
    expect(kalkylFormulas).toMatch(/SI_Horisont_2\b/);
    expect(kalkylFormulas).not.toMatch(/SI_Horisont(?!_2)\b/);
    expect(new Set(formulas(kalkyl).flatMap(structuredReferences))).toEqual(
      new Set(["SI_Kalkyl_2"])
    );
  });

  test("nothing in the workbook's own sheets is written", async () => {
    const mock = workbook({
      sheets: ["Blad1", "Riskmatris", "Data"],
      tables: [{ name: "SI_Risker", sheet: "Riskmatris", ref: "A5:N6" }],
      names: [{ name: "SI_Diskonteringsranta", sheet: "Data", ref: "A1" }],
    });
    const existing = mock.sheets.slice();
    existing[0].at(1, 1).value = "min egen text";
    const before = existing.map(snapshot);
    await insertTemplates(mock.context, TEMPLATE_IDS, { lang: "sv" });
    expect(mock.added()).toHaveLength(TEMPLATE_IDS.length);
    for (const sheet of existing) expect(sheet.writes).toEqual([]);
    expect(existing.map(snapshot)).toEqual(before);
    expect(mock.table("SI_Risker")?.sheet.name).toBe("Riskmatris");
  });

  test("an Excel without ExcelApi 1.9 gets every sheet without its print set-up", async () => {
    const mock = workbook({ excelApi: "1.8" });
    await insertTemplates(mock.context, TEMPLATE_IDS, { lang: "en" });
    expect(mock.syncs).toBe(2);
    expect(mock.added().map((s) => s.pageLayout)).toEqual(TEMPLATE_IDS.map(() => ({})));
  });

  test("a protected workbook fails at the second sync and gets no sheet", async () => {
    const mock = workbook({ protectedStructure: true });
    await expect(insertTemplates(mock.context, ["riskmatris"], { lang: "sv" })).rejects.toThrow(
      /AccessDenied/
    );
    expect(mock.added()).toEqual([]);
  });
});

describe("the mock refuses what Excel refuses", () => {
  test("a sheet name taken, in any case", async () => {
    const mock = workbook({ sheets: ["Testblad"] });
    drawSheet(mock.context, { ...SPEC, name: "TESTBLAD" });
    await expect(mock.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });

  test("a table name taken by a defined name", async () => {
    const mock = workbook({ names: [{ name: "si_test", sheet: "Blad1", ref: "A1" }] });
    drawSheet(mock.context, SPEC);
    await expect(mock.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });

  test("text written as typed becomes a number or a formula", () => {
    const mock = workbook();
    const sheet = mock.context.workbook.worksheets.add("X");
    sheet.getRange("A1:C1").values = [["2024", "- punkt", "'2024"]];
    return mock.sync().then(() => {
      expect(mock.sheet("X")?.cell(1, 1)).toEqual({ value: 2024 });
      expect(mock.sheet("X")?.cell(1, 2)).toEqual({ formula: "=- punkt" });
      expect(mock.sheet("X")?.cell(1, 3)).toEqual({ value: "2024", quotePrefix: true });
    });
  });

  test("a formula naming a table not there yet", async () => {
    const mock = workbook();
    const sheet = mock.context.workbook.worksheets.add("X");
    sheet.getRange("A1").formulas = [["=SUM(SI_Test[Netto])"]];
    await expect(mock.sync()).rejects.toThrow(/not there/);
  });

  test("a structured reference in a conditional format", async () => {
    const mock = workbook();
    const sheet = mock.context.workbook.worksheets.add("X");
    const cf = sheet.getRange("A1:A3").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=SI_Test[@Netto]<0";
    await expect(mock.sync()).rejects.toThrow(/structured reference/);
  });

  test("structured references are found past strings and quoted sheet names", () => {
    const formula = `=SUM(SI_T[[#Data],[A'[kr']]])+'Bl''ad'!A1+LEN("[x]")+[@B]`;
    expect(structuredReferences(formula)).toEqual(["SI_T", null]);
  });

  test("reading what no sync loaded", () => {
    const mock = workbook();
    const sheets = mock.context.workbook.worksheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
  });
});

describe("needsTextPrefix", () => {
  test.each([
    ["2024", true],
    ["1,5", true],
    ["50 %", true],
    ["2024-01-31", true],
    ["=A1", true],
    ["- punkt", true],
    ["+46", true],
    ["TRUE", true],
    ["falskt", true],
    ["#N/A", true],
    ["1-2", true],
    ["3 500", true],
    ["5 kr", true],
    ["1E+05", true],
    ["3 jan", true],
    ["12:30", true],
    ["1-2 år", false],
    ["2 låg", false],
    ["2026 kv 1", false],
    ["Kostnad år 1", false],
    ["Riskmatris", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(needsTextPrefix(text)).toBe(expected);
  });
});
