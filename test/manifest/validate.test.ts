/**
 * The manifest validator is an ES module run by `npm run validate`; this CommonJS test drives it
 * the same way, through its CLI, so what passes here is exactly what the build runs. Broken
 * manifests are made from the real one by a single substitution, in a temp dir with a copy of the icons.
 */
import { spawnSync } from "child_process";
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.mjs");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 1-based line of `text` in the real manifest, for the exact line a problem must be reported on. */
function lineOf(text: string): number {
  const at = MANIFEST.indexOf(text);
  if (at < 0) throw new Error(`manifest.xml no longer contains ${text}`);
  return MANIFEST.slice(0, at).split("\n").length;
}

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "si-kalkyl-manifest-"));
  cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  file = path.join(dir, "manifest.xml");
  writeFileSync(file, MANIFEST);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Validates the real manifest with `from` replaced by `to`; returns the reported problem lines. */
function problemsAfter(from: string, to: string) {
  lineOf(from); // throws if an edit to manifest.xml made the substitution a silent no-op
  writeFileSync(file, MANIFEST.replace(from, to));
  return problemsOf(validate(file));
}

function problemsOf(result: ReturnType<typeof validate>) {
  expect(result.status).toBe(1);
  const lines = result.stdout.trim().split("\n");
  expect(lines[lines.length - 1]).toMatch(/: \d+ problems?$/);
  return lines.slice(0, -1);
}

describe("manifest.xml", () => {
  test("passes the schema and the project checks", () => {
    const result = validate("manifest.xml");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("manifest.xml: valid (schema and project checks)\n");
    expect(result.status).toBe(0);
  });

  test("keeps every URL under the prefix the production build rewrites", () => {
    const urls = [...MANIFEST.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)].map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });
});

describe("broken variants are reported precisely", () => {
  test("a resid that names no resource", () => {
    const from = '<Label resid="Group.Label"/>';
    expect(problemsAfter(from, '<Label resid="Group.Missing"/>')).toEqual([
      `${file}: line ${lineOf(from)}: <Label resid="Group.Missing">: no short string resource with id "Group.Missing" in <Resources>`,
    ]);
  });

  test("a resid that names a resource of the wrong kind", () => {
    const from = '<Title resid="TaskpaneButton.Title"/>';
    expect(problemsAfter(from, '<Title resid="TaskpaneButton.Tooltip"/>')).toEqual([
      `${file}: line ${lineOf(from)}: <Title resid="TaskpaneButton.Tooltip"> refers to a long string resource; expected a short string`,
    ]);
  });

  test("a duplicated resource id", () => {
    const from = '<bt:Url id="GetStarted.LearnMoreUrl"';
    // Renaming the resource also leaves <LearnMoreUrl> dangling; problems come in line order.
    expect(problemsAfter(from, '<bt:Url id="Taskpane.Url"')).toEqual([
      `${file}: line ${lineOf("<LearnMoreUrl")}: <LearnMoreUrl resid="GetStarted.LearnMoreUrl">: no url resource with id "GetStarted.LearnMoreUrl" in <Resources>`,
      `${file}: line ${lineOf(from)}: resource id "Taskpane.Url" is defined more than once (first on line ${lineOf('<bt:Url id="Taskpane.Url"')})`,
    ]);
  });

  test("an http:// URL", () => {
    const from = 'DefaultValue="https://localhost:3000/functions.js"';
    expect(problemsAfter(from, 'DefaultValue="http://localhost:3000/functions.js"')).toEqual([
      `${file}: line ${lineOf(from)}: Url "Functions.Script.Url" DefaultValue "http://localhost:3000/functions.js" must use https://`,
    ]);
  });

  test("an http:// locale override", () => {
    const from = 'Value="https://localhost:3000/functions-sv.json"';
    expect(problemsAfter(from, 'Value="http://localhost:3000/functions-sv.json"')).toEqual([
      `${file}: line ${lineOf(from)}: Url "Functions.Metadata.Url" Override sv-SE "http://localhost:3000/functions-sv.json" must use https://`,
    ]);
  });

  test("a URL outside the prefix the build rewrites", () => {
    const from = '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html#help"/>';
    expect(problemsAfter(from, '<SupportUrl DefaultValue="https://example.org/help"/>')).toEqual([
      `${file}: line ${lineOf(from)}: SupportUrl DefaultValue "https://example.org/help" must start with https://localhost:3000/ (the build rewrites that prefix)`,
    ]);
  });

  test("an element the schema does not know", () => {
    const from = "<ProviderName>SI Kalkyl</ProviderName>";
    expect(problemsAfter(from, `${from}<Publisher>SI</Publisher>`)).toEqual([
      `${file}: line ${lineOf(from)}: schema: Element 'Publisher': This element is not expected. Expected is ( DefaultLocale ).`,
    ]);
  });

  test("elements in the wrong order", () => {
    const from = "  <Permissions>ReadWriteDocument</Permissions>\n";
    writeFileSync(
      file,
      MANIFEST.replace(from, "").replace("  <DefaultSettings>\n", `${from}  <DefaultSettings>\n`)
    );
    expect(problemsOf(validate(file))).toEqual([
      `${file}: line ${lineOf("  <DefaultSettings>")}: schema: Element 'Permissions': This element is not expected. Expected is ( DefaultSettings ).`,
    ]);
  });

  test("a shared runtime with an invalid lifetime", () => {
    const from = '<Runtime resid="Taskpane.Url" lifetime="long"/>';
    const [problem, ...rest] = problemsAfter(
      from,
      '<Runtime resid="Taskpane.Url" lifetime="forever"/>'
    );
    expect(rest).toEqual([]);
    expect(problem).toBe(
      `${file}: line ${lineOf(from)}: schema: Element 'Runtime', attribute 'lifetime': [facet 'enumeration'] The value 'forever' is not an element of the set {'short', 'long'}.`
    );
  });

  test("a function file outside the shared runtime", () => {
    const from = '<FunctionFile resid="Taskpane.Url"/>';
    expect(problemsAfter(from, '<FunctionFile resid="Functions.Script.Url"/>')).toEqual([
      `${file}: line ${lineOf(from)}: <FunctionFile resid="Functions.Script.Url"> must use the shared runtime's resid "Taskpane.Url"`,
    ]);
  });

  test("a custom functions namespace other than SI", () => {
    const from = '<bt:String id="Functions.Namespace" DefaultValue="SI"/>';
    expect(
      problemsAfter(from, '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>')
    ).toEqual([
      `${file}: line ${lineOf('<Namespace resid="Functions.Namespace"/>')}: custom functions Namespace is "CONTOSO", expected "SI"`,
    ]);
  });

  test("a narrower permission than ReadWriteDocument", () => {
    const from = "<Permissions>ReadWriteDocument</Permissions>";
    expect(problemsAfter(from, "<Permissions>ReadDocument</Permissions>")).toEqual([
      `${file}: line ${lineOf(from)}: Permissions must be exactly ReadWriteDocument (found ReadDocument)`,
    ]);
  });

  test("a missing icon file", () => {
    unlinkSync(path.join(dir, "assets", "icon-80.png"));
    expect(problemsOf(validate(file))).toEqual([
      `${file}: line ${lineOf('<bt:Image id="Icon.80x80"')}: Image "Icon.80x80" DefaultValue "https://localhost:3000/assets/icon-80.png": icon file assets/icon-80.png does not exist`,
    ]);
  });

  test("an icon of the wrong size", () => {
    copyFileSync(path.join(dir, "assets", "icon-16.png"), path.join(dir, "assets", "icon-32.png"));
    const problems = problemsOf(validate(file));
    expect(problems).toContain(
      `${file}: line ${lineOf('<bt:Image id="Icon.32x32"')}: Image "Icon.32x32" DefaultValue "https://localhost:3000/assets/icon-32.png": icon-32.png is 16x16 pixels, expected 32x32`
    );
    expect(problems).toContain(
      `${file}: line ${lineOf("<IconUrl ")}: IconUrl DefaultValue "https://localhost:3000/assets/icon-32.png": icon-32.png is 16x16 pixels, expected 32x32`
    );
    expect(problems).toContain(
      `${file}: line ${lineOf('<bt:Image size="32"')}: <bt:Image size="32" resid="Icon.32x32"> points at a 16x16 image`
    );
  });

  test("a manifest that is not well-formed", () => {
    writeFileSync(file, MANIFEST.replace("</OfficeApp>", ""));
    const [problem] = problemsOf(validate(file));
    expect(problem).toMatch(
      /: line \d+: not well-formed XML: Premature end of data in tag OfficeApp/
    );
  });
});

describe("command line", () => {
  test("exits 2 with a usage line when the file argument is missing", () => {
    const result = validate();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "usage: node scripts/validate-manifest.mjs <manifest.xml> [--assets <dir>]\n"
    );
  });

  test("exits 2 without a stack trace when the file cannot be read", () => {
    const missing = path.join(dir, "nope.xml");
    const result = validate(missing);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${missing}: cannot read ${missing} (ENOENT)\n`);
  });

  test("exits 1 for an invalid manifest and 0 for a valid one, with --assets pointing at the icons", () => {
    unlinkSync(path.join(dir, "assets", "icon-16.png"));
    expect(validate(file).status).toBe(1);
    expect(validate(file, "--assets", path.join(ROOT, "assets")).status).toBe(0);
  });
});
