import fc from "fast-check";
import { personalNumber } from "../helpers/personnummer";
import { LOGIC_MESSAGES, levelName, logicText } from "../../src/i18n/logicmodel";
import { LOGIKMODELL_TEXT } from "../../src/i18n/sheets/logikmodell";
import { findPersonalNumbers, luhnValid } from "../../src/import/personnummer";
import type { GridCell } from "../../src/import/types";
import {
  MAX_PLACE_AREAS,
  PERSONAL_NUMBER_MASK,
  analyseWorkbook,
  compactAreas,
  isBeforeAfter,
  riskLevelOf,
  tableContentNeeded,
  tableKind,
  type SheetRead,
  type TableRead,
  type WorkbookHealth,
} from "../../src/import/workbook-health";

// Personal identity numbers used below, each checked by hand against the Luhn rule in the first
// test: Skatteverket's example 811218-9876, and a samordningsnummer (day 18 + 60).
const PNR = "19811218-9876";
const PNR10 = "8112189876";

/** A sheet read whole from A1 (or from `top`/`left`, 0-based). */
function sheet(
  name: string,
  cells: GridCell[][],
  options: Partial<Pick<SheetRead, "visibility" | "usedCells" | "unread">> & {
    top?: number;
    left?: number;
    id?: string;
  } = {}
): SheetRead {
  const { top = 0, left = 0, id = `{${name}}`, ...rest } = options;
  const used = cells.reduce((n, r) => n + r.length, 0);
  return {
    id,
    name,
    visibility: "Visible",
    usedCells: used,
    block: { top, left, cells },
    ...rest,
  };
}

function table(
  name: string,
  sheetName: string,
  at: { top: number; left: number },
  cells: GridCell[][]
): TableRead {
  return {
    name,
    sheet: sheetName,
    top: at.top,
    left: at.left,
    rows: cells.length,
    columns: cells[0].length,
    cells,
  };
}

const analyse = (sheets: SheetRead[], tables: TableRead[] = []): WorkbookHealth =>
  analyseWorkbook({ sheets, tables });

describe("the personal identity numbers of these tests", () => {
  it("are valid, worked by hand", () => {
    // 8112189876: weights 2,1,2,1…: 16→7, 1, 2, 2, 2→… summed by luhnValid; the example is Skatteverket's.
    expect(luhnValid(PNR10)).toBe(true);
    expect(findPersonalNumbers(PNR)).toHaveLength(1);
  });
});

describe("tables", () => {
  it("knows the SI tables by name, with a copy's suffix", () => {
    expect(tableKind("SI_Indikatorer")).toBe("logicModel");
    expect(tableKind("si_indikatorer_2")).toBe("logicModel");
    expect(tableKind("SI_Risker3")).toBe("riskMatrix");
    expect(tableKind("SI_Kalkyl_12")).toBe("calculation");
    expect(tableKind("SI_Enhetskostnader")).toBe("unitCosts");
    expect(tableKind("SI_Uppfoljning")).toBe("followUp");
    expect(tableKind("SI_Intressenter_2")).toBe("stakeholders");
    expect(tableKind("SI_Uppfoljningsplan")).toBeUndefined();
    expect(tableKind("SI_Risker_x")).toBeUndefined();
    expect(tableKind("Tabell1")).toBeUndefined();
    expect(tableContentNeeded("SI_Risker_2")).toBe(true);
    expect(tableContentNeeded("SI_Indikatorer")).toBe(true);
    expect(tableContentNeeded("SI_Kalkyl")).toBe(false);
  });
});

describe("compactAreas", () => {
  it("merges runs down a column and equal runs side by side", () => {
    // Column C rows 2–5, columns E–F rows 7–8, a lone cell A10, duplicates ignored.
    const cells = [
      { row: 1, col: 2 },
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 4, col: 2 },
      { row: 6, col: 4 },
      { row: 7, col: 4 },
      { row: 6, col: 5 },
      { row: 7, col: 5 },
      { row: 9, col: 0 },
      { row: 9, col: 0 },
    ];
    expect(compactAreas(cells)).toEqual(["C2:C5", "E7:F8", "A10"]);
  });

  it("keeps runs of different heights apart and sorts by row, then column", () => {
    const cells = [
      { row: 0, col: 1 },
      { row: 1, col: 1 },
      { row: 0, col: 0 },
      { row: 0, col: 3 },
    ];
    expect(compactAreas(cells)).toEqual(["A1", "B1:B2", "D1"]);
    expect(compactAreas([])).toEqual([]);
  });
});

describe("errors", () => {
  it("counts error cells per sheet and gives their places", () => {
    const health = analyse([
      sheet("Kalkyl", [
        ["Post", "Belopp"],
        ["Lön", { error: "#VALUE!" }],
        ["Hyra", { error: "#DIV/0!" }],
        [null, null, { error: "#N/A" }],
      ]),
      sheet("Rent", [["ok", 1]]),
      sheet("Dolt", [[{ error: "#REF!" }]], { top: 4, left: 1, visibility: "Hidden" }),
    ]);
    expect(health.errors).toEqual([
      {
        count: 3,
        place: { sheetId: "{Kalkyl}", sheet: "Kalkyl", hidden: false, areas: ["B2:B3", "C4"] },
      },
      {
        count: 1,
        place: { sheetId: "{Dolt}", sheet: "Dolt", hidden: true, areas: ["B5"] },
      },
    ]);
  });
});

describe("personal identity numbers", () => {
  it("reports sheet and cell on visible, hidden and very hidden sheets, never the digits", () => {
    const health = analyse([
      sheet("Deltagare", [
        ["Namn", "Id"],
        ["A", PNR],
        ["B", `pnr ${PNR10}`],
        ["C", 8112189876],
        ["D", "811218-9875"], // wrong check digit
      ]),
      sheet("Gömt", [[null, PNR]], { visibility: "VeryHidden", top: 9 }),
      sheet("Ren", [["Inga", 2024]]),
    ]);
    expect(health.personalNumbers).toEqual([
      {
        count: 3,
        areaCount: 1,
        place: { sheetId: "{Deltagare}", sheet: "Deltagare", hidden: false, areas: ["B2:B4"] },
      },
      {
        count: 1,
        areaCount: 1,
        place: { sheetId: "{Gömt}", sheet: "Gömt", hidden: true, areas: ["B10"] },
      },
    ]);
    expect(JSON.stringify(health)).not.toMatch(/811218/);
  });

  it("masks a personal identity number in a sheet's name and keeps the id to select by", () => {
    const health = analyse([sheet(`Anna ${PNR}`, [[PNR]], { id: "{S1}" })]);
    expect(health.personalNumbers[0].place).toEqual({
      sheetId: "{S1}",
      sheet: `Anna ${PERSONAL_NUMBER_MASK}`,
      hidden: false,
      areas: ["A1"],
    });
  });

  it("keeps at most MAX_PLACE_AREAS areas and counts them all", () => {
    // Every other row of column A: each cell its own area.
    const rows: GridCell[][] = Array.from({ length: 2 * (MAX_PLACE_AREAS + 10) }, (_, r) => [
      r % 2 === 0 ? PNR : null,
    ]);
    const [found] = analyse([sheet("Stor", rows)]).personalNumbers;
    expect(found.count).toBe(MAX_PLACE_AREAS + 10);
    expect(found.areaCount).toBe(MAX_PLACE_AREAS + 10);
    expect(found.place.areas).toHaveLength(MAX_PLACE_AREAS);
    expect(found.place.areas.slice(0, 2)).toEqual(["A1", "A3"]);
  });
});

// ---------------------------------------------------------------------------------------------

const RISK_HEADER = ["Nr", "Riskbeskrivning", "Sannolikhet", "Påverkan", "Poäng", "Nivå"];

describe("risks by level", () => {
  it("counts the rows per level in either language, blank rows left out", () => {
    const cells: GridCell[][] = [
      RISK_HEADER,
      [1, "Personal slutar", "hög", "hög", 16, "Hög"],
      [2, "Tackar nej", "medel", "hög", 12, "HÖG"],
      [3, "Regionen lämnar", "låg", "mycket hög", 10, "Medel"],
      [4, "Kostnader", "låg", "medel", 6, "Low"],
      [5, "Uteblir", "x", "hög", { error: "#VALUE!" }, { error: "#VALUE!" }],
      [6, "Ej bedömd", null, null, null, null],
      [null, null, null, null, null, ""],
    ];
    const health = analyse(
      [sheet("Riskmatris", [])],
      [table("SI_Risker", "Riskmatris", { top: 4, left: 0 }, cells)]
    );
    expect(health.risks).toEqual([
      {
        table: "SI_Risker",
        counts: { high: 2, medium: 1, low: 1 },
        unrated: 2,
        place: { sheetId: "{Riskmatris}", sheet: "Riskmatris", hidden: false, areas: ["A5:F12"] },
      },
    ]);
    expect(riskLevelOf("medium")).toBe("medium");
    expect(riskLevelOf("Låg")).toBe("low");
    expect(riskLevelOf("mycket hög")).toBeUndefined();
  });

  it("gives no summary for a risk table whose level column was renamed", () => {
    const cells: GridCell[][] = [
      ["Nr", "Grad"],
      [1, "Hög"],
    ];
    const health = analyse([sheet("R", [])], [table("SI_Risker", "R", { top: 0, left: 0 }, cells)]);
    expect(health.risks).toEqual([]);
    expect(health.holdings.map((h) => h.kind)).toEqual(["riskMatrix"]);
  });

  it("summarises the English sheet's table", () => {
    const cells: GridCell[][] = [
      ["No", "Risk description", "Likelihood", "Impact", "Score", "Level"],
      [1, "Staff turnover", "high", "high", 16, "High"],
      [2, "Costs", "low", "low", 4, "Låg"],
    ];
    const [summary] = analyse(
      [sheet("Risk matrix", [])],
      [table("SI_Risker_2", "risk matrix", { top: 4, left: 2 }, cells)]
    ).risks;
    expect(summary.counts).toEqual({ high: 1, medium: 0, low: 1 });
    expect(summary.unrated).toBe(0);
    expect(summary.place.areas).toEqual(["C5:H7"]);
  });
});

// ---------------------------------------------------------------------------------------------

const SV = LOGIKMODELL_TEXT.sv;
const EN = LOGIKMODELL_TEXT.en;
const IND_HEADER_SV = Object.values(SV.columns);
const IND_HEADER_EN = Object.values(EN.columns);
const col = (key: keyof typeof SV.columns): number => Object.keys(SV.columns).indexOf(key);

/** An indicator row with the given columns filled in (the rest blank). */
function indicatorRow(values: Partial<Record<keyof typeof SV.columns, GridCell>>): GridCell[] {
  const row: GridCell[] = IND_HEADER_SV.map(() => null);
  for (const [key, value] of Object.entries(values))
    row[col(key as keyof typeof SV.columns)] = value as GridCell;
  return row;
}

describe("before–after measurements shown as an effect", () => {
  it("recognises the alternative however it is written", () => {
    expect(isBeforeAfter(SV.alternatives[6][0])).toBe(true);
    expect(isBeforeAfter(EN.alternatives[6][0])).toBe(true);
    expect(isBeforeAfter("före-efter")).toBe(true);
    expect(isBeforeAfter("Pre-post")).toBe(true);
    expect(isBeforeAfter("Matchning")).toBe(false);
    expect(isBeforeAfter(null)).toBe(false);
  });

  it("flags a before–after row with an effect value, and any row with a warning", () => {
    const cells: GridCell[][] = [
      IND_HEADER_SV,
      indicatorRow({
        level: SV.levels.aim,
        indicator: "Andel med hemtjänst",
        source: "Verksamhetssystemet",
        alternative: "Matchning",
        effect: -0.1,
      }),
      indicatorRow({
        level: SV.levels.result,
        indicator: "Upplevd trygghet",
        source: "Enkät",
        alternative: SV.alternatives[6][0],
        effect: 0.22,
        warning: SV.beforeAfterWarning,
      }),
      indicatorRow({
        level: SV.levels.result,
        indicator: "Fallskador",
        source: "Register",
        alternative: "Generisk kontroll",
        warning: SV.goalNotEffect,
      }),
      indicatorRow({
        level: SV.levels.activity,
        indicator: "Hembesök",
        source: "Logg",
        alternative: SV.alternatives[6][0],
        effect: "",
      }),
    ];
    const health = analyse(
      [sheet("Logikmodell", [])],
      [table("SI_Indikatorer", "Logikmodell", { top: 21, left: 0 }, cells)]
    );
    const place = (areas: string[]) => ({
      sheetId: "{Logikmodell}",
      sheet: "Logikmodell",
      hidden: false,
      areas,
    });
    // The table is 17 columns wide, A–Q; its header is row 22, so body rows are 23 onwards.
    expect(health.beforeAfter).toEqual([
      {
        table: "SI_Indikatorer",
        indicator: "Upplevd trygghet",
        reason: "beforeAfterEffect",
        warning: SV.beforeAfterWarning,
        place: place(["A24:Q24"]),
      },
      {
        table: "SI_Indikatorer",
        indicator: "Fallskador",
        reason: "warning",
        warning: SV.goalNotEffect,
        place: place(["A25:Q25"]),
      },
    ]);
    expect(health.indicatorIssues).toEqual([]);
  });

  it("reads the English table the same way", () => {
    const cells: GridCell[][] = [
      IND_HEADER_EN,
      indicatorRow({
        level: EN.levels.aim,
        indicator: "Felt safety",
        source: "Survey",
        alternative: EN.alternatives[6][0],
        effect: 0.3,
      }),
      indicatorRow({ level: EN.levels.result, indicator: "Falls", source: "Register" }),
    ];
    const health = analyse(
      [sheet("Logic model", [])],
      [table("SI_Indikatorer", "Logic model", { top: 21, left: 0 }, cells)]
    );
    expect(health.beforeAfter.map((b) => [b.indicator, b.reason, b.warning])).toEqual([
      ["Felt safety", "beforeAfterEffect", undefined],
    ]);
  });
});

describe("the indicator table's red thread", () => {
  it("finds indicators without a data source and aims or results without an indicator row", () => {
    const cells: GridCell[][] = [
      IND_HEADER_SV,
      indicatorRow({ level: SV.levels.result, indicator: "Fallskador", source: null }),
      indicatorRow({ level: "Okänd nivå", indicator: "Något", source: "  " }),
      indicatorRow({ level: SV.levels.aim, indicator: null, source: "Register" }),
      indicatorRow({ level: SV.levels.activity, indicator: "Besök", source: "Logg" }),
    ];
    const health = analyse(
      [sheet("Logikmodell", [])],
      [table("SI_Indikatorer", "Logikmodell", { top: 21, left: 0 }, cells)]
    );
    const place = (areas: string[]) => ({
      sheetId: "{Logikmodell}",
      sheet: "Logikmodell",
      hidden: false,
      areas,
    });
    // Data source is column C; body rows start at row 23. The table is A22:Q26.
    expect(health.indicatorIssues).toEqual([
      {
        kind: "noSource",
        table: "SI_Indikatorer",
        level: "result",
        indicator: "Fallskador",
        place: place(["C23"]),
      },
      { kind: "noSource", table: "SI_Indikatorer", indicator: "Något", place: place(["C24"]) },
      { kind: "noIndicatorRow", table: "SI_Indikatorer", level: "aim", place: place(["A22:Q26"]) },
    ]);
  });

  it("says both the aim and the result lack an indicator row in an empty table", () => {
    const health = analyse(
      [sheet("Logikmodell", [])],
      [
        table("SI_Indikatorer", "Logikmodell", { top: 21, left: 0 }, [
          IND_HEADER_SV,
          IND_HEADER_SV.map(() => null),
        ]),
      ]
    );
    expect(
      health.indicatorIssues.map((i) => [i.kind, i.kind === "noIndicatorRow" && i.level])
    ).toEqual([
      ["noIndicatorRow", "aim"],
      ["noIndicatorRow", "result"],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const HEADINGS_SV = ["Nivå", ...SV.headings];
const GRID_FULL: GridCell[][] = [
  HEADINGS_SV,
  [SV.levels.aim, "Färre fall", "Fallskador", "Registret", "Antagande"],
  [SV.levels.result, "Tryggare", "Trygghet", null, null],
  [SV.levels.activity, "Hembesök", "Antal besök", "Logg", null],
  [SV.levels.resource, "Två team", null, null, "Personalomsättning"],
];

describe("logic-model grids", () => {
  it("checks the grid on the add-in's Logikmodell sheet, in both languages", () => {
    // The grid at A5 as the template draws it, the indicator table further down on the same sheet.
    const rows: GridCell[][] = [["Logikmodell"], [], [], [], ...GRID_FULL];
    const health = analyse(
      [sheet("Logikmodell", rows)],
      [
        table("SI_Indikatorer", "Logikmodell", { top: 21, left: 0 }, [
          IND_HEADER_SV,
          indicatorRow({ level: SV.levels.aim, indicator: "Fallskador", source: "R" }),
          indicatorRow({ level: SV.levels.result, indicator: "Trygghet", source: "Enkät" }),
        ]),
      ]
    );
    const warning = (lang: "sv" | "en") =>
      logicText(lang, "noSource", { level: levelName(lang, "result"), indicator: "Trygghet" });
    expect(health.logicModels).toEqual([
      {
        place: { sheetId: "{Logikmodell}", sheet: "Logikmodell", hidden: false, areas: ["A5:E9"] },
        warnings: [{ level: "result", message: { sv: warning("sv"), en: warning("en") } }],
      },
    ]);
    expect(health.holdings.map((h) => [h.kind, h.table, h.place.areas])).toEqual([
      ["logicModel", "SI_Indikatorer", ["A22:Q24"]],
    ]);
  });

  it("checks the first grid anywhere when no sheet holds the indicator table, and lists every grid", () => {
    const empty: GridCell[][] = [
      HEADINGS_SV,
      [SV.levels.aim, null, null, null, null],
      [SV.levels.result, "x", null, null, null],
    ];
    const health = analyse([
      sheet("Ingen", [["Bara text"]]),
      sheet("Gammal", empty, { top: 2, left: 1 }),
      sheet("Kopia", GRID_FULL),
    ]);
    expect(health.logicModels).toHaveLength(1);
    const [check] = health.logicModels;
    expect(check.place).toMatchObject({ sheet: "Gammal", areas: ["B3:F5"] });
    // Aim empty; result without indicator; activities and resources missing altogether.
    expect(check.warnings.map((w) => w.level)).toEqual(["aim", "result", "activity", "resource"]);
    expect(check.warnings[0].message.sv).toBe(
      logicText("sv", "emptyLevel", { level: levelName("sv", "aim") })
    );
    expect(check.warnings[0].message.en).toBe(
      logicText("en", "emptyLevel", { level: levelName("en", "aim") })
    );
    expect(health.holdings).toEqual([
      { kind: "logicModel", place: expect.objectContaining({ sheet: "Gammal" }) },
      { kind: "logicModel", place: expect.objectContaining({ sheet: "Kopia", areas: ["A1:E5"] }) },
    ]);
  });

  it("finds no grid whose header is below the reader's 30 search rows", () => {
    const health = analyse([sheet("Långt ned", GRID_FULL, { top: 30 })]);
    expect(health.logicModels).toEqual([]);
    expect(health.holdings).toEqual([]);
  });

  it("masks a personal identity number quoted by a warning, even one the reader would cut short", () => {
    const long = `${"x".repeat(75)} ${PNR}`; // the reader quotes 80 characters: the number would be cut
    const rows: GridCell[][] = [
      HEADINGS_SV,
      [SV.levels.aim, "Mål", long, null, null],
      [SV.levels.result, "R", `Uppföljning ${PNR10}`, null, null],
    ];
    const health = analyse([sheet("Modell", rows)]);
    const text = JSON.stringify(health);
    expect(text).not.toMatch(/8112189|811218-98|811218-9/);
    expect(health.logicModels[0].warnings.map((w) => w.message.sv).join(" ")).toContain(
      PERSONAL_NUMBER_MASK
    );
  });
});

describe("what the workbook holds", () => {
  it("lists the SI tables in a fixed order, each with its range", () => {
    const health = analyse(
      [
        sheet("Enhetskostnader (SI)", []),
        sheet("Kalkyl", []),
        sheet("Uppföljning", []),
        sheet("Intressenter", []),
      ],
      [
        { name: "SI_Kalkyl", sheet: "Kalkyl", top: 7, left: 0, rows: 3, columns: 9 },
        {
          name: "SI_Enhetskostnader",
          sheet: "Enhetskostnader (SI)",
          top: 2,
          left: 0,
          rows: 10,
          columns: 10,
        },
        { name: "SI_Uppfoljning", sheet: "Uppföljning", top: 4, left: 0, rows: 2, columns: 5 },
        {
          name: "SI_Uppfoljningsplan",
          sheet: "Uppföljning",
          top: 20,
          left: 0,
          rows: 2,
          columns: 5,
        },
        { name: "SI_Intressenter", sheet: "Intressenter", top: 4, left: 1, rows: 2, columns: 4 },
        { name: "Tabell1", sheet: "Kalkyl", top: 30, left: 0, rows: 2, columns: 2 },
        { name: "SI_Risker", sheet: "Borttaget blad", top: 0, left: 0, rows: 2, columns: 2 },
      ]
    );
    expect(health.holdings.map((h) => [h.kind, h.table, h.place.sheet, h.place.areas])).toEqual([
      ["calculation", "SI_Kalkyl", "Kalkyl", ["A8:I10"]],
      ["unitCosts", "SI_Enhetskostnader", "Enhetskostnader (SI)", ["A3:J12"]],
      ["followUp", "SI_Uppfoljning", "Uppföljning", ["A5:E6"]],
      ["stakeholders", "SI_Intressenter", "Intressenter", ["B5:E6"]],
    ]);
    expect(health.sheetCount).toBe(4);
  });

  it("says which sheets were read only in part, and which not at all", () => {
    const health = analyse([
      sheet(
        "Stor",
        [
          [1, 2],
          [3, 4],
        ],
        { usedCells: 10 }
      ),
      sheet("Hel", [[1]]),
      { id: "{X}", name: "Jätte", visibility: "Visible", usedCells: 5_000_000, unread: true },
    ]);
    expect(health.capped).toEqual([{ sheetId: "{Stor}", sheet: "Stor", read: 4, total: 10 }]);
    expect(health.unread).toEqual([{ sheetId: "{X}", sheet: "Jätte" }]);
  });
});

// ---------------------------------------------------------------------------------------------

const personal = personalNumber;

type Personal = { century: string; ten: string };

/** One written form of a number: 12 or 10 digits, with "-", "+" or nothing, or a number cell. */
const written = (p: Personal, form: number): GridCell => {
  const [date, last] = [p.ten.slice(0, 6), p.ten.slice(6)];
  switch (form) {
    case 0:
      return `${p.century}${date}-${last}`;
    case 1:
      return `${date}-${last}`;
    case 2:
      return `${date}+${last}`;
    case 3:
      return `${p.century}${p.ten}`;
    case 4:
      return `Deltagare ${date}${last}, uppföljd`;
    default:
      // A number cell: the 12-digit form (a 10-digit one may lose a leading zero).
      return Number(`${p.century}${p.ten}`);
  }
};

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe("no output ever holds a personal identity number of the input", () => {
  it("wherever the numbers stand: cells, grids, tables, sheet and table names", () => {
    const cell = fc.oneof(
      fc.constant<GridCell>(null),
      fc.integer({ min: 0, max: 5000 }),
      fc.constantFrom<GridCell>("Hög", "Low", "Före–efter-mätning", "Resultat och utfall", {
        error: "#N/A",
      })
    );
    fc.assert(
      fc.property(
        fc.array(personal, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(5), fc.nat(4), fc.nat(5), fc.nat(3)), { maxLength: 8 }),
        fc.boolean(),
        (numbers, body, placements, inName) => {
          const pick = (i: number) => numbers[i % numbers.length];
          // The same body serves as a grid's levels, an indicator table and a risk table.
          const grid: GridCell[][] = [HEADINGS_SV, ...GRID_FULL.slice(1).map((r) => [...r])];
          const indicators: GridCell[][] = [
            IND_HEADER_SV,
            ...body.map((r) =>
              indicatorRow({
                level: r[0],
                indicator: r[1],
                source: r[2],
                alternative: r[3],
                effect: r[4],
                warning: r[1],
              })
            ),
          ];
          const risks: GridCell[][] = [
            RISK_HEADER,
            ...body.map((r) => [r[0], r[1], r[2], r[3], r[4], r[0]]),
          ];
          for (const [n, target, row, column] of placements) {
            const value = written(pick(n), n + row);
            if (target === 0) grid[1 + (row % 4)][1 + (column % 4)] = value;
            else if (target === 1) indicators[1 + (row % body.length)][column % 3] = value;
            else if (target === 2) risks[1 + (row % body.length)][column % 6] = value;
            else indicators[1 + (row % body.length)][col("warning")] = value;
          }
          const name = inName ? `Kund ${written(pick(0), 1)}` : "Logikmodell";
          const health = analyseWorkbook({
            sheets: [
              sheet(name, grid, { id: "{1}" }),
              sheet("Risker", [[written(pick(1), 3)]], { id: "{2}" }),
            ],
            tables: [
              table(`SI_Indikatorer`, name, { top: 21, left: 0 }, indicators),
              table(`SI_Risker_${pick(0).ten}`, "Risker", { top: 4, left: 0 }, risks),
            ],
          });
          const out = strings(health);
          for (const s of out) expect(findPersonalNumbers(s)).toEqual([]);
          const all = out.join("\n");
          for (const p of numbers) {
            expect(all).not.toContain(p.ten);
            expect(all).not.toContain(`${p.ten.slice(0, 6)}-${p.ten.slice(6)}`);
            expect(all).not.toContain(`${p.ten.slice(0, 6)}+${p.ten.slice(6)}`);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

// Guards the test data above against a change of the sheet's words.
it("uses the logic-model reader's level names", () => {
  expect(Object.values(SV.levels)).toEqual(
    (["aim", "result", "activity", "resource"] as const).map((l) => LOGIC_MESSAGES.sv[`level_${l}`])
  );
});
