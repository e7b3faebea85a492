import { IMPORT_MESSAGES, formatAmount, importText } from "../../src/i18n/import";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("importer messages", () => {
  it("have the same keys and placeholders in Swedish and English", () => {
    expect(Object.keys(IMPORT_MESSAGES.sv).sort()).toEqual(Object.keys(IMPORT_MESSAGES.en).sort());
    for (const key of Object.keys(IMPORT_MESSAGES.en) as (keyof typeof IMPORT_MESSAGES.en)[]) {
      expect([key, placeholders(IMPORT_MESSAGES.sv[key])]).toEqual([
        key,
        placeholders(IMPORT_MESSAGES.en[key]),
      ]);
    }
  });

  it("fills in placeholders and leaves unknown ones visible", () => {
    expect(importText("sv", "costText", { text: "ca 500" })).toBe(
      "kostnaden ”ca 500” är inte ett tal"
    );
    expect(importText("en", "costText")).toBe("the cost “{text}” is not a number");
  });

  it("writes amounts as each language does", () => {
    expect(formatAmount(1234567.5, "sv")).toBe("1 234 567,5");
    expect(formatAmount(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatAmount(-1200, "sv")).toBe("−1 200");
    expect(formatAmount(12, "en")).toBe("12");
  });
});
