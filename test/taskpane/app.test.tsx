import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import { uiLanguage, uiStrings, type UiLanguage, type UiStrings } from "../../src/i18n/ui";
import { escapeHtml } from "../helpers/html";

// jest runs in node, so the pane is server-rendered: enough to prove it renders every phase
// in both languages without a DOM or Office.js.

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

describe.each<UiLanguage>(["sv", "en"])("task pane in %s", (language) => {
  const html = renderToString(<App language={language} version="9.8.7" />);
  const t: UiStrings = uiStrings[language];

  it("shows the header, intro and version", () => {
    expect(html).toContain("SI Kalkyl</h1>");
    expect(html).toContain(escapeHtml(t.intro));
    expect(html).toContain("9.8.7");
    expect(html).toContain(`lang="${language}"`);
  });

  it("lists the six phases in order", () => {
    expect(t.phases.map((p) => p.title)).toEqual(phaseTitles[language]);
    let from = 0;
    for (const title of phaseTitles[language]) {
      const at = html.indexOf(escapeHtml(title), from);
      expect(at).toBeGreaterThan(-1);
      from = at;
    }
    expect(html.match(/<li /g)).toHaveLength(6);
  });
});

describe("the two languages", () => {
  it("have the same keys and differ in text", () => {
    expect(Object.keys(uiStrings.en).sort()).toEqual(Object.keys(uiStrings.sv).sort());
    expect(uiStrings.sv.intro).not.toEqual(uiStrings.en.intro);
  });

  it("have no empty string", () => {
    for (const t of Object.values(uiStrings)) {
      const phaseTexts = t.phases.flatMap((p) => [p.title, p.summary]);
      for (const text of [
        t.appName,
        t.tagline,
        t.intro,
        t.phasesHeading,
        t.phasesPlaceholder,
        t.versionLabel,
        ...phaseTexts,
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
