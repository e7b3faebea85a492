import { MESSAGES } from "../../src/i18n/messages";
import { langOf } from "../../src/i18n/lang";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("error messages", () => {
  it("have the same keys and placeholders in Swedish and English", () => {
    expect(Object.keys(MESSAGES.sv).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect([key, placeholders(MESSAGES.sv[key])]).toEqual([key, placeholders(MESSAGES.en[key])]);
    }
  });

  it("picks Swedish for any Swedish display language and English otherwise", () => {
    expect(["sv-SE", "sv-FI", "SV", "sv"].map(langOf)).toEqual(["sv", "sv", "sv", "sv"]);
    expect(["en-US", "de-DE", "", undefined, null, "svx"].map(langOf)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});
