import fc from "fast-check";
import { columnLetters } from "../../src/core/cells";
import {
  calledFunctions,
  columnNumber,
  engineFormula,
  engineFunctionName,
  shiftFormula,
  tokenize,
} from "../../src/engine/formula";

describe("shiftFormula (shared formulas moved to a clone's cell)", () => {
  it("moves relative references and keeps absolute ones", () => {
    expect(shiftFormula("A1+$B$1+$C1+D$1", 2, 1)).toBe("B3+$B$1+$C3+E$1");
  });

  it("moves ranges, whole columns and whole rows", () => {
    expect(shiftFormula("SUM(A1:B2)+SUM(C:C)+SUM(3:4)+SUM($D:$D)", 1, 1)).toBe(
      "SUM(B2:C3)+SUM(D:D)+SUM(4:5)+SUM($D:$D)"
    );
  });

  it("leaves text, quoted sheet names, function names and structured references alone", () => {
    expect(shiftFormula(`"A1"&'B2 x'!C3&LOG10(A1)&Tabell1[Kostnad]`, 1, 0)).toBe(
      `"A1"&'B2 x'!C4&LOG10(A2)&Tabell1[Kostnad]`
    );
    expect(shiftFormula(`'O''Brien'!A1+Blad2!B2`, 0, 1)).toBe(`'O''Brien'!B1+Blad2!C2`);
  });

  it("gives #REF! for a reference moved off the sheet, as Excel does", () => {
    expect(shiftFormula("A1+B2", -1, 0)).toBe("#REF!+B1");
  });

  it("leaves names that only look like cells beyond column XFD alone", () => {
    expect(shiftFormula("XYZ1*2", 1, 1)).toBe("XYZ1*2");
  });

  it("moving there and back is the identity", () => {
    const ref = fc
      .tuple(
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5000 })
      )
      .map(([ac, c, ar, r]) => `${ac ? "$" : ""}${columnLetters(c)}${ar ? "$" : ""}${r}`);
    const formula = fc
      .array(ref, { minLength: 1, maxLength: 5 })
      .map((refs) => `SUM(${refs.join(",")})*"A1"`);
    fc.assert(
      fc.property(
        formula,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (f, dr, dc) => {
          expect(shiftFormula(shiftFormula(f, dr, dc), -dr, -dc)).toBe(f);
        }
      )
    );
  });
});

describe("engine spelling", () => {
  it("drops the file's prefixes for newer functions", () => {
    expect(engineFormula("_xlfn.STDEV.S(A1:A3)+_xlfn._xlws.SORT(B1:B2)")).toBe(
      "STDEV.S(A1:A3)+SORT(B1:B2)"
    );
  });

  it("reads an add-in function as Excel saves it (_xldudf_SI_CBA) as SI.CBA", () => {
    expect(engineFunctionName("_xldudf_SI_CBA")).toBe("SI.CBA");
    expect(engineFunctionName("_xldudf_OTHER_THING")).toBe("_XLDUDF_OTHER_THING");
  });

  it("writes exponents with a small e, the only spelling HyperFormula parses", () => {
    expect(engineFormula("1.5E+3*E3+2E-2")).toBe("1.5e+3*E3+2e-2");
  });

  it("leaves text untouched", () => {
    expect(engineFormula(`"_xlfn.X(1E3)"&_xlfn.CONCAT("a")`)).toBe(`"_xlfn.X(1E3)"&CONCAT("a")`);
  });
});

describe("calledFunctions", () => {
  it("lists each function once, in engine spelling", () => {
    expect(
      calledFunctions(`ROUND(SI.CBA(A1:C1,A2:C2),2)+ROUND(_xlfn.IFS(TRUE,1),0)&"SUM(1)"`)
    ).toEqual(["ROUND", "SI.CBA", "IFS"]);
  });
});

describe("tokenize", () => {
  it("keeps every character", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(
          tokenize(s)
            .map((t) => t.text)
            .join("")
        ).toBe(s);
      })
    );
  });

  it("knows error literals, strings and nested brackets", () => {
    const kinds = tokenize(`#N/A&"x""y"&T[[#This Row],[A]]`).map((t) => t.kind);
    expect(kinds).toEqual(["error", "other", "string", "other", "word", "bracket"]);
  });
});

describe("column letters", () => {
  it("round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (n) =>
        expect(columnNumber(columnLetters(n))).toBe(n)
      )
    );
    expect(columnLetters(16384)).toBe("XFD");
  });
});
