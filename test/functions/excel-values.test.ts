import { findFunction } from "../../src/catalog";
import { excelFunction, toArg } from "../../src/functions/excel-values";
import { FakeExcelError, makeError } from "../helpers/fake-excel-error";

function excel(id: string, lang: "sv" | "en" = "en") {
  const spec = findFunction(id);
  if (!spec) throw new Error(id);
  return excelFunction(spec, () => lang, makeError);
}

describe("the Excel wrapper", () => {
  it("returns a 1×1 matrix from a spilling function and a plain value from a scalar one", () => {
    expect(excel("EFFECT")([[100]], [[70]], [[100]], [[88]], null)).toEqual([
      [expect.closeTo(-0.18, 12)],
    ]);
    expect(
      excel("SCALECOST")([[1200]], [[0]], [[1]], [[500000]], [[600]], [[1500000]], null, null)
    ).toBe(3_500_000);
  });

  it("treats null, undefined and empty text as omitted or blank, as Excel passes them", () => {
    const cba = excel("CBA");
    const ref = cba([[100, 0, 0]], [[0, 60, 60]], [[0.035]], [["bcr"]], [[0]]);
    expect(cba([[100, "", null]], [[null, 60, 60]], null, [["bcr"]], undefined)).toEqual(ref);
    expect(cba([[100, 0, 0]], [[0, 60, 60]], [[""]], [["bcr"]])).toEqual(ref);
  });

  it("names the argument in the display language in #VALUE! messages", () => {
    const en = excel("CBA", "en")([[1, "x"]], [[1, 2]], null, null, null) as FakeExcelError[][];
    expect(en[0][0]).toEqual(new FakeExcelError("#VALUE!", "costs: cell 2 is not a number"));
    const sv = excel("CBA", "sv")([[1, "x"]], [[1, 2]], null, null, null) as FakeExcelError[][];
    expect(sv[0][0]).toEqual(new FakeExcelError("#VALUE!", "kostnader: cell 2 är inte ett tal"));
    const measure = excel("CBA", "sv")([[1]], [[2]], null, [["nvp"]], null) as FakeExcelError[][];
    expect(measure[0][0].message).toMatch(/^mått: okänt val ”nvp”/);
  });

  it("gives #N/A with a message and #NUM!/#DIV/0! without one, as Excel allows", () => {
    const na = excel("CBA")([[100, 0]], [[0, 10]], null, [["payback"]], null) as FakeExcelError[][];
    expect(na[0][0].code).toBe("#N/A");
    expect(na[0][0].message).toMatch(/does not pay back within the 2 years/);
    const num = excel("CBA")([[1]], [[1]], [[-2]], null, null) as FakeExcelError[][];
    expect(num[0][0]).toEqual(new FakeExcelError("#NUM!", undefined));
    const div = excel("EFFECT")([[0]], [[1]], null, null, null) as FakeExcelError[][];
    expect(div[0][0]).toEqual(new FakeExcelError("#DIV/0!", undefined));
  });

  it("passes an error arriving in an argument on, turning codes Excel cannot return into #VALUE!", () => {
    const out = excel("CBA")(
      [[1, { code: "#REF!", message: "" }]],
      [[1, 2]],
      null,
      null,
      null
    ) as FakeExcelError[][];
    expect(out[0][0].code).toBe("#VALUE!");
    const na = excel("NETBENEFIT")(
      [[{ code: "#N/A", message: "missing data" }]],
      null,
      null,
      null,
      null
    );
    expect(na).toEqual([[new FakeExcelError("#N/A", "missing data")]]);
  });

  it("turns an unexpected exception into #VALUE! instead of letting it escape", () => {
    const spec = {
      ...findFunction("VERSION")!,
      invoke: () => {
        throw new TypeError("boom");
      },
    };
    const fn = excelFunction(spec, () => "en", makeError);
    expect(fn()).toEqual(new FakeExcelError("#VALUE!", "SI.VERSION: boom"));
  });

  it("converts Excel matrices cell by cell", () => {
    expect(toArg([[1, "a", true, null, ""]])).toEqual([[1, "a", true, null, ""]]);
    expect(toArg(null)).toBeUndefined();
    expect(toArg(5)).toBe(5);
  });
});
