import fc from "fast-check";
import type { GridCell, SheetGrid } from "../../src/import/types";
import {
  UnitCostImportError,
  UnitCostImportReport,
  importUnitCosts,
  importUnitCostsReport,
  skippedCounts,
} from "../../src/import/unitcosts";

const HEADER: GridCell[] = ["Område", "Kostnadspost", "Enhet", "Kostnad (kr)", "Prisår", "Källa"];

function sheet(name: string, cells: GridCell[][], hidden: number[] = []): SheetGrid {
  return { name, cells, hiddenRows: new Set(hidden) };
}

function report(
  sheets: SheetGrid[],
  lang: "sv" | "en" = "en",
  only?: string
): UnitCostImportReport {
  return importUnitCostsReport(sheets, { lang, sheet: only });
}

/** Every row below each header is imported, rejected or skipped, exactly once. */
function expectAllAccounted(sheets: SheetGrid[], r: UnitCostImportReport): void {
  for (const s of r.sheets) {
    if (s.headerRow === null) continue;
    const grid = sheets.find((g) => g.name === s.sheet)!;
    const seen = [
      ...r.items.filter((i) => i.sheet === s.sheet).map((i) => i.row),
      ...r.rejected.filter((i) => i.sheet === s.sheet).map((i) => i.row),
      ...r.skipped.filter((i) => i.sheet === s.sheet).map((i) => i.row),
    ].sort((a, b) => a - b);
    const expected = Array.from(
      { length: grid.cells.length - s.headerRow },
      (_, k) => s.headerRow! + 1 + k
    );
    expect(seen).toEqual(expected);
  }
}

const rowsOf = (r: UnitCostImportReport, kind: "items" | "rejected") => r[kind].map((x) => x.row);
const skippedAs = (r: UnitCostImportReport) =>
  Object.fromEntries(r.skipped.map((s) => [s.row, s.reason]));

describe("category bands", () => {
  // Rows 1–2 title and blank, 3 header, bands in 4 and 7.
  const body = (band: (text: string) => GridCell[]): GridCell[][] => [
    ["Enhetskostnader (fiktiva)"],
    [],
    HEADER,
    band("Socialtjänst"),
    [null, "Placering HVB", "kr/dygn", 6200, 2015, "Exempel"],
    [null, "Familjehem", "kr/dygn", 1300, 2015, "Exempel"],
    band("Skola"),
    [null, "Grundskola", "kr/år", 105000, 2016, "Exempel"],
  ];

  it("reads a merged heading as ExcelJS reports it (the text in every cell) and as Office.js does (first cell only)", () => {
    const exceljs = body((t) => Array<GridCell>(6).fill(t));
    const officejs = body((t) => [t, "", "", "", "", ""]);
    const a = report([sheet("Blad1", exceljs)]);
    const b = report([sheet("Blad1", officejs)]);
    expect(a.items).toEqual(b.items);
    expect(a.items.map((i) => [i.name, i.category, i.row])).toEqual([
      ["Placering HVB", "Socialtjänst", 5],
      ["Familjehem", "Socialtjänst", 6],
      ["Grundskola", "Skola", 8],
    ]);
    expect(skippedAs(a)).toEqual({ 4: "band", 7: "band" });
    expect(a.rejected).toEqual([]);
    expectAllAccounted([sheet("Blad1", exceljs)], a);
  });

  it("lets a category column's value win over the band", () => {
    const cells = body((t) => [t]);
    cells[5] = ["Familjehemsvård", "Familjehem", "kr/dygn", 1300, 2015, "Exempel"];
    expect(report([sheet("S", cells)]).items.map((i) => i.category)).toEqual([
      "Socialtjänst",
      "Familjehemsvård",
      "Skola",
    ]);
  });

  it("takes a lone text in the leftmost column as a band also when that column is the name column", () => {
    const cells: GridCell[][] = [
      ["Kostnadspost", "Kostnad"],
      ["Skola"],
      ["Grundskola", 105000],
      ["Gymnasium", 118000],
    ];
    const r = report([sheet("S", cells)]);
    expect(r.items.map((i) => i.category)).toEqual(["Skola", "Skola"]);
    expect(skippedAs(r)).toEqual({ 2: "band" });
  });

  it("rejects a lone name in a column other than the leftmost: a row missing its cost", () => {
    const cells: GridCell[][] = [
      HEADER,
      [null, "Kontaktfamilj"],
      [null, "Familjehem", "kr/dygn", 1300],
    ];
    const r = report([sheet("S", cells)]);
    expect(r.rejected).toEqual([
      { sheet: "S", row: 2, reason: "the cost is missing (blank cell)" },
    ]);
  });
});

describe("rows that are not unit costs", () => {
  const cells: GridCell[][] = [
    HEADER, // 1
    [null, "Placering HVB", "kr/dygn", 6200, 2015, "Exempel"], // 2
    [], // 3 blank
    [null, "Dold rad", "kr/dygn", 999, 2015, "Exempel"], // 4 hidden
    ["", "  ", null, "", null, ""], // 5 blank (Office.js gives "" for empty cells)
    [null, "Familjehem", "kr/dygn", 1300, 2015, "Exempel"], // 6
    [null, "Summa", null, 7500], // 7 total
    [null, "Delsumma skola", null, 7500], // 8 total
    ["Totalt", null, null, 7500], // 9 total (name blank, first text)
    ["Not: fiktiva värden."], // 10 note
    ["Källa: exempeldata"], // 11 note
    ["* exklusive moms"], // 12 note
    ["¹ enligt avtal", null, "se bilaga"], // 13 note
    ["Tabellen uppdateras årligen"], // 14 note: one text below the table
    [null, null, "Kontakt: ekonomienheten"], // 15 note: one text below the table, any column
  ];

  it("skips blank, hidden, total and note rows, each counted by its reason", () => {
    const grids = [sheet("S", cells, [4])];
    const r = report(grids);
    expect(r.items.map((i) => i.name)).toEqual(["Placering HVB", "Familjehem"]);
    expect(r.rejected).toEqual([]);
    expect(skippedAs(r)).toEqual({
      3: "blank",
      4: "hidden",
      5: "blank",
      7: "total",
      8: "total",
      9: "total",
      10: "note",
      11: "note",
      12: "note",
      13: "note",
      14: "note",
      15: "note",
    });
    expect(skippedCounts(r)).toEqual({
      blank: 2,
      hidden: 1,
      band: 0,
      total: 3,
      note: 6,
      header: 0,
    });
    expect(r.sheets).toEqual([
      {
        sheet: "S",
        headerRow: 1,
        imported: 2,
        rejected: 0,
        skipped: { blank: 2, hidden: 1, band: 0, total: 3, note: 6, header: 0 },
      },
    ]);
    expectAllAccounted(grids, r);
  });

  it("never takes a row with an amount in the cost column for a note", () => {
    const r = report([
      sheet("S", [
        ["Namn", "Kostnad"],
        ["Obs: nattinsats", 900],
      ]),
    ]);
    expect(r.items.map((i) => i.name)).toEqual(["Obs: nattinsats"]);
  });

  it("rejects a row below the table that has more than one value but no amount", () => {
    const r = report([
      sheet("S", [
        ["Namn", "Kostnad", "Enhet"],
        ["Familjehem", 1300, "kr/dygn"],
        ["Jourhem", "–", "kr/dygn"],
      ]),
    ]);
    expect(r.rejected).toEqual([{ sheet: "S", row: 3, reason: "the cost is missing (“–”)" }]);
  });
});

describe("rejected rows", () => {
  const cells: GridCell[][] = [
    ["Kostnadspost", "Kostnad", "Enhet"],
    ["Blank", null, "kr"], // 2
    ["Streck", "-", "kr"], // 3
    ["Två punkter", "..", "kr"], // 4
    ["Text", "uppgift saknas", "kr"], // 5
    ["Fel", { error: "#N/A" }, "kr"], // 6
    ["Fel som text", "#REF!", "kr"], // 7 (Office.js values)
    ["Sant", true, "kr"], // 8
    ["Datum", new Date(Date.UTC(2015, 0, 1)), "kr"], // 9
    [null, 500, "kr"], // 10 a cost without a name
    [{ error: "#VALUE!" }, 500, "kr"], // 11
    ["Tvetydig", "1,500", "kr"], // 12
    ["Oändlig", Infinity, "kr"], // 13
  ];

  it("rejects each with its sheet, row and reason, never as 0", () => {
    const r = report([sheet("Blad1", cells)]);
    expect(r.items).toEqual([]);
    expect(r.rejected).toEqual([
      { sheet: "Blad1", row: 2, reason: "the cost is missing (blank cell)" },
      { sheet: "Blad1", row: 3, reason: "the cost is missing (“-”)" },
      { sheet: "Blad1", row: 4, reason: "the cost is missing (“..”)" },
      { sheet: "Blad1", row: 5, reason: "the cost “uppgift saknas” is not a number" },
      { sheet: "Blad1", row: 6, reason: "the cost cell holds the Excel error #N/A" },
      { sheet: "Blad1", row: 7, reason: "the cost cell holds the Excel error #REF!" },
      { sheet: "Blad1", row: 8, reason: "the cost is TRUE/FALSE, not an amount" },
      { sheet: "Blad1", row: 9, reason: "the cost cell holds a date, not an amount" },
      { sheet: "Blad1", row: 10, reason: "the row has no name in the A column" },
      { sheet: "Blad1", row: 11, reason: "the name cell holds the Excel error #VALUE!" },
      {
        sheet: "Blad1",
        row: 12,
        reason:
          "the cost “1,500” is ambiguous: 1,5 or 1 500? The column's other costs do not show which decimal sign the sheet uses; write 1,5 or 1 500",
      },
      { sheet: "Blad1", row: 13, reason: "the cost is not a finite number" },
    ]);
  });

  it("words the reasons in Swedish", () => {
    const r = report([sheet("Blad1", cells.slice(0, 6))], "sv");
    expect(r.rejected.map((x) => x.reason)).toEqual([
      "kostnaden saknas (tom cell)",
      "kostnaden saknas (”-”)",
      "kostnaden saknas (”..”)",
      "kostnaden ”uppgift saknas” är inte ett tal",
      "kostnadscellen innehåller Excelfelet #N/A",
    ]);
  });
});

describe("amounts as text in a column", () => {
  it("decides '1,500' by the column's other texts", () => {
    const english = report([
      sheet("S", [
        ["Item", "Cost"],
        ["A", "1,500"],
        ["B", "2,300.50"],
        ["C", "SEK 4,500"],
      ]),
    ]);
    expect(english.items.map((i) => i.cost)).toEqual([1500, 2300.5, 4500]);
    const swedish = report([
      sheet("S", [
        ["Namn", "Kostnad"],
        ["A", "1,500"],
        ["B", "2,75"],
      ]),
    ]);
    expect(swedish.items.map((i) => i.cost)).toEqual([1.5, 2.75]);
    const mixed = report([
      sheet("S", [
        ["Namn", "Kostnad"],
        ["A", "1,500"],
        ["B", "2,75"],
        ["C", "3.25"],
      ]),
    ]);
    expect(mixed.items.map((i) => i.cost)).toEqual([2.75, 3.25]);
    expect(rowsOf(mixed, "rejected")).toEqual([2]);
  });

  it("applies the cost header's scale to numbers and texts without their own unit", () => {
    const r = report([
      sheet("S", [
        ["Namn", "Kostnad (tkr)"],
        ["A", 1.1],
        ["B", "2,5"],
        ["C", "1 500 kr"],
        ["D", "2 mnkr"],
      ]),
    ]);
    expect(r.items.map((i) => i.cost)).toEqual([1100, 2500, 1500, 2_000_000]);
  });

  it("reads the Swedish and English text forms of a table", () => {
    const r = report([
      sheet("S", [
        ["Benämning", "Belopp"],
        ["a", "6 200 kr"],
        ["b", "105\u00a0000:-"],
        ["c", "8 700¹"],
        ["d", "1,5 mnkr"],
        ["e", "350 tkr"],
        ["f", "1\u2009234,50"],
      ]),
    ]);
    expect(r.items.map((i) => i.cost)).toEqual([6200, 105000, 8700, 1_500_000, 350_000, 1234.5]);
  });

  it("warns of a negative cost and imports it", () => {
    const r = report(
      [
        sheet("S", [
          ["Namn", "Kostnad"],
          ["Återbetalning", "−1 200"],
        ]),
      ],
      "sv"
    );
    expect(r.items.map((i) => i.cost)).toEqual([-1200]);
    expect(r.warnings).toEqual([
      { sheet: "S", row: 2, message: "kostnaden är negativ (−1 200 kr)" },
    ]);
  });
});

describe("price years", () => {
  it("takes the column first, then the cost header, then a line above", () => {
    const withColumn: GridCell[][] = [
      ["Prisnivå: 2018"],
      ["Namn", "Kostnad 2015", "Prisår"],
      ["A", 1, 2016],
      ["B", 2, null],
    ];
    expect(report([sheet("S", withColumn)]).items.map((i) => i.priceYear)).toEqual([2016, 2015]);
    const noHeaderYear: GridCell[][] = [
      ["Prisnivå: 2018"],
      ["Namn", "Kostnad", "Prisår"],
      ["A", 1, 2016],
      ["B", 2, ""],
    ];
    expect(report([sheet("S", noHeaderYear)]).items.map((i) => i.priceYear)).toEqual([2016, 2018]);
    expect(
      report([
        sheet("S", [
          ["Namn", "Kostnad"],
          ["A", 1],
        ]),
      ]).items[0].priceYear
    ).toBeNull();
  });

  it("gives null and a warning for a price-year cell that names no year", () => {
    const r = report([
      sheet("S", [["Prisår 2018"], ["Namn", "Kostnad", "År"], ["A", 1, "2015/16"]]),
    ]);
    expect(r.items[0].priceYear).toBeNull();
    expect(r.warnings).toEqual([
      {
        sheet: "S",
        row: 3,
        message: "the price year “2015/16” is not a year; the price year is left empty",
      },
    ]);
  });
});

describe("fields", () => {
  it("gives every field, absent ones as null, the unit from the cost header when the row has none", () => {
    const r = report([
      sheet("S", [
        ["Kod", "Namn", "Kostnad (kr/dygn)", "Enhet", "Källa", "Kategori"],
        [101, "HVB", 6200, null, "SKR", "Barn"],
        ["B2", "Jourhem", 2100, "kr/natt", null, null],
      ]),
    ]);
    expect(r.items).toEqual([
      {
        name: "HVB",
        cost: 6200,
        unit: "kr/dygn",
        priceYear: null,
        category: "Barn",
        source: "SKR",
        id: "101",
        sheet: "S",
        row: 2,
      },
      {
        name: "Jourhem",
        cost: 2100,
        unit: "kr/natt",
        priceYear: null,
        category: null,
        source: null,
        id: "B2",
        sheet: "S",
        row: 3,
      },
    ]);
  });

  it("warns of an error in an optional cell, a repeated name and a second column for a field", () => {
    const r = report([
      sheet("S", [
        ["Namn", "Kostnad", "Källa", "Kostnad 2018"],
        ["HVB", 6200, { error: "#REF!" }, 1],
        ["HVB", 6300, "SKR", 1],
      ]),
    ]);
    expect(r.items.map((i) => [i.cost, i.source])).toEqual([
      [6200, null],
      [6300, "SKR"],
    ]);
    expect(r.warnings).toEqual([
      { sheet: "S", row: 1, message: "column D is also a cost column; column B is used" },
      { sheet: "S", row: 2, message: "the source cell holds the Excel error #REF!; ignored" },
      { sheet: "S", row: 3, message: "“HVB” is also in row 2 with the same category" },
    ]);
  });
});

describe("sheets and tables", () => {
  it("reads every sheet with a header, and a second table further down a sheet", () => {
    const a = sheet("Kommun", [
      ["Prisnivå 2015"],
      ["Namn", "Kostnad"],
      ["HVB", 6200],
      [],
      ["Prisnivå 2019"],
      ["Kod", "Post", "Belopp (tkr)"],
      ["X1", "Gymnasium", 118],
    ]);
    const b = sheet("Logikmodell", [
      ["Syfte", "Aktiviteter"],
      ["Minska fall", "Träning"],
    ]);
    const c = sheet("Region", [
      ["Item", "Cost (SEK)"],
      ["Visit", "1 700"],
    ]);
    const r = report([a, b, c]);
    expect(r.items.map((i) => [i.sheet, i.row, i.name, i.cost, i.priceYear, i.id])).toEqual([
      ["Kommun", 3, "HVB", 6200, 2015, null],
      ["Kommun", 7, "Gymnasium", 118_000, 2019, "X1"],
      ["Region", 2, "Visit", 1700, null, null],
    ]);
    expect(skippedAs(r)).toEqual({ 4: "blank", 5: "note", 6: "header" });
    expect(r.sheets.map((s) => [s.sheet, s.headerRow])).toEqual([
      ["Kommun", 2],
      ["Logikmodell", null],
      ["Region", 1],
    ]);
    expectAllAccounted([a, b, c], r);
  });

  it("reads only the sheet asked for, by exact name or the same name in other case", () => {
    const a = sheet("Kommun", [
      ["Namn", "Kostnad"],
      ["A", 1],
    ]);
    const b = sheet("Region", [
      ["Namn", "Kostnad"],
      ["B", 2],
    ]);
    expect(
      importUnitCosts([a, b], { lang: "en", sheet: "region" }).items.map((i) => i.name)
    ).toEqual(["B"]);
  });

  it("throws a one-line error for a missing sheet or no header", () => {
    const a = sheet("Kommun", [
      ["Namn", "Kostnad"],
      ["A", 1],
    ]);
    const b = sheet("Logikmodell", [["Syfte"]]);
    expect(() => importUnitCosts([a, b], { lang: "en", sheet: "Finsam" })).toThrow(
      new UnitCostImportError(
        "noSheet",
        "no sheet named “Finsam”; the sheets are “Kommun”, “Logikmodell”"
      )
    );
    expect(() => importUnitCosts([a, b], { lang: "sv", sheet: "Logikmodell" })).toThrow(
      /ingen tabell med enhetskostnader i bladet ”Logikmodell”/
    );
    expect(() => importUnitCosts([b], { lang: "en" })).toThrow(
      /^no unit-cost table: no sheet has a header row \(within the first 30 rows\)/
    );
    expect(() => importUnitCosts([], { lang: "en" })).toThrow(UnitCostImportError);
  });
});

describe("personal identity numbers", () => {
  // Valid numbers (Luhn): Skatteverket's example and a samordningsnummer.
  const PNR = "811218-9876";
  const PNR12 = 198112189876;
  const SAMORDNING = "8112789873"; // day 18 + 60
  const SECRET = ["8112189876", "811218", "9876", "811278", "9873"];

  const grids = (): SheetGrid[] => [
    sheet("Kostnader", [
      [`Upprättad av ${PNR}`], // 1, above the header
      ["Namn", "Kostnad", "Källa", "Id"], // 2
      [`Placering ${PNR}`, 6200, "SKR", null], // 3: in the name
      ["HVB", 6200, `Handläggare ${SAMORDNING}`, PNR12], // 4: in the source and id
      ["Jourhem", PNR, "SKR", null], // 5: as the cost (text)
      ["Familjehem", PNR12, "SKR", null], // 6: as the cost (number)
      ["Kontaktfamilj", `ca ${PNR}`, "SKR", null], // 7: inside a cost text
      [`Not: se ${PNR}`], // 8: in a note
    ]),
    sheet("Utan tabell", [["Klient", PNR]]),
  ];

  it("warns with sheet and row and never repeats the digits, in either language", () => {
    for (const lang of ["sv", "en"] as const) {
      const r = report(grids(), lang);
      expect(
        r.warnings
          .filter((w) => /personnummer|personal identity/.test(w.message))
          .map((w) => [w.sheet, w.row])
      ).toEqual([
        ["Kostnader", 1],
        ["Kostnader", 3],
        ["Kostnader", 4],
        ["Kostnader", 5],
        ["Kostnader", 6],
        ["Kostnader", 7],
        ["Kostnader", 8],
        ["Utan tabell", 1],
      ]);
      const text = JSON.stringify(r);
      for (const digits of SECRET) expect(text).not.toContain(digits);
    }
  });

  it("masks the number in imported texts and rejects a cost that is one", () => {
    const r = report(grids(), "en");
    expect(r.items.map((i) => [i.row, i.name, i.source, i.id])).toEqual([
      [3, "Placering [ID number removed]", "SKR", null],
      [4, "HVB", "Handläggare [ID number removed]", "[ID number removed]"],
    ]);
    expect(r.rejected).toEqual([
      {
        sheet: "Kostnader",
        row: 5,
        reason: "the cost cell holds a personal identity number, not an amount",
      },
      {
        sheet: "Kostnader",
        row: 6,
        reason: "the cost cell holds a personal identity number, not an amount",
      },
      {
        sheet: "Kostnader",
        row: 7,
        reason: "the cost cell holds a personal identity number, not an amount",
      },
    ]);
    expect(r.warnings[1]).toEqual({
      sheet: "Kostnader",
      row: 3,
      message:
        "a personal identity number (personnummer or samordningsnummer) in column A; it is not repeated in any output: remove it from the workbook",
    });
  });

  it("keeps the digits out of the errors too", () => {
    const only = [sheet(`Blad ${PNR}`, [["Klient", PNR]])];
    for (const name of [undefined, `Blad ${PNR}`, "Saknas"]) {
      try {
        importUnitCosts(only, { lang: "en", sheet: name });
        throw new Error("expected an error");
      } catch (e) {
        expect(e).toBeInstanceOf(UnitCostImportError);
        for (const digits of SECRET) expect((e as Error).message).not.toContain(digits);
      }
    }
  });
});

describe("every row below the header is accounted for", () => {
  const rowKinds: fc.Arbitrary<GridCell[]>[] = [
    fc.constant([]),
    fc.constant(["", null, " "]),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 1e6 }))
      .map(([n, c]) => [`x${n}`, c, "kr/dygn"]),
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom(
          "6 200 kr",
          "1,500",
          "2,5",
          "1.234,56",
          "-",
          "..",
          "okänt",
          "",
          "1 tkr",
          "#N/A"
        )
      )
      .map(([n, c]) => [`y${n}`, c, "kr"]),
    fc.constantFrom<GridCell[]>(
      ["Skola"],
      ["Skola", "Skola", "Skola"],
      ["Summa", null, 100],
      ["Not: fiktivt"],
      ["Källa: SKR"],
      [null, "ensam"]
    ),
    fc.constant([{ error: "#DIV/0!" }, { error: "#DIV/0!" }]),
    fc.constant([null, 500]),
  ];

  it("as imported, rejected or skipped, once, whatever the rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(...rowKinds), { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 45 }), { maxLength: 5 }),
        (rows, hidden) => {
          const grids = [sheet("S", [["Titel"], ["Namn", "Kostnad", "Enhet"], ...rows], hidden)];
          const r = report(grids);
          expectAllAccounted(grids, r);
          // Nothing that was not an amount came out as one.
          for (const item of r.items) expect(Number.isFinite(item.cost)).toBe(true);
        }
      )
    );
  });
});

describe("notes inside the table", () => {
  it("skips a row starting with a note word and a mark, with or without more text, when it has no amount", () => {
    const r = report([
      sheet("S", [
        ["Namn", "Kostnad", "Källa"],
        ["Anmärkning: ny taxa", null, "SKR"],
        ["HVB", 6200, "SKR"],
        ["Obs!", null, "se nedan"],
        ["Kommentar", null, "reviderad"],
        ["Obsplats", null, "SKR"],
        ["Familjehem", 1300, "SKR"],
      ]),
    ]);
    expect(skippedAs(r)).toEqual({ 2: "note", 4: "note", 5: "note" });
    expect(rowsOf(r, "rejected")).toEqual([6]);
  });

  it("names every column of a row holding personal identity numbers", () => {
    const r = report(
      [
        sheet("S", [
          ["Namn", "Kostnad"],
          ["8112189876", 1, "811218-9876"],
        ]),
      ],
      "sv"
    );
    expect(r.warnings[0].message).toMatch(
      /^ett personnummer eller samordningsnummer i kolumnerna A, C;/
    );
  });
});
