import fs from "fs";
import path from "path";
import { scanFiles, type Literal } from "./literal-scan";

// No user-visible text written into the task pane's components: every word comes from src/i18n/,
// where it exists in Swedish and English. Scans every .tsx under src/taskpane/ with the TypeScript
// compiler (test/taskpane/literal-scan.ts says what counts), and proves on a made-up component that
// the scan finds what it should and lets codes pass.

const repo = path.resolve(__dirname, "../..");
const taskpane = path.join(repo, "src/taskpane");

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/**
 * Literals found, reported to the lead and not fixed here (their files belong to the unit-cost
 * work; the fix adds strings to src/i18n/ui.ts's unit-cost part). Each entry must still be found —
 * remove it when its file is fixed — and nothing else may be.
 */
const PENDING: readonly { file: string; text: string; why: string }[] = [];

// A made-up component: each line marked FLAG must be found, no other.
const VIRTUAL = path.join(repo, "test/taskpane/__virtual__/Cases.tsx");
const CASES = `
import * as React from "react";
type Intent = "info" | "error";
declare function Bar(props: { intent?: Intent; text?: string; kind?: "a" | "b"; children?: React.ReactNode }): React.JSX.Element;
declare const t: { ok: string; name: (n: string) => string };
declare const busy: boolean;
declare const n: number;
export function Cases(): React.JSX.Element {
  return (
    <div className="root" id="x" data-part="head" role="region" aria-live="polite" aria-labelledby="h">
      <p>Hej</p> {/* FLAG */}
      <p>{t.ok}: {t.ok}</p> {/* FLAG */}
      <p>{"Välkommen"}</p> {/* FLAG */}
      <p>{\`\${n} rader\`}</p> {/* FLAG */}
      <p>{busy ? "Vänta" : t.ok}</p> {/* FLAG */}
      <p>{busy && "Klart"}</p> {/* FLAG */}
      <p>{t.ok || "saknas"}</p> {/* FLAG */}
      <p>{"Summa: " + n}</p> {/* FLAG */}
      <input aria-label="Sök" /> {/* FLAG */}
      <input placeholder={"Namn"} /> {/* FLAG */}
      <span title={busy ? t.ok : "Titel"} /> {/* FLAG */}
      <img alt="Diagram" src="a.png" /> {/* FLAG */}
      <Bar text="Fritext" /> {/* FLAG */}
      <p>{" "}{t.ok}{" "}</p>
      <p>{t.name("x")}</p>
      <p>{\`\${t.ok}\`}</p>
      <Bar intent="error" kind="a">{t.ok}</Bar>
      <Bar intent={busy ? "info" : "error"} />
      <span aria-describedby={\`\${n}-d\`} key="k" className={busy ? "a" : "b"} />
      <a href="https://example.org/" target="_blank" rel="noreferrer">{t.ok}</a>
      <svg viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0h10" fill="currentColor" /></svg>
      {/* A comment is not text. */}
    </div>
  );
}
`;

let found: Literal[] = [];

beforeAll(() => {
  found = scanFiles(tsxFiles(taskpane), new Map([[VIRTUAL, CASES]]));
}, 120_000);

const relative = (literal: Literal) => path.relative(repo, literal.file).split(path.sep).join("/");

describe("the literal scan", () => {
  it("finds text, text in conditions and fallbacks, and text in attributes that take any string", () => {
    const flagged = CASES.split("\n")
      .map((line, i) => (line.includes("FLAG") ? i + 1 : 0))
      .filter((line) => line > 0);
    const hits = found.filter((l) => l.file === VIRTUAL);
    expect([...new Set(hits.map((l) => l.line))]).toEqual(flagged);
    expect(hits.map((l) => `${l.where} ${l.text}`)).toEqual([
      "text Hej",
      "text :",
      'child "Välkommen"',
      "child `${n} rader`",
      'child "Vänta"',
      'child "Klart"',
      'child "saknas"',
      'child "Summa: "',
      "aria-label Sök",
      'placeholder "Namn"',
      'title "Titel"',
      "alt Diagram",
      "text Fritext",
    ]);
  });
});

describe("the task pane's components", () => {
  it("scans every .tsx under src/taskpane", () => {
    const scanned = tsxFiles(taskpane).map((f) => path.relative(repo, f));
    expect(scanned).toEqual(
      expect.arrayContaining(["src/taskpane/App.tsx", "src/taskpane/views.tsx"])
    );
  });

  it("write no user-visible text of their own", () => {
    const real = found.filter((l) => l.file !== VIRTUAL);
    const unexpected = real.filter(
      (l) => !PENDING.some((p) => p.file === relative(l) && p.text === l.text)
    );
    expect(unexpected.map((l) => `${relative(l)}:${l.line} ${l.where}: ${l.text}`)).toEqual([]);
  });

  it("still have each pending literal (remove an entry from PENDING when it is fixed)", () => {
    const real = found.filter((l) => l.file !== VIRTUAL);
    for (const pending of PENDING) {
      expect({
        ...pending,
        found: real.some((l) => relative(l) === pending.file && l.text === pending.text),
      }).toEqual({ ...pending, found: true });
    }
  });
});
