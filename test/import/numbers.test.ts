import fc from "fast-check";
import {
  DecimalMark,
  amountOf,
  columnDecimalMark,
  parseAmountText,
  readAmountText,
  scaleNumber,
} from "../../src/import/numbers";

const value = (text: string, options?: { decimal?: DecimalMark; exp10?: number }) => {
  const r = parseAmountText(text, options);
  if (r.kind !== "number")
    throw new Error(`${JSON.stringify(text)}: expected a number, got ${r.kind}`);
  return r.value;
};

describe("amounts stored as text", () => {
  it.each([
    ["6200", 6200],
    ["6 200", 6200],
    ["6\u00a0200", 6200], // no-break space
    ["6\u2009200", 6200], // thin space
    ["6\u202f200", 6200], // narrow no-break space (what sv-SE formatting writes)
    ["1 234 567", 1234567],
    ["1 234,50", 1234.5],
    ["1 234.50", 1234.5],
    ["1,5", 1.5],
    ["2.75", 2.75],
    ["0,500", 0.5],
    ["1234,567", 1234.567],
    ["1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["6 200 kr", 6200],
    ["6200kr", 6200],
    ["kr 6 200", 6200],
    ["SEK 6 200", 6200],
    ["6 200 SEK", 6200],
    ["6 200 kronor", 6200],
    ["6 200:-", 6200],
    ["6 200 :-", 6200],
    ["200,-", 200],
    ["8 700¹", 8700],
    ["8 700 kr²³", 8700],
    ["8 700*", 8700],
    ["8 700¹ kr", 8700],
    ["  4 500  ", 4500],
    ["-1 200", -1200],
    ["−1 200", -1200],
    ["–1 200", -1200],
    ["+1 200", 1200],
    ["1 500 tkr", 1_500_000],
    ["1,5 tkr", 1500],
    ["1,5 mnkr", 1_500_000],
    ["1,5 Mkr", 1_500_000],
    ["2 MSEK", 2_000_000],
    ["2 tSEK", 2000],
    ["1,5 milj. kr", 1_500_000],
    ["1,2 mdkr", 1_200_000_000],
    ["Mkr 2", 2_000_000],
  ])("%j is %d kronor", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("applies a column's scale to a text without its own unit, and the cell's own unit over it", () => {
    expect(value("1,5", { exp10: 3 })).toBe(1500);
    expect(value("1 500 kr", { exp10: 3 })).toBe(1500);
    expect(value("2 mnkr", { exp10: 3 })).toBe(2_000_000);
    // Scaled in decimal, not in binary: 1.1 × 1000 would be 1100.0000000000002.
    expect(value("1,1", { exp10: 3 })).toBe(1100);
    expect(scaleNumber(1.1, 3)).toBe(1100);
    expect(scaleNumber(4.35, 6)).toBe(4_350_000);
    expect(scaleNumber(1e-7, 3)).toBe(1e-4);
    expect(scaleNumber(6200, 0)).toBe(6200);
  });

  it.each([["-"], ["–"], ["—"], ["−"], [".."], ["…"], [" - "], ["- kr"]])(
    "%j is a dash (no figure)",
    (text) => {
      expect(parseAmountText(text).kind).toBe("dash");
    }
  );

  it.each([
    ["ca 500"],
    ["500–700"],
    ["12 34"],
    ["1500."],
    ["1,2,3"],
    ["1 tkr kr"],
    ["100 %"],
    ["kr"],
    ["uppgift saknas"],
    ["1 234.567.890"],
    ["1,23.4"],
  ])("%j is text, not an amount", (text) => {
    expect(parseAmountText(text).kind).toBe("text");
  });

  it("reads a blank text as blank", () => {
    expect(parseAmountText("   ").kind).toBe("blank");
    expect(parseAmountText("").kind).toBe("blank");
  });
});

describe("the comma-or-point ambiguity", () => {
  it("leaves a single separator before exactly three digits undecided on its own", () => {
    expect(parseAmountText("1,500")).toEqual({
      kind: "ambiguous",
      decimal: "1,5",
      thousands: "1 500",
    });
    expect(parseAmountText("12.500")).toEqual({
      kind: "ambiguous",
      decimal: "12.5",
      thousands: "12 500",
    });
    expect(parseAmountText("1,234")).toEqual({
      kind: "ambiguous",
      decimal: "1,2340",
      thousands: "1 234",
    });
    expect(parseAmountText("4,000 kr")).toEqual({
      kind: "ambiguous",
      decimal: "4",
      thousands: "4 000",
    });
    expect(parseAmountText("-1,500")).toEqual({
      kind: "ambiguous",
      decimal: "-1,5",
      thousands: "-1 500",
    });
  });

  it("is no ambiguity after a leading 0 or more than three digits", () => {
    expect(value("0,500")).toBe(0.5);
    expect(value("1500,000")).toBe(1500);
  });

  it("follows the decimal sign the column's other texts show", () => {
    expect(value("1,500", { decimal: "," })).toBe(1.5);
    expect(value("1,500", { decimal: "." })).toBe(1500);
    expect(value("1.500", { decimal: "," })).toBe(1500);
    expect(value("1.500", { decimal: "." })).toBe(1.5);
    expect(value("1,500 tkr", { decimal: "." })).toBe(1_500_000);
  });

  it("takes each unambiguous text as a vote for one decimal sign", () => {
    const vote = (t: string) => {
      const r = readAmountText(t);
      return r.kind === "number" ? r.vote : undefined;
    };
    expect(["1,5", "1 234,50", "1.234,56", "1.234.567", "0,500"].map(vote)).toEqual([
      ",",
      ",",
      ",",
      ",",
      ",",
    ]);
    expect(["2.75", "1,234.56", "1,234,567"].map(vote)).toEqual([".", ".", "."]);
    // Space groups and whole numbers say nothing about decimals.
    expect(["1 500", "6200", "6 200 kr"].map(vote)).toEqual([undefined, undefined, undefined]);
  });

  it("decides a column only when every vote agrees", () => {
    expect(columnDecimalMark([",", undefined, ","])).toBe(",");
    expect(columnDecimalMark(["."])).toBe(".");
    expect(columnDecimalMark([",", "."])).toBeUndefined();
    expect(columnDecimalMark([undefined])).toBeUndefined();
    expect(columnDecimalMark([])).toBeUndefined();
  });

  it("leaves amountOf's other readings as they are", () => {
    expect(amountOf({ kind: "dash" }, ",", 0)).toEqual({ kind: "dash" });
  });
});

describe("amounts written every way a table writes them", () => {
  /** An amount in whole öre, written with a grouping and decimal style and a currency word. */
  const styles = [
    { group: " ", decimal: ",", vote: "," },
    { group: "\u00a0", decimal: ",", vote: "," },
    { group: "\u2009", decimal: ",", vote: "," },
    { group: ",", decimal: ".", vote: "." },
    { group: ".", decimal: ",", vote: "," },
    { group: "", decimal: ",", vote: "," },
    { group: "", decimal: ".", vote: "." },
  ] as const;

  function write(ore: number, style: (typeof styles)[number], suffix: string): string {
    const int = Math.floor(ore / 100).toString();
    const frac = (ore % 100).toString().padStart(2, "0");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
    return `${grouped}${style.decimal}${frac}${suffix}`;
  }

  it("reads back the amount, given the decimal sign the column votes for", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.constantFrom(...styles),
        fc.constantFrom("", " kr", "kr", " SEK", "¹", " kr*"),
        (ore, style, suffix) => {
          const text = write(ore, style, suffix);
          const r = readAmountText(text);
          const decided = amountOf(r, style.vote, 0);
          expect(decided).toEqual({
            kind: "number",
            value: Number(`${Math.floor(ore / 100)}.${(ore % 100).toString().padStart(2, "0")}`),
          });
        }
      )
    );
  });

  it("never reads a text with a single separator before three digits without a column decision", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(",", "."),
        (a, b, mark) => {
          const text = `${a}${mark}${b.toString().padStart(3, "0")}`;
          expect(parseAmountText(text).kind).toBe("ambiguous");
        }
      )
    );
  });
});
