import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import {
  PHASES,
  checklistKey,
  currentPhase,
  phaseProgress,
  type PhaseId,
} from "../../src/core/phases";
import { isChecklistKey } from "../../src/excel/checklist-format";
import { phasesStrings, type PhasesStrings } from "../../src/i18n/phases";
import { TEMPLATE_IDS } from "../../src/templates/spec";

describe("the six phases", () => {
  it("come in the order of the work, each with the sheets that serve it", () => {
    const sheets = Object.fromEntries(PHASES.map((p) => [p.id, p.sheets]));
    expect(sheets).toEqual({
      needs: ["intressenter"],
      choice: ["kalkyl"],
      design: ["logikmodell", "kalkyl", "uppskalning", "riskmatris", "uppfoljning"],
      running: ["uppfoljning", "riskmatris"],
      evaluation: ["logikmodell", "kalkyl", "osakerhet", "beslutsunderlag"],
      "scale-up": ["uppskalning", "beslutsunderlag", "uppfoljning"],
    });
  });

  it("give every live sheet a phase", () => {
    const used = new Set(PHASES.flatMap((p) => p.sheets));
    expect([...TEMPLATE_IDS].filter((id) => !used.has(id))).toEqual([]);
  });

  it("have 3 to 6 checklist items each, with unique keys of the stored shape", () => {
    const keys = PHASES.flatMap((p) => p.items.map((item) => checklistKey(p.id, item)));
    for (const phase of PHASES) {
      expect(phase.items.length).toBeGreaterThanOrEqual(3);
      expect(phase.items.length).toBeLessThanOrEqual(6);
    }
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(isChecklistKey(key)).toBe(true);
  });

  it("count progress per phase, ignoring other phases' and unknown keys", () => {
    const checked = new Set([
      "design.logic-model",
      "design.risks",
      "design.not-an-item",
      "needs.flow",
      "logic-model",
    ]);
    const design = PHASES.find((p) => p.id === "design")!;
    const needs = PHASES.find((p) => p.id === "needs")!;
    const running = PHASES.find((p) => p.id === "running")!;
    expect(phaseProgress(design, checked)).toEqual({ done: 2, total: 6 });
    expect(phaseProgress(needs, checked)).toEqual({ done: 1, total: 5 });
    expect(phaseProgress(running, checked)).toEqual({ done: 0, total: 6 });
  });

  it("place the work at the first phase with something left to tick", () => {
    const all = (...ids: PhaseId[]) =>
      new Set(
        PHASES.filter((p) => ids.includes(p.id)).flatMap((p) =>
          p.items.map((item) => checklistKey(p.id, item))
        )
      );
    expect(currentPhase(new Set())).toBe("needs");
    expect(currentPhase(all("needs"))).toBe("choice");
    // A later phase done does not skip an earlier one left open.
    expect(currentPhase(all("needs", "design"))).toBe("choice");
    expect(currentPhase(all(...PHASES.map((p) => p.id)))).toBe("scale-up");
  });
});

describe("the Faser words", () => {
  const languages = ["sv", "en"] as const;

  /** Every plain string and every worded function, called with sample arguments. */
  function allTexts(t: PhasesStrings): string[] {
    const phaseTexts = PHASES.flatMap((p) => {
      const w = t.phases[p.id];
      return [w.title, w.explanation, ...Object.values(w.items as Record<string, string>)];
    });
    return [
      ...Object.values(t).filter((v): v is string => typeof v === "string"),
      ...phaseTexts,
      t.progress(2, 6),
      t.progressLabel("Fas", 2, 6),
      t.insertSheet("Kalkyl"),
      t.insertAll(3),
      t.copyHint("Kalkyl (2)"),
      t.saveFailed("fel"),
      t.loadFailed("fel"),
    ];
  }

  it("have the same keys in both languages, and words for exactly each phase's items", () => {
    expect(Object.keys(phasesStrings.en).sort()).toEqual(Object.keys(phasesStrings.sv).sort());
    for (const lang of languages) {
      const t = phasesStrings[lang];
      expect(Object.keys(t.phases).sort()).toEqual(PHASES.map((p) => p.id).sort());
      for (const phase of PHASES)
        expect(Object.keys(t.phases[phase.id].items).sort()).toEqual([...phase.items].sort());
    }
  });

  it("have no empty text, and differ between the languages", () => {
    for (const lang of languages)
      for (const text of allTexts(phasesStrings[lang])) expect(text.trim()).not.toBe("");
    const sv = allTexts(phasesStrings.sv);
    const en = allTexts(phasesStrings.en);
    const same = sv.filter((text, i) => text === en[i]);
    expect(same).toEqual([]);
  });

  it("explain each phase in two or three sentences", () => {
    for (const lang of languages)
      for (const phase of PHASES) {
        const sentences = phasesStrings[lang].phases[phase.id].explanation
          .split(/(?<=[.?!])\s+/)
          .filter((s) => s.trim() !== "");
        expect([lang, phase.id, sentences.length >= 2 && sentences.length <= 3]).toEqual([
          lang,
          phase.id,
          true,
        ]);
      }
  });

  it("use the project's words for the design checklist", () => {
    expect(Object.values(phasesStrings.sv.phases.design.items)).toEqual([
      "Logikmodell med indikatorer för varje mål och resultat",
      "Jämförelsealternativ valt – så starkt som möjligt",
      "Kostnadsberäkning och förväntade effekter",
      "Kostnad för implementering i full skala",
      "Riskanalys med avbrottskriterier",
      "Plan för uppföljning",
    ]);
  });

  it("end a host's message with a full stop before the next sentence", () => {
    expect(phasesStrings.sv.saveFailed("Fel 4001")).toBe(
      "Bocken kunde inte sparas: Fel 4001. Ändringen togs tillbaka."
    );
    expect(phasesStrings.en.saveFailed("Saved? No!")).toBe(
      "The tick could not be saved: Saved? No! The change was undone."
    );
    expect(phasesStrings.sv.progress(2, 6)).toBe("2 av 6 klara");
    expect(phasesStrings.en.progress(0, 5)).toBe("0 of 5 done");
  });
});

describe("the Faser components", () => {
  const files = ["PhasesPane.tsx", "PhaseSheets.tsx", "PhaseChecklist.tsx"].map((f) =>
    path.join(__dirname, "../../src/taskpane", f)
  );

  /** Literal words in the markup: JSX text, and string literals given to attributes people read. */
  function literals(file: string): string[] {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX
    );
    const found: string[] = [];
    const read = new Set([
      "label",
      "aria-label",
      "title",
      "placeholder",
      "alt",
      "aria-description",
    ]);
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && /\S/.test(node.text)) found.push(node.text.trim());
      if (
        ts.isJsxAttribute(node) &&
        read.has(node.name.getText(source)) &&
        node.initializer !== undefined &&
        ts.isStringLiteral(node.initializer)
      )
        found.push(node.initializer.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it.each(files)("take every word from src/i18n (%s)", (file) => {
    expect(literals(file)).toEqual([]);
  });

  it("the scan finds a literal when there is one", () => {
    const tmp = path.join(os.tmpdir(), `phases-literal-${process.pid}.tsx`);
    fs.writeFileSync(tmp, 'export const X = () => <p aria-label="Hej">Text här</p>;\n');
    try {
      expect(literals(tmp)).toEqual(["Hej", "Text här"]);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});
