import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { toBase64 } from "../../src/share/base64";
import { fileNameOf, withoutExtension } from "../../src/share/source-name";

describe("the source file's name", () => {
  it.each<[string | null | undefined, string | undefined]>([
    ["C:\\Users\\anna\\Dokument\\Kalkyl.xlsx", "Kalkyl.xlsx"],
    ["/Users/anna/Documents/Sociala investeringar/Kalkyl v2.xlsx", "Kalkyl v2.xlsx"],
    [
      "https://contoso-my.sharepoint.com/personal/anna_contoso_se/Documents/Kalkyl%20%C3%A4ldre.xlsx?web=1#x",
      "Kalkyl äldre.xlsx",
    ],
    ["https://d.docs.live.net/0123abcd/Kalkyl.xlsx", "Kalkyl.xlsx"],
    ["\\\\server\\delat\\100%25 kalkyl.xlsx", "100%25 kalkyl.xlsx"],
    ["https://example.se/bad%E0%A4name.xlsx", "bad%E0%A4name.xlsx"],
    ["Bok1", "Bok1"],
    ["", undefined],
    ["https://contoso.sharepoint.com/sites/SI/", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("of %j is %j, never the folders", (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });

  it("loses its extension for the download's name", () => {
    expect(withoutExtension("Kalkyl v2.xlsx")).toBe("Kalkyl v2");
    expect(withoutExtension("Makron.XLSM")).toBe("Makron");
    expect(withoutExtension("Bok1")).toBe("Bok1");
    expect(withoutExtension(".xlsx")).toBe(".xlsx");
  });
});

describe("Base64 for Excel.createWorkbook", () => {
  it("matches Node's encoder for small and multi-chunk inputs", () => {
    for (const n of [0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 * 3 + 7]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});

describe("src/share", () => {
  it("is safe in the browser: it imports no Node module, directly or through the engine's zip", () => {
    const dir = path.join(__dirname, "../../src/share");
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), "utf8");
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      expect([
        file,
        imports.filter((i) => /^node:|^(fs|path|zlib|os)$|engine\/(zip|xlsx)/.test(i)),
      ]).toEqual([file, []]);
    }
  });
});
