/**
 * The playground page's own words (the banner, toolbar, formula bar, grid and sheet tabs around
 * the real task pane). Swedish first, English second; both are checked against
 * `PlaygroundStrings`, so a key missing in either is a compile error.
 */
import type { Lang } from "./lang";

export interface PlaygroundStrings {
  /** The banner: this is a playground, not Excel. */
  readonly bannerTitle: string;
  readonly bannerText: string;
  readonly toolbarLabel: string;
  readonly newWorkbook: string;
  readonly openFile: string;
  readonly samples: string;
  /** The Exempel menu's first line, before a sample is chosen. */
  readonly samplesPlaceholder: string;
  /** A sample's name in the Exempel menu, by its file's base name. */
  readonly sampleName: (id: string) => string;
  readonly saveAs: string;
  readonly protectSheet: string;
  /** The address box left of the formula bar. */
  readonly addressLabel: string;
  readonly formulaLabel: string;
  /** The symbol before the formula bar (Excel's "fx"). */
  readonly formulaSymbol: string;
  readonly gridLabel: string;
  readonly sheetTabsLabel: string;
  /** The default file name of "Spara som". */
  readonly fileName: string;
  /** The file name of the Dela view's values-only copy, offered as a download. */
  readonly copyFileName: string;
  /** The name of the first sheet of a new workbook (Excel's own: Blad1 / Sheet1). */
  readonly firstSheet: string;
  readonly paneLabel: string;
  /** Messages after an action, shown above the grid. */
  readonly opened: (name: string) => string;
  readonly openFailed: (name: string, detail: string) => string;
  readonly saved: (name: string) => string;
  readonly saveFailed: (detail: string) => string;
  readonly protectedRefusal: string;
  readonly editFailed: (detail: string) => string;
  readonly notAnAddress: (text: string) => string;
  readonly protectedOn: (sheet: string) => string;
  readonly protectedOff: (sheet: string) => string;
  readonly dismiss: string;
  /** How a boolean cell reads (Excel shows them in the user's language). */
  readonly trueText: string;
  readonly falseText: string;
  /** The accessible name of a chart drawn by the page. */
  readonly chartLabel: (name: string) => string;
}

const SAMPLE_NAMES_SV: Record<string, string> = {
  "enhetskostnader-exempel": "Enhetskostnader (exempel)",
  "logikmodell-exempel": "Logikmodell (exempel)",
};

const SAMPLE_NAMES_EN: Record<string, string> = {
  "enhetskostnader-exempel": "Unit costs (example)",
  "logikmodell-exempel": "Logic model (example)",
};

const sv: PlaygroundStrings = {
  bannerTitle: "Lekplats – inte Excel",
  bannerText:
    "Här körs SI Kalkyls riktiga aktivitetsfönster mot en webbläsarens egen arbetsbok (HyperFormula), så att du kan prova tillägget utan Excel. Allt stannar i din webbläsare. Det är inte Excel: mycket av Excel saknas, och det som finns kan bete sig annorlunda.",
  toolbarLabel: "Arbetsbok",
  newWorkbook: "Ny tom arbetsbok",
  openFile: "Öppna .xlsx…",
  samples: "Exempel",
  samplesPlaceholder: "Exempel…",
  sampleName: (id) => SAMPLE_NAMES_SV[id] ?? id,
  saveAs: "Spara som .xlsx",
  protectSheet: "Skydda blad",
  addressLabel: "Namnruta",
  formulaLabel: "Formel",
  formulaSymbol: "fx",
  gridLabel: "Kalkylblad",
  sheetTabsLabel: "Blad",
  fileName: "lekplats.xlsx",
  copyFileName: "lekplats-kopia.xlsx",
  firstSheet: "Blad1",
  paneLabel: "SI Kalkyl, aktivitetsfönster",
  opened: (name) => `Öppnade ${name}.`,
  openFailed: (name, detail) => `Kunde inte öppna ${name}: ${detail}`,
  saved: (name) => `Sparade ${name}.`,
  saveFailed: (detail) => `Kunde inte spara: ${detail}`,
  protectedRefusal:
    "Cellen finns på ett skyddat blad. Ta bort skyddet (Skydda blad) och försök igen. Inget ändrades.",
  editFailed: (detail) => `Ändringen gick inte: ${detail}`,
  notAnAddress: (text) => `”${text}” är ingen celladress (skriv till exempel B3 eller B3:D7).`,
  protectedOn: (sheet) => `Bladet ${sheet} är skyddat.`,
  protectedOff: (sheet) => `Bladet ${sheet} är inte längre skyddat.`,
  dismiss: "Stäng",
  trueText: "SANT",
  falseText: "FALSKT",
  chartLabel: (name) => `Diagram: ${name}`,
};

const en: PlaygroundStrings = {
  bannerTitle: "Playground – not Excel",
  bannerText:
    "The real SI Kalkyl task pane runs here against the browser's own workbook (HyperFormula), so that you can try the add-in without Excel. Everything stays in your browser. This is not Excel: much of Excel is missing, and what is here may behave differently.",
  toolbarLabel: "Workbook",
  newWorkbook: "New blank workbook",
  openFile: "Open .xlsx…",
  samples: "Examples",
  samplesPlaceholder: "Examples…",
  sampleName: (id) => SAMPLE_NAMES_EN[id] ?? id,
  saveAs: "Save as .xlsx",
  protectSheet: "Protect sheet",
  addressLabel: "Name box",
  formulaLabel: "Formula",
  formulaSymbol: "fx",
  gridLabel: "Worksheet",
  sheetTabsLabel: "Sheets",
  fileName: "playground.xlsx",
  copyFileName: "playground-copy.xlsx",
  firstSheet: "Sheet1",
  paneLabel: "SI Kalkyl task pane",
  opened: (name) => `Opened ${name}.`,
  openFailed: (name, detail) => `Could not open ${name}: ${detail}`,
  saved: (name) => `Saved ${name}.`,
  saveFailed: (detail) => `Could not save: ${detail}`,
  protectedRefusal:
    "The cell is on a protected sheet. Remove the protection (Protect sheet) and try again. Nothing was changed.",
  editFailed: (detail) => `The change did not work: ${detail}`,
  notAnAddress: (text) => `"${text}" is not a cell address (type B3 or B3:D7, for example).`,
  protectedOn: (sheet) => `The sheet ${sheet} is protected.`,
  protectedOff: (sheet) => `The sheet ${sheet} is no longer protected.`,
  dismiss: "Dismiss",
  trueText: "TRUE",
  falseText: "FALSE",
  chartLabel: (name) => `Chart: ${name}`,
};

export const playgroundStrings: Readonly<Record<Lang, PlaygroundStrings>> = { sv, en };
