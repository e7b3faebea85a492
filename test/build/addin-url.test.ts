import { readFileSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module shared with webpack.config.js
const { addinUrl, manifestFor } = require("../../scripts/addin-url") as {
  addinUrl: (
    env: Record<string, string> | undefined,
    processEnv: Record<string, string | undefined>
  ) => string;
  manifestFor: (xml: string, url: string) => string;
};

const root = join(__dirname, "..", "..");

describe("pointing a production build at another host", () => {
  it("uses --env ADDIN_URL, then the ADDIN_URL variable, then localhost, always ending in /", () => {
    expect(addinUrl({ ADDIN_URL: "https://si.example.se/kalkyl" }, {})).toBe(
      "https://si.example.se/kalkyl/"
    );
    expect(addinUrl(undefined, { ADDIN_URL: "https://x.example.se/" })).toBe(
      "https://x.example.se/"
    );
    expect(addinUrl(undefined, {})).toBe("https://localhost:3000/");
  });

  it("refuses a non-https host", () => {
    expect(() => addinUrl({ ADDIN_URL: "http://si.example.se/" }, {})).toThrow(/https/);
  });

  it("rewrites every URL of the manifest and nothing else", () => {
    const xml = readFileSync(join(root, "manifest.xml"), "utf8");
    const out = manifestFor(xml, "https://si.example.se/kalkyl/");
    expect(out).not.toContain("localhost");
    expect(out).toContain('DefaultValue="https://si.example.se/kalkyl/functions.json"');
    expect(out).toContain('Value="https://si.example.se/kalkyl/functions-sv.json"');
    expect(out.replace(/https:\/\/si\.example\.se\/kalkyl\//g, "https://localhost:3000/")).toBe(
      xml
    );
  });
});
