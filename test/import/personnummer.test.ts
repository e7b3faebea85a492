import fc from "fast-check";
import { checkDigit, personalNumber } from "../helpers/personnummer";
import {
  cellHasPersonalNumber,
  findPersonalNumbers,
  luhnValid,
  maskPersonalNumbers,
  personalNumberKind,
} from "../../src/import/personnummer";

const personal = personalNumber;

describe("personal identity numbers", () => {
  it("checks the Luhn digit over the ten-digit form", () => {
    expect(luhnValid("8112189876")).toBe(true); // Skatteverket's example
    expect(luhnValid("8112189875")).toBe(false);
  });

  it("knows personnummer from samordningsnummer and rejects impossible dates", () => {
    expect(personalNumberKind("811218", "9876")).toBe("personnummer");
    expect(personalNumberKind("19811218", "9876")).toBe("personnummer");
    const nine = "811278987";
    expect(personalNumberKind("811278", `987${checkDigit(nine)}`)).toBe("samordningsnummer");
    expect(personalNumberKind("811318", "9876")).toBeUndefined(); // month 13
    expect(personalNumberKind("16811218", "9876")).toBeUndefined(); // century 16
    const feb29 = `000229123${checkDigit("000229123")}`;
    expect(personalNumberKind("000229", feb29.slice(6))).toBe("personnummer");
    expect(personalNumberKind("20000229", feb29.slice(6))).toBe("personnummer"); // 2000 is a leap year
    const feb29b = `010229123${checkDigit("010229123")}`;
    expect(personalNumberKind("20010229", feb29b.slice(6))).toBeUndefined();
  });

  it("finds every written form in a text, and masks it", () => {
    fc.assert(
      fc.property(
        personal,
        fc.constantFrom("-", "+", ""),
        fc.boolean(),
        fc.constantFrom("", "Kund ", "nr: "),
        (p, sep, long, before) => {
          const written = `${long ? p.century : ""}${p.yymmdd}${sep}${p.last4}`;
          const text = `${before}${written} (placering)`;
          expect(findPersonalNumbers(text)).toHaveLength(1);
          const masked = maskPersonalNumbers(text, "[X]");
          expect(masked).toBe(`${before}[X] (placering)`);
          expect(masked).not.toContain(p.last4);
          expect(cellHasPersonalNumber(text)).toBe(true);
        }
      )
    );
  });

  it("finds the digits of a number cell", () => {
    expect(cellHasPersonalNumber(8112189876)).toBe(true);
    expect(cellHasPersonalNumber(198112189876)).toBe(true);
    expect(cellHasPersonalNumber(8112189875)).toBe(false);
    expect(cellHasPersonalNumber(6200)).toBe(false);
    expect(cellHasPersonalNumber(8112189876.5)).toBe(false);
    expect(cellHasPersonalNumber(null)).toBe(false);
  });

  it("leaves amounts, years and longer digit runs alone", () => {
    for (const text of [
      "105 000",
      "2015",
      "1 500 000 kr",
      "81121898760",
      "18112189876",
      "811218 9876",
    ]) {
      expect([text, findPersonalNumbers(text).length]).toEqual([text, 0]);
    }
    expect(findPersonalNumbers("x8112189876y")).toHaveLength(1);
  });
});
