/** Structured references → A1 references, as a pure text translation. */
import {
  FormulaAt,
  TableDef,
  parseSpecifier,
  resolveStructured,
  sheetPrefix,
  thisRowForDisplay,
  thisRowForFile,
} from "../../src/engine/structured";

/** Header in row 10, data in rows 11–14, totals in row 15; columns A–E. */
const POSTER: TableDef = {
  name: "Poster",
  sheet: "Kalkyl",
  ref: "A10:E15",
  headerRows: 1,
  totalsRows: 1,
  columns: ["Id", "Före", "Efter (kr/år)", "Aktör / Part – [2024]", "Belopp"],
};
/** No header row, no totals row: data in C3:D4 of a sheet whose name needs quotes. */
const BARE: TableDef = {
  name: "Bar",
  sheet: "Min 'data'",
  ref: "C3:D4",
  headerRows: 0,
  totalsRows: 0,
  columns: ["X", "Y"],
};
const TABLES = [POSTER, BARE];

const IN_TABLE: FormulaAt = { sheet: "Kalkyl", row: 12, col: 3 };
const BELOW: FormulaAt = { sheet: "Kalkyl", row: 20, col: 1 };

function at(where: FormulaAt, formula: string): string {
  return resolveStructured(formula, where, TABLES);
}

describe("resolveStructured: the forms of a reference", () => {
  it.each([
    ["Poster[Belopp]", "$E$11:$E$14"],
    ["Poster[[Belopp]]", "$E$11:$E$14"],
    ["Poster[]", "$A$11:$E$14"],
    ["Poster[#Data]", "$A$11:$E$14"],
    ["Poster[#All]", "$A$10:$E$15"],
    ["Poster[#Headers]", "$A$10:$E$10"],
    ["Poster[#Totals]", "$A$15:$E$15"],
    ["Poster[[#All],[Före]]", "$B$10:$B$15"],
    ["Poster[[#Headers],[Före]]", "$B$10"],
    ["Poster[[#Data],[Före]]", "$B$11:$B$14"],
    ["Poster[[#Totals],[Före]]", "$B$15"],
    ["Poster[[#Headers],[#Data],[Före]]", "$B$10:$B$14"],
    ["Poster[[#Data],[#Totals],[Före]]", "$B$11:$B$15"],
    ["Poster[[Före]:[Belopp]]", "$B$11:$E$14"],
    ["Poster[[Belopp]:[Före]]", "$B$11:$E$14"],
    ["Poster[[#All],[Id]:[Före]]", "$A$10:$B$15"],
  ])("%s is %s", (formula, expected) => {
    expect(at(BELOW, formula)).toBe(expected);
  });

  it.each([
    ["Poster[[#This Row],[Före]]", "$B$12"],
    ["Poster[@Före]", "$B$12"],
    ["Poster[@[Efter (kr/år)]]", "$C$12"],
    ["Poster[@]", "$A$12:$E$12"],
    ["Poster[#This Row]", "$A$12:$E$12"],
    ["Poster[[#This Row],[Före]:[Belopp]]", "$B$12:$E$12"],
    ["Poster[@[Före]:[Belopp]]", "$B$12:$E$12"],
    ["[@Belopp]", "$E$12"],
    ["[@[Efter (kr/år)]]", "$C$12"],
    ["[Belopp]", "$E$11:$E$14"],
    ["[[#This Row],[Id]]", "$A$12"],
  ])("in the table's row 12, %s is %s", (formula, expected) => {
    expect(at(IN_TABLE, formula)).toBe(expected);
  });

  it("reads names case-insensitively, with spaces, parentheses, /, –, Swedish letters", () => {
    expect(at(BELOW, "POSTER[före]")).toBe("$B$11:$B$14");
    expect(at(BELOW, "poster[[EFTER (KR/ÅR)]]")).toBe("$C$11:$C$14");
    expect(at(BELOW, "Poster[[#this row],[Före]]")).toBe("#REF!");
    expect(at(BELOW, "Poster[ [#All] , [Före] ]")).toBe("$B$10:$B$15");
  });

  it("undoes the apostrophe escapes of brackets, # and apostrophes", () => {
    expect(at(BELOW, "Poster[Aktör / Part – '[2024']]")).toBe("$D$11:$D$14");
    expect(at(BELOW, "Poster[[Aktör / Part – '[2024']]]")).toBe("$D$11:$D$14");
    const odd: TableDef = { ...BARE, sheet: "Kalkyl", columns: ["#Antal", "Kund's"] };
    const tables = [{ ...odd, name: "Odd" }];
    expect(resolveStructured("Odd['#Antal]+Odd[[Kund''s]]", BELOW, tables)).toBe(
      "$C$3:$C$4+$D$3:$D$4"
    );
  });

  it("gives #REF! for this row outside the table's data rows, and for absent parts", () => {
    expect(at({ ...IN_TABLE, row: 10 }, "Poster[@Före]")).toBe("#REF!"); // the header row
    expect(at({ ...IN_TABLE, row: 15 }, "Poster[@Före]")).toBe("#REF!"); // the totals row
    expect(at(BELOW, "SUM(Poster[@Före])")).toBe("SUM(#REF!)");
    expect(at(BELOW, "Bar[#Headers]")).toBe("#REF!");
    expect(at(BELOW, "Bar[[#Totals],[X]]")).toBe("#REF!");
  });

  it("takes this row as the formula's row number on another sheet", () => {
    expect(at({ sheet: "Annat", row: 4, col: 1 }, "Bar[@Y]")).toBe("'Min ''data'''!$D$4");
    expect(at({ sheet: "Annat", row: 5, col: 1 }, "Bar[@Y]")).toBe("#REF!");
  });
});

describe("resolveStructured: in formulas", () => {
  it("prefixes another sheet's table with the sheet, quoted when need be", () => {
    expect(at(BELOW, "SUM(Bar[X])")).toBe("SUM('Min ''data'''!$C$3:$C$4)");
    expect(at({ sheet: "Min 'data'", row: 9, col: 9 }, "SUM(Bar[X])")).toBe("SUM($C$3:$C$4)");
    expect(at({ sheet: "Blad2", row: 1, col: 1 }, "Poster[#All]")).toBe("Kalkyl!$A$10:$E$15");
    expect(sheetPrefix("Blad 1")).toBe("'Blad 1'!");
    expect(sheetPrefix("AB12")).toBe("'AB12'!");
    expect(sheetPrefix("R1C1")).toBe("'R1C1'!");
    expect(sheetPrefix("Blad_1")).toBe("Blad_1!");
  });

  it("tells two this-row references apart, and what is around them", () => {
    expect(at(IN_TABLE, "Poster[[#This Row],[Före]]+Poster[[#This Row],[Belopp]]")).toBe(
      "$B$12+$E$12"
    );
    expect(
      at(IN_TABLE, "SI.EFFECT(Poster[[#This Row],[Före]], Poster[[#This Row],[Efter (kr/år)]])")
    ).toBe("SI.EFFECT($B$12, $C$12)");
    expect(at(BELOW, 'SI.CBATABLE(Poster[#All],0.035,,"actors")')).toBe(
      'SI.CBATABLE($A$10:$E$15,0.035,,"actors")'
    );
  });

  it("leaves string literals, unknown tables and columns, and other workbooks as they are", () => {
    expect(at(BELOW, '"Poster[Belopp]"&Poster[Id]')).toBe('"Poster[Belopp]"&$A$11:$A$14');
    expect(at(BELOW, "SUM(Okänd[Belopp])")).toBe("SUM(Okänd[Belopp])");
    expect(at(BELOW, "SUM(Poster[Okänd])+Poster[Id]")).toBe("SUM(Poster[Okänd])+$A$11:$A$14");
    expect(at(BELOW, "[1]Blad1!A1+[2]!Namn")).toBe("[1]Blad1!A1+[2]!Namn");
    expect(at(BELOW, "Bok.xlsx!Poster[Id]")).toBe("Bok.xlsx!Poster[Id]");
    // Unqualified references belong to the table the formula is in; outside every table, none.
    expect(at(BELOW, "[@Belopp]")).toBe("[@Belopp]");
  });

  it("leaves combinations Excel refuses, and this row in a defined name, as they are", () => {
    for (const f of [
      "Poster[[#All],[#Data]]",
      "Poster[[#Headers],[#Totals]]",
      "Poster[[Id],[Före]]",
      "Poster[@#All]",
      "Poster[[#This Row],[#Data]]",
      "Poster[[Id]:[#Data]]",
      "Poster[[Id]:]",
      "Poster[#Nonsense]",
      "Poster[[Id]",
    ])
      expect(at(IN_TABLE, f)).toBe(f);
    expect(resolveStructured("Poster[@Före]", undefined, TABLES)).toBe("Poster[@Före]");
    expect(resolveStructured("Poster[Före]", undefined, TABLES)).toBe("Kalkyl!$B$11:$B$14");
  });

  it("reads a bare table name as its data body, but not a sheet or function of that name", () => {
    expect(at(BELOW, "SUM(Poster)+ROWS(poster)")).toBe("SUM($A$11:$E$14)+ROWS($A$11:$E$14)");
    expect(at(BELOW, "Poster!A1+Poster(1)+Blad!Poster")).toBe("Poster!A1+Poster(1)+Blad!Poster");
    expect(at(BELOW, '"Poster"&Bar')).toBe(`"Poster"&'Min ''data'''!$C$3:$D$4`);
  });

  it("does nothing without tables or references to them", () => {
    expect(resolveStructured("Poster[Före]", BELOW, [])).toBe("Poster[Före]");
    expect(resolveStructured("SUM(A1:B2)", BELOW, TABLES)).toBe("SUM(A1:B2)");
  });
});

describe("parseSpecifier", () => {
  it("reads special items and a column span", () => {
    expect(parseSpecifier("[[#This Row],[A]:[B]]")).toEqual({
      items: ["#THIS ROW"],
      columns: ["A", "B"],
    });
    expect(parseSpecifier("[@]")).toEqual({ items: ["#THIS ROW"] });
    expect(parseSpecifier("[]")).toEqual({ items: [] });
  });
});

describe("thisRowForFile: the file's spelling of [@Col]", () => {
  it.each([
    ["=Poster[@Belopp]*2", "=Poster[[#This Row],[Belopp]]*2"],
    ["=[@Belopp]*[@[Före]]", "=Poster[[#This Row],[Belopp]]*Poster[[#This Row],[Före]]"],
    ["=SUM(Poster[@[Id]:[Före]])", "=SUM(Poster[[#This Row],[Id]:[Före]])"],
    ["=ROWS(Poster[@])", "=ROWS(Poster[#This Row])"],
    ['="[@Belopp]"&Poster[Belopp]', '="[@Belopp]"&Poster[Belopp]'],
    ["=Poster[[#This Row],[Belopp]]", "=Poster[[#This Row],[Belopp]]"],
  ])("%s → %s, which resolves to the same cells", (shown, file) => {
    expect(thisRowForFile(shown, "Poster")).toBe(file);
    expect(at(IN_TABLE, file)).toBe(at(IN_TABLE, shown));
    expect(at(IN_TABLE, file).replace(/"[^"]*"/g, "")).not.toMatch(/\[/);
  });

  it("leaves [@Col] alone outside any table (nothing to name), and formulas without it untouched", () => {
    expect(thisRowForFile("=[@Belopp]")).toBe("=[@Belopp]");
    expect(thisRowForFile("=A1*2", "Poster")).toBe("=A1*2");
  });
});

describe("thisRowForDisplay: the file's [[#This Row],[Col]] as Excel shows it", () => {
  it.each([
    ["=Poster[[#This Row],[Belopp]]*2", "Poster", "=[@Belopp]*2"],
    ["=Poster[[#This Row],[Belopp]]*2", undefined, "=Poster[@Belopp]*2"],
    ["=Poster[[#This Row],[Antal år]]", "Poster", "=[@[Antal år]]"],
    ["=SUM(Poster[[#This Row],[Id]:[Före]])", "Poster", "=SUM([@[Id]:[Före]])"],
    ["=ROWS(Poster[#This Row])", "Poster", "=ROWS([@])"],
    ["=Bar[[#This Row],[X]]+Poster[Belopp]", "Poster", "=Bar[@X]+Poster[Belopp]"],
    ['="Poster[[#This Row],[X]]"', "Poster", '="Poster[[#This Row],[X]]"'],
  ])("%s in %s → %s, and back to the file's spelling", (file, table, shown) => {
    expect(thisRowForDisplay(file, table)).toBe(shown);
    expect(thisRowForFile(shown, table)).toBe(file);
  });
});
