/** @jest-environment jsdom */
/**
 * How the grid shows values, decided: as Excel does, in the user's locale (the browser's, as
 * Excel uses the computer's regional settings). A number format is Excel's invariant code
 * ("#,##0", "0.0%"), shown with the locale's separators: Swedish "1 234 568" and "12,3%",
 * American "1,234,568" and "12.3%". The references are Intl's formatting and the calendar, not the
 * formatter under test.
 */
import { act } from "@testing-library/react";
import { playgroundStrings } from "../../src/i18n/playground";
import type { CellInput } from "../../src/playground/model";
import { digitsThatFit, fitGeneral } from "../../src/playground/ui/display";
import { renderPage, type Rendered } from "./ui-helpers";

function put(page: Rendered, values: CellInput[][], formats?: string[][]): void {
  act(() => {
    page.model.setInputs(page.sheetId, 0, 0, values);
    if (formats) page.model.setNumberFormats(page.sheetId, 0, 0, formats);
  });
}

const grouped = (locale: string, n: number, decimals = 0) =>
  new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);

/** Excel's day 45000: days counted from 1899-12-30 (the 1900 system with its leap-year bug). */
const isoDay = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

describe.each([
  ["sv", "sv-SE"],
  ["en", "en-US"],
] as const)("numbers in %s (%s)", (lang, locale) => {
  it("formats by the cell's number format with the locale's separators", () => {
    const page = renderPage(lang, locale);
    put(
      page,
      [[1234567.891, 0.1234, 45000, 1234567.891, -0.5, 1234.5]],
      [["#,##0", "0.0%", "yyyy-mm-dd", '#,##0 "kr"', "0.00", "General"]]
    );
    const decimal = grouped(locale, 1.5, 1).charAt(1);
    expect(page.cellAt("A1").textContent).toBe(grouped(locale, 1234567.891));
    expect(page.cellAt("B1").textContent).toBe(`12${decimal}3%`);
    expect(page.cellAt("C1").textContent).toBe(isoDay(45000));
    expect(page.cellAt("D1").textContent).toBe(`${grouped(locale, 1234567.891)} kr`);
    expect(page.cellAt("E1").textContent).toBe(`-0${decimal}50`);
    expect(page.cellAt("F1").textContent).toBe(`1234${decimal}5`);
  });

  it("shows booleans in the user's language, errors as Excel spells them with the reason as a tooltip", () => {
    const page = renderPage(lang, locale);
    put(page, [[true, "=1/0", "=SI.CBA({100},{0},-2)"]]);
    expect(page.cellAt("A1").textContent).toBe(playgroundStrings[lang].trueText);
    expect(page.cellAt("B1").textContent).toBe("#DIV/0!");
    expect(page.cellAt("C1").textContent).toBe("#NUM!");
    expect(page.cellAt("C1").getAttribute("title")).toBeTruthy();
  });
});

describe("looks", () => {
  it("draws fills, fonts, alignment, wrapping and merges", () => {
    const page = renderPage("sv", "sv-SE");
    put(page, [["Rubrik", null, 5, "text"]]);
    act(() => {
      page.model.setFormat(
        page.sheetId,
        { top: 0, left: 0, bottom: 0, right: 0 },
        {
          fill: "#DDEBF7",
          bold: true,
          fontColor: "#C00000",
          horizontalAlignment: "Center",
          wrapText: true,
        }
      );
      page.model.merge(page.sheetId, { top: 0, left: 0, bottom: 1, right: 1 }, false);
    });
    const a1 = page.cellAt("A1");
    expect(a1.style.backgroundColor).toBe("rgb(221, 235, 247)");
    expect(a1.style.color).toBe("rgb(192, 0, 0)");
    expect(a1.style.fontWeight).toBe("700");
    expect(a1.style.textAlign).toBe("center");
    expect(a1.className).toContain("wrap");
    expect([a1.getAttribute("rowspan"), a1.getAttribute("colspan")]).toEqual(["2", "2"]);
    expect(document.querySelector('[data-address="B1"]')).toBeNull();
    // General: numbers right, text left, as in Excel.
    expect(page.cellAt("C1").style.textAlign).toBe("right");
    expect(page.cellAt("D1").style.textAlign).toBe("left");
  });

  it("draws the used area and a margin only, at the sheet's column widths", () => {
    const page = renderPage("sv", "sv-SE");
    act(() => {
      page.model.setInputs(page.sheetId, 99, 29, [[1]]);
      page.model.setColumnWidth(page.sheetId, 0, 90);
    });
    // Used area to AD100: 20 rows and 5 columns beyond, at least 50 × 12.
    expect(document.querySelectorAll("tbody tr")).toHaveLength(120);
    expect(document.querySelectorAll("thead th")).toHaveLength(1 + 35);
    // 90 points are 120 pixels.
    expect((document.querySelectorAll("col")[1] as HTMLElement).style.width).toBe("120px");
  });
});

describe("General numbers in a narrow column, as Excel fits them", () => {
  it.each([
    // value, locale, characters that fit, what Excel shows (worked out by hand)
    [7987.681504, "sv-SE", 8, "7987,682"],
    [7987.681504, "sv-SE", 6, "7987,7"],
    [7987.681504, "sv-SE", 5, "7988"],
    [7987.681504, "en-US", 20, "7987.681504"],
    [-0.123456789, "en-US", 6, "-0.123"],
    [1234567890123, "en-US", 8, "1.23E+12"],
    [0.5, "sv-SE", 3, "0,5"],
  ])("%d in %s, %d wide: %s", (value, locale, fit, shown) => {
    expect(fitGeneral(value, locale, fit)).toBe(shown);
  });

  it("counts the digits that fit from the column's pixels, Calibri 11's 7 px a digit", () => {
    // Excel's default column, 64 px: 8 digits after the cell's padding.
    expect(digitsThatFit(64)).toBe(8);
    expect(digitsThatFit(0)).toBe(1);
  });
});
