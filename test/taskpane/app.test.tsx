import { renderToString } from "react-dom/server";
import { PHASES } from "../../src/core/phases";
import { phasesStrings } from "../../src/i18n/phases";
import { startCheckStrings } from "../../src/i18n/start-check";
import { App } from "../../src/taskpane/App";
import { memoryLanguageStore } from "../../src/taskpane/language-store";
import { VIEWS } from "../../src/taskpane/views";
import { uiLanguage, uiStrings, type UiLanguage, type UiStrings } from "../../src/i18n/ui";
import { escapeHtml } from "../helpers/html";

// jest runs in node, so the pane is server-rendered: enough to prove it renders in both languages
// without a DOM, localStorage or Office.js. The shell's behaviour in a DOM is test/taskpane/shell.test.tsx.

const phaseTitles: Record<UiLanguage, readonly string[]> = {
  sv: [
    "Tvärsektoriell behovsanalys",
    "Strategiskt val av insats",
    "Utformning av satsning",
    "Genomförande och uppföljning",
    "Utvärdering",
    "Implementering och uppskalning",
  ],
  en: [
    "Cross-sector needs analysis",
    "Choosing what to try",
    "Design",
    "Running and follow-up",
    "Evaluation",
    "Implementation and scale-up",
  ],
};

const tabNames: Record<UiLanguage, readonly string[]> = {
  sv: ["Start", "Faser", "Mallar", "Enhetskostnader", "Kalkyl", "Kontroll", "Dela"],
  en: ["Start", "Phases", "Sheets", "Unit costs", "Cost–benefit", "Check", "Share"],
};

describe.each<UiLanguage>(["sv", "en"])("task pane in %s", (language) => {
  const html = renderToString(<App language={language} version="9.8.7" />);
  const t: UiStrings = uiStrings[language];

  it("shows the header, the version and the language switch, in the pane's language", () => {
    expect(html).toContain("SI Kalkyl</h1>");
    expect(html).toContain(escapeHtml(t.tagline));
    expect(html).toContain(`Version 9.8.7`);
    expect(html).toContain(`lang="${language}"`);
    expect(html).toContain(escapeHtml(t.switchLanguage));
  });

  it("names the seven views in order, in a labelled navigation, and opens on Start", () => {
    expect(VIEWS.map((v) => t[v.labelKey])).toEqual(tabNames[language]);
    expect(html).toContain(`<nav aria-label="${escapeHtml(t.navLabel)}"`);
    expect(html).toContain('role="tablist"');
    let from = 0;
    for (const name of tabNames[language]) {
      const at = html.indexOf(`>${escapeHtml(name)}<`, from);
      expect(at).toBeGreaterThan(-1);
      from = at;
    }
    expect(html.match(/role="tab"/g)).toHaveLength(VIEWS.length);
    expect(html.match(/role="tabpanel"/g)).toHaveLength(VIEWS.length);
    expect(html).toContain(escapeHtml(startCheckStrings[language].needsExcel));
  });

  it("lists the six phases in order on Faser", () => {
    const phases = renderToString(
      <App
        language={language}
        version="1"
        initialView="phases"
        languageStore={memoryLanguageStore()}
      />
    );
    expect(PHASES.map((p) => phasesStrings[language].phases[p.id].title)).toEqual(
      phaseTitles[language]
    );
    expect(phases).toContain(escapeHtml(t.intro));
    let from = 0;
    for (const title of phaseTitles[language]) {
      const at = phases.indexOf(escapeHtml(title), from);
      expect(at).toBeGreaterThan(-1);
      from = at;
    }
  });

  it("shows a remembered language over Office's", () => {
    const other: UiLanguage = language === "sv" ? "en" : "sv";
    const chosen = renderToString(
      <App language={language} version="1" languageStore={memoryLanguageStore(other)} />
    );
    expect(chosen).toContain(`lang="${other}"`);
    expect(chosen).toContain(escapeHtml(uiStrings[other].navLabel));
  });
});

describe("the two languages", () => {
  it("have the same keys and differ in text", () => {
    expect(Object.keys(uiStrings.en).sort()).toEqual(Object.keys(uiStrings.sv).sort());
    expect(uiStrings.sv.intro).not.toEqual(uiStrings.en.intro);
    expect(uiStrings.sv.switchLanguage).toBe("In English");
    expect(uiStrings.en.switchLanguage).toBe("På svenska");
  });

  it("have no empty string", () => {
    for (const t of Object.values(uiStrings)) {
      for (const text of [
        t.appName,
        t.tagline,
        t.intro,
        t.version("1"),
        t.navLabel,
        t.moreViews,
        t.switchLanguage,
        ...VIEWS.map((v) => t[v.labelKey]),
      ]) {
        expect(text.trim()).not.toBe("");
      }
    }
  });
});

describe("uiLanguage", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV-se", "sv"],
    ["sv", "sv"],
    ["en-US", "en"],
    ["nb-NO", "en"],
    ["fi-FI", "en"],
    ["svx", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%p -> %p", (display, expected) => {
    expect(uiLanguage(display)).toBe(expected);
  });
});
