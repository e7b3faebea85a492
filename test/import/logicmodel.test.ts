import ExcelJS from "exceljs";
import fc from "fast-check";
import { join } from "node:path";
import { LOGIC_MESSAGES } from "../../src/i18n/logicmodel";
import {
  LogicIndicator,
  LogicLevel,
  LogicModel,
  pairSources,
  readLogicModel,
  redThread,
} from "../../src/import/logicmodel";
import { matchColumnHeading, matchLevelName } from "../../src/import/logicmodel-grid";
import type { GridCell, SheetGrid } from "../../src/import/types";
import { workbookGrids } from "../../src/import/xlsx-grid";

const HEADINGS_SV = ["Interventionslogik", "Indikatorer", "Datakällor", "Antaganden/hot"];
const HEADINGS_EN = ["Intervention logic", "Indicators", "Data sources", "Assumptions/threats"];
const LEVELS_SV = [
  "Övergripande syfte och mål",
  "Resultat och utfall",
  "Aktiviteter och processmått",
  "Resurser",
];

/** A complete model: level, logic, indicator, source, assumption per row. */
const BODY: GridCell[][] = [
  [
    LEVELS_SV[0],
    "Färre fallskador",
    "Antal inläggningar",
    "Patientregistret",
    "Hemsjukvården deltar",
  ],
  [LEVELS_SV[1], "Fler tränar", "Andel som tränar", "Gymmets register", "De äldre tackar ja"],
  [LEVELS_SV[2], "Träningsgrupper", "Antal tillfällen", "Närvarolistor", "Personalomsättning"],
  [LEVELS_SV[3], "Två fysioterapeuter", "Kostnader", "Ekonomisystemet", null],
];

const sheet = (name: string, cells: GridCell[][]): SheetGrid => ({ name, cells });

/** Rows placed `top` rows down and `left` columns in. */
function offset(rows: GridCell[][], top: number, left: number): GridCell[][] {
  const pad: GridCell[] = Array.from({ length: left }, () => null);
  return [
    ...Array.from({ length: top }, () => [] as GridCell[]),
    ...rows.map((r) => [...pad, ...r]),
  ];
}

const model = (cells: GridCell[][], lang: "sv" | "en" = "sv"): LogicModel => {
  const m = readLogicModel([sheet("Blad1", cells)], lang);
  if (!m) throw new Error("no logic model found");
  return m;
};

const byLevel = (m: LogicModel, level: LogicLevel): LogicIndicator[] =>
  m.indicators.filter((i) => i.level === level);

async function fixture(): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "fixtures", "logikmodell-exempel.xlsx"));
  return workbookGrids(wb);
}

describe("the sample logic model (test/fixtures/logikmodell-exempel.xlsx)", () => {
  it("gives its four indicators with their levels, goals, sources and assumptions", async () => {
    const m = readLogicModel(await fixture(), "sv");
    expect(m?.sheet).toBe("Logikmodell");
    expect(m?.indicators).toEqual([
      {
        level: "aim",
        goal: "Fallskador som leder till sjukhusinläggning minskar med 80 %",
        indicator: "Antal sjukhusinläggningar efter fallskada per år",
        dataSource: "Regionens patientregister",
        assumptions: "Att hemsjukvården deltar hela perioden",
      },
      {
        level: "result",
        goal: "Andelen äldre 65+ som regelbundet tränar ökar med 50 %",
        indicator: "Andel äldre registrerade på lokalt gym",
        dataSource: "Gymmets register",
        assumptions: "Att de äldre tackar ja",
      },
      {
        level: "activity",
        goal: "Träningsgrupper två gånger i veckan",
        indicator: "Antal genomförda träningstillfällen",
        dataSource: "Närvarolistor",
        assumptions: "Personalomsättning",
      },
      {
        level: "resource",
        goal: "Två fysioterapeuter, lokal",
        indicator: "Budgeterade och upparbetade kostnader",
        dataSource: "Ekonomisystemet",
        assumptions: "",
      },
    ]);
    expect(m?.levels.resource).toEqual({
      logic: ["Två fysioterapeuter, lokal"],
      indicators: ["Budgeterade och upparbetade kostnader"],
      sources: ["Ekonomisystemet"],
      assumptions: [],
    });
  });

  it("has no red-thread gap: every level filled, measured and sourced (an empty Antaganden cell is no gap)", async () => {
    const grids = await fixture();
    expect(readLogicModel(grids, "sv")?.warnings).toEqual([]);
    expect(readLogicModel(grids, "en")?.warnings).toEqual([]);
  });
});

describe("finding the grid", () => {
  const reference = model([[null, ...HEADINGS_SV], ...BODY]);

  it("finds it offset to row 20, column D, below a title and with a note beside it", () => {
    const rows = offset([[null, ...HEADINGS_SV], ...BODY], 19, 3);
    rows[0] = ["Logikmodell – Fallprevention"];
    rows[5] = ["Anteckning: utkast"];
    const m = model(rows);
    expect(m.indicators).toEqual(reference.indicators);
    expect(m.levels).toEqual(reference.levels);
  });

  it("reads English headings and level names, and words the warnings in English", () => {
    const rows: GridCell[][] = [
      ["Level", ...HEADINGS_EN],
      ["Long-term goals", "Fewer falls", "Admissions per year", "Patient register", "Staff stay"],
      ["Short-term outcomes", "More exercise", "Share exercising", "Gym register", null],
      ["Activities", "Training groups", "Sessions held", null, null],
      ["Inputs", "Two physiotherapists", null, null, null],
    ];
    const m = model(rows, "en");
    expect(m.indicators.map((i) => [i.level, i.indicator, i.dataSource])).toEqual([
      ["aim", "Admissions per year", "Patient register"],
      ["result", "Share exercising", "Gym register"],
      ["activity", "Sessions held", ""],
    ]);
    expect(m.levels.resource.logic).toEqual(["Two physiotherapists"]);
    expect(m.warnings).toEqual([
      {
        level: "activity",
        message:
          "The indicator “Sessions held” under “Activities and process measures” has no data source: say where its figures will come from.",
      },
    ]);
  });

  it("reads the columns in any order, the level column anywhere left of the first heading", () => {
    const order = [3, 1, 0, 2]; // Antaganden, Indikatorer, Interventionslogik, Datakällor
    const rows: GridCell[][] = [
      ["Nr", "Nivå", null, ...order.map((k) => HEADINGS_SV[k])],
      ...BODY.map((r, n) => [n + 1, r[0], "kommentar", ...order.map((k) => r[k + 1])]),
    ];
    const m = model(rows);
    expect(m.indicators).toEqual(reference.indicators);
  });

  it("takes the first sheet that has a model, and says which", () => {
    const grids = [
      sheet("Omslag", [["Fallprevention"], ["Indikatorer", "Datakällor"]]),
      sheet("Modell", [[null, ...HEADINGS_SV], ...BODY]),
      sheet("Kopia", [[null, ...HEADINGS_SV], ...BODY.slice(0, 1)]),
    ];
    expect(readLogicModel(grids, "sv")?.sheet).toBe("Modell");
  });

  it("gives undefined without a grid, and for a grid whose header is below row 30", () => {
    expect(readLogicModel([], "sv")).toBeUndefined();
    expect(readLogicModel([sheet("Tom", [])], "sv")).toBeUndefined();
    expect(
      readLogicModel([sheet("Text", [["Logikmodell"], ["Resurser", "Två"]])], "sv")
    ).toBeUndefined();
    // Three headings only.
    expect(
      readLogicModel([sheet("S", [[null, ...HEADINGS_SV.slice(0, 3)], ...BODY])], "sv")
    ).toBeUndefined();
    // Headings but no level names left of them.
    expect(
      readLogicModel([sheet("S", [HEADINGS_SV, ...BODY.map((r) => r.slice(1))])], "sv")
    ).toBeUndefined();
    // Header in row 30 is read, in row 31 not.
    expect(
      readLogicModel([sheet("S", offset([[null, ...HEADINGS_SV], ...BODY], 29, 0))], "sv")
    ).toBeDefined();
    expect(
      readLogicModel([sheet("S", offset([[null, ...HEADINGS_SV], ...BODY], 30, 0))], "sv")
    ).toBeUndefined();
  });

  it("ends at a fully empty row, or at a level cell that names no level", () => {
    // The row after "Summa" would continue the resources if the grid did not end at "Summa".
    const after: GridCell[][] = [
      ["Summa", "x", "Extra indikator", "y", "z"],
      [null, null, "Extra indikator", "y", "z"],
    ];
    const blankThenMore: GridCell[][] = [[], [null, null, "Extra indikator", "y", "z"]];
    for (const tail of [after, blankThenMore]) {
      const m = model([[null, ...HEADINGS_SV], ...BODY, ...tail]);
      expect(m.indicators.map((i) => i.indicator)).not.toContain("Extra indikator");
      expect(m.indicators).toHaveLength(4);
    }
  });

  it("skips a sub-heading row between the headings and the first level", () => {
    const m = model([
      [null, ...HEADINGS_SV],
      [null, "(vad förväntas?)", "(hur mäts det?)"],
      [],
      ...BODY,
    ]);
    expect(m.indicators).toEqual(reference.indicators);
  });
});

describe("continuation rows and split cells", () => {
  it("appends a row with an empty level cell to the level above", () => {
    const m = model([
      [null, ...HEADINGS_SV],
      BODY[0],
      BODY[1],
      [null, "Bättre balans", "Andel med bättre balanstest", "Balanstest", "Att testet görs"],
      [null, null, "Andel som fortsätter efter ett år", "Enkät", null],
      BODY[2],
      BODY[3],
    ]);
    expect(m.levels.result).toEqual({
      logic: ["Fler tränar", "Bättre balans"],
      indicators: [
        "Andel som tränar",
        "Andel med bättre balanstest",
        "Andel som fortsätter efter ett år",
      ],
      sources: ["Gymmets register", "Balanstest", "Enkät"],
      assumptions: ["De äldre tackar ja", "Att testet görs"],
    });
    expect(byLevel(m, "result")).toEqual([
      {
        level: "result",
        goal: "Fler tränar",
        indicator: "Andel som tränar",
        dataSource: "Gymmets register",
        assumptions: "De äldre tackar ja",
      },
      {
        level: "result",
        goal: "Bättre balans",
        indicator: "Andel med bättre balanstest",
        dataSource: "Balanstest",
        assumptions: "Att testet görs",
      },
      // Empty logic and assumption cells: the nearest row above of the same level.
      {
        level: "result",
        goal: "Bättre balans",
        indicator: "Andel som fortsätter efter ett år",
        dataSource: "Enkät",
        assumptions: "Att testet görs",
      },
    ]);
    expect(m.warnings).toEqual([]);
  });

  it("splits indicators at line breaks and semicolons and pairs the sources", () => {
    const row = (indicators: string, sources: string | null): GridCell[] => [
      "Resultat",
      "Mål A\nMål B",
      indicators,
      sources,
      "Antagande 1\nAntagande 2",
    ];
    const at = (indicators: string, sources: string | null) =>
      byLevel(model([[null, ...HEADINGS_SV], row(indicators, sources)]), "result").map((i) => [
        i.indicator,
        i.dataSource,
      ]);
    // Paired: as many sources as indicators, in order.
    expect(at("I1\nI2", "K1\r\nK2")).toEqual([
      ["I1", "K1"],
      ["I2", "K2"],
    ]);
    expect(at("I1; I2;I3", "K1;K2;K3")).toEqual([
      ["I1", "K1"],
      ["I2", "K2"],
      ["I3", "K3"],
    ]);
    // One source for all.
    expect(at("I1\nI2; I3", "Registret")).toEqual([
      ["I1", "Registret"],
      ["I2", "Registret"],
      ["I3", "Registret"],
    ]);
    // Unpaired counts: each indicator gets all sources.
    expect(at("• I1\n• I2\n• I3", "- K1\n- K2")).toEqual([
      ["I1", "K1; K2"],
      ["I2", "K1; K2"],
      ["I3", "K1; K2"],
    ]);
    // No source: empty, and a warning per indicator.
    expect(at("I1\nI2", null)).toEqual([
      ["I1", ""],
      ["I2", ""],
    ]);

    const m = model([[null, ...HEADINGS_SV], row("I1\nI2", "K1\nK2")]);
    // Logic and assumptions are prose: split at line breaks only, joined with "; " in each indicator.
    expect(m.levels.result.logic).toEqual(["Mål A", "Mål B"]);
    expect(byLevel(m, "result")[0]).toMatchObject({
      goal: "Mål A; Mål B",
      assumptions: "Antagande 1; Antagande 2",
    });
    expect(pairSources(["a"], [])).toEqual([""]);
  });

  it("lists the texts of a merged level cell once (ExcelJS repeats them in every cell)", () => {
    const merged: GridCell[] = [
      LEVELS_SV[2],
      "Träningsgrupper",
      "Antal tillfällen",
      "Närvarolistor",
      "Personalomsättning",
    ];
    const m = model([[null, ...HEADINGS_SV], BODY[0], BODY[1], merged, merged, BODY[3]]);
    expect(byLevel(m, "activity")).toHaveLength(1);
    expect(m.levels.activity.sources).toEqual(["Närvarolistor"]);
  });

  it("reads numbers and dates as text and reports an Excel error with its level and column", () => {
    const m = model([
      [null, ...HEADINGS_SV],
      ...BODY.slice(0, 3),
      ["Resurser", 2, { error: "#REF!" }, new Date(Date.UTC(2024, 0, 31)), null],
    ]);
    expect(m.levels.resource).toEqual({
      logic: ["2"],
      indicators: [],
      sources: ["2024-01-31"],
      assumptions: [],
    });
    expect(m.warnings).toEqual([
      {
        level: "resource",
        message:
          "Cellen i kolumnen ”Indikatorer” under ”Resurser” innehåller Excelfelet #REF!; den läses inte.",
      },
    ]);
  });
});

describe("loose headings and level names", () => {
  it.each([
    ["Interventionslogik", "logic"],
    ["INTERVENTIONSLOGIK ", "logic"],
    ["Intervention logic", "logic"],
    ["Interventionslogik (vad förväntas?)", "logic"],
    ["Indikator", "indicators"],
    ["Indikatorer/mått", "indicators"],
    ["Objectively verifiable indicators", "indicators"],
    ["Indicator", "indicators"],
    ["Datakälla", "sources"],
    ["Data källor", "sources"],
    ["Data source", "sources"],
    ["Means of verification", "sources"],
    ["Antaganden och hot", "assumptions"],
    ["Antagande/Hot", "assumptions"],
    ["Assumptions", "assumptions"],
    ["Risks/assumptions", "assumptions"],
    ["Risker & antaganden", "assumptions"],
  ])("heading %j names %s", (text, column) => {
    expect(matchColumnHeading(text)).toBe(column);
  });

  it.each(["Indikatorer och datakällor", "Kommentar", "Data", "", "Summa"])(
    "heading %j names no column",
    (text) => expect(matchColumnHeading(text)).toBeUndefined()
  );

  it.each([
    ["Övergripande syfte och mål", "aim"],
    ["ÖVERGRIPANDE SYFTE & MÅL", "aim"],
    ["Langsiktiga mal", "aim"],
    ["Syfte", "aim"],
    ["Mål", "aim"],
    ["Aim", "aim"],
    ["Long-term goals", "aim"],
    ["Long-term outcomes", "aim"],
    ["Impact", "aim"],
    ["Goal", "aim"],
    ["1. Övergripande mål (2–5 år efter)", "aim"],
    ["Resultat och utfall", "result"],
    ["Resultat", "result"],
    ["Kortsiktiga mål", "result"],
    ["Utfall", "result"],
    ["Results", "result"],
    ["Outcomes", "result"],
    ["Short-term", "result"],
    ["Aktiviteter och processmått", "activity"],
    ["Aktiviteter", "activity"],
    ["Activities", "activity"],
    ["Outputs", "activity"],
    ["Resurser", "resource"],
    ["Resurser – vad vi sätter in", "resource"],
    ["Resources", "resource"],
    ["Inputs", "resource"],
  ])("level %j is %s", (text, level) => {
    expect(matchLevelName(text)).toBe(level);
  });

  it.each([
    "Summa",
    "Resurser och aktiviteter",
    "Långsiktiga aktiviteter",
    "Kommentar till resurser",
    "",
  ])("level %j names no level", (text) => expect(matchLevelName(text)).toBeUndefined());
});

describe("the red thread", () => {
  const complete = () => model([[null, ...HEADINGS_SV], ...BODY]);
  const names = {
    sv: LEVELS_SV,
    en: [
      "Overall aim and goals",
      "Results and outcomes",
      "Activities and process measures",
      "Resources",
    ],
  };

  /** The model with one cell (row k of BODY, column c) emptied, or a whole level's row blanked. */
  function without(k: number, c: number | "row", lang: "sv" | "en"): LogicModel {
    const body = BODY.map((r) => [...r]);
    if (c === "row") body[k] = [LEVELS_SV[k], null, null, null, null];
    else body[k][c] = null;
    return model([[null, ...HEADINGS_SV], ...body], lang);
  }

  it("a complete model has no gap", () => {
    expect(complete().warnings).toEqual([]);
  });

  it.each(["sv", "en"] as const)(
    "each gap gives exactly one warning naming its level (%s)",
    (lang) => {
      const cases: [LogicModel, LogicLevel, RegExp][] = [
        [without(0, "row", lang), "aim", lang === "sv" ? /är tom/ : /is empty/],
        [without(3, "row", lang), "resource", lang === "sv" ? /är tom/ : /is empty/],
        [without(0, 2, lang), "aim", lang === "sv" ? /saknar indikator/ : /has no indicator/],
        [without(1, 2, lang), "result", lang === "sv" ? /saknar indikator/ : /has no indicator/],
        [
          without(2, 2, lang),
          "activity",
          lang === "sv" ? /saknar processmått/ : /has no process measure/,
        ],
        [
          without(1, 3, lang),
          "result",
          lang === "sv"
            ? /Indikatorn ”Andel som tränar”.*saknar datakälla/
            : /indicator “Andel som tränar”.*has no data source/,
        ],
        [
          without(3, 3, lang),
          "resource",
          lang === "sv" ? /saknar datakälla/ : /has no data source/,
        ],
      ];
      for (const [m, level, text] of cases) {
        expect(m.warnings).toHaveLength(1);
        expect(m.warnings[0].level).toBe(level);
        expect(m.warnings[0].message).toMatch(text);
        expect(m.warnings[0].message).toContain(
          names[lang][["aim", "result", "activity", "resource"].indexOf(level)]
        );
      }
    }
  );

  it("a level without rows in the sheet is an empty level", () => {
    const m = model([[null, ...HEADINGS_SV], BODY[0], BODY[1], BODY[3]]);
    expect(m.warnings).toEqual([
      {
        level: "activity",
        message: expect.stringMatching(/^Nivån ”Aktiviteter och processmått” är tom/),
      },
    ]);
  });

  it("gives one warning per indicator without a source, level by level", () => {
    const levels = complete().levels;
    const indicators: LogicIndicator[] = [
      { level: "resource", goal: "", indicator: "R", dataSource: "", assumptions: "" },
      { level: "aim", goal: "", indicator: "A1", dataSource: " ", assumptions: "" },
      { level: "aim", goal: "", indicator: "A2", dataSource: "Registret", assumptions: "" },
      { level: "aim", goal: "", indicator: "x".repeat(200), dataSource: "", assumptions: "" },
      { level: "result", goal: "", indicator: "B", dataSource: "Enkät", assumptions: "" },
      { level: "activity", goal: "", indicator: "C", dataSource: "Listor", assumptions: "" },
    ];
    const w = redThread(levels, indicators, "en");
    expect(w.map((x) => x.level)).toEqual(["aim", "aim", "resource"]);
    expect(w[0].message).toContain("“A1”");
    expect(w[1].message).toContain(`“${"x".repeat(79)}…”`);
    expect(w[2].message).toContain("“R” under “Resources”");
  });

  it("has every message in both languages with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    expect(Object.keys(LOGIC_MESSAGES.sv).sort()).toEqual(Object.keys(LOGIC_MESSAGES.en).sort());
    for (const key of Object.keys(LOGIC_MESSAGES.en) as (keyof typeof LOGIC_MESSAGES.en)[])
      expect([key, placeholders(LOGIC_MESSAGES.sv[key])]).toEqual([
        key,
        placeholders(LOGIC_MESSAGES.en[key]),
      ]);
  });
});

describe("robustness", () => {
  it("never changes its input", () => {
    const cells = [[null, ...HEADINGS_SV], ...BODY, [null, null, "I1\nI2", "K", null]];
    const grids = [sheet("S", cells)];
    const before = JSON.stringify(grids);
    const frozen = grids.map((g) =>
      Object.freeze({ ...g, cells: Object.freeze(g.cells.map((r) => Object.freeze([...r]))) })
    );
    expect(() => readLogicModel(frozen as unknown as SheetGrid[], "sv")).not.toThrow();
    readLogicModel(grids, "en");
    expect(JSON.stringify(grids)).toBe(before);
  });

  it("finds the model wherever it stands in the first 30 rows, with anything below it", () => {
    const expected = model([[null, ...HEADINGS_SV], ...BODY]).indicators;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 12 }),
          {
            maxLength: 5,
          }
        ),
        (top, left, below) => {
          const rows = [...offset([[null, ...HEADINGS_SV], ...BODY], top, left), [], ...below];
          expect(model(rows).indicators).toEqual(expected);
        }
      )
    );
  });

  it("never throws on arbitrary grids of strings, numbers, nulls and errors", () => {
    const words = fc.constantFrom<GridCell>(
      ...HEADINGS_SV,
      ...HEADINGS_EN,
      ...LEVELS_SV,
      "Outputs",
      "Long-term goals",
      "I1\nI2;I3",
      "K1;K2",
      "",
      " ",
      "Summa"
    );
    const cell = fc.oneof(
      words,
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.constant(null),
      fc.constantFrom<GridCell>({ error: "#N/A" }, { error: "#REF!" }, true, new Date(Number.NaN))
    );
    fc.assert(
      fc.property(
        // Sparse rows and holes too: a host may leave cells or rows out.
        fc.array(
          fc.oneof(fc.array(cell, { maxLength: 8 }), fc.sparseArray(cell, { maxLength: 8 })),
          {
            maxLength: 40,
          }
        ),
        fc.constantFrom<"sv" | "en">("sv", "en"),
        (cells, lang) => {
          const m = readLogicModel([sheet("S", cells)], lang);
          if (m) {
            for (const i of m.indicators) expect(i.indicator).not.toBe("");
            for (const w of m.warnings) expect(w.message).not.toMatch(/\{\w+\}/);
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});
