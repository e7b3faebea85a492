/**
 * Task-pane strings. Swedish is the primary language (the users are Swedish municipalities,
 * regions and Finsam federations); English follows Excel's display language for everyone else.
 * Both languages are checked against `UiStrings`, so a key missing in either is a compile error.
 */

import type { TemplateId } from "../templates/spec";
import { langOf, type Lang } from "./lang";
import { BESLUTSUNDERLAG_TEXT } from "./sheets/beslutsunderlag";
import { KALKYL_TEXT } from "./sheets/kalkyl";
import { LOGIKMODELL_TEXT } from "./sheets/logikmodell";
import { OSAKERHET_TEXT } from "./sheets/osakerhet";
import { RISKMATRIS_TEXT } from "./sheets/riskmatris";
import { INTRESSENTER_TEXT, UPPFOLJNING_TEXT } from "./sheets/uppfoljning";
import { UPPSKALNING_TEXT } from "./sheets/uppskalning";

/** The task pane speaks the same two languages as the functions. */
export type UiLanguage = Lang;

/** The unit-cost tab: import, report and catalog. Counts and names come in through small functions. */
export interface UnitCostStrings {
  /** BCP 47 tag for numbers and kronor (spaces or commas between thousands). */
  readonly numberLocale: string;
  readonly intro: string;
  readonly scopeLabel: string;
  readonly scopeActiveSheet: string;
  readonly scopeWorkbook: string;
  readonly importButton: string;
  readonly importing: string;
  readonly refreshButton: string;
  readonly needsExcel: string;
  readonly reportHeading: string;
  readonly imported: (total: number, added: number, updated: number) => string;
  readonly createdSheet: string;
  readonly keptRows: (n: number) => string;
  readonly removedRows: (n: number) => string;
  readonly nothingFound: string;
  readonly nothingWritten: string;
  readonly refusedUserSheet: string;
  readonly refusedCatalogIsSource: string;
  /** Importing resizes an Excel table, which needs ExcelApi 1.13 (Excel 2021, Microsoft 365). */
  readonly needsNewerExcel: string;
  readonly failed: (message: string) => string;
  /** A write refused by a protected sheet or workbook (Office's AccessDenied / InvalidOperation). */
  readonly protectedSheet: (detail: string) => string;
  readonly cellEditMode: string;
  readonly rejectedHeading: (n: number) => string;
  readonly warningsHeading: (n: number) => string;
  /** Where a reported row is, as the start of its line ("Kostnader, rad 7:"). */
  readonly rowRef: (sheet: string, row: number) => string;
  readonly more: (n: number) => string;
  readonly catalogHeading: string;
  readonly catalogEmpty: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly noMatches: string;
  readonly shown: (shown: number, total: number) => string;
  readonly kronor: (amount: string) => string;
  readonly perUnit: (unit: string) => string;
  readonly priceYear: (year: number) => string;
  readonly noPriceYear: string;
  /** The source of a unit cost, as a line ("Källa: Socialstyrelsen"). */
  readonly sourceLine: (source: string) => string;
  readonly localBadge: string;
  /** After the local figure: " (ersätter nationella 6 200 kr)". */
  readonly localOverrides: (national: string) => string;
  readonly localFormula: string;
  readonly insertButton: string;
  readonly insertTitle: (name: string) => string;
  readonly inserted: (address: string) => string;
}

/** One live sheet in the Mallar tab's list: its name in the workbook and what it is for. */
export interface TemplateSheetText {
  readonly name: string;
  readonly description: string;
}

/** The Mallar tab: insert live sheets, remove their example, convert a logic model. */
export interface TemplateStrings {
  readonly intro: string;
  readonly sheetsHeading: string;
  readonly selectAll: string;
  /** Every template, so a new one without words fails to compile. */
  readonly sheets: Readonly<Record<TemplateId, TemplateSheetText>>;
  readonly exampleSwitch: string;
  readonly exampleHint: string;
  readonly insertButton: string;
  readonly inserting: string;
  readonly activeSheetHeading: string;
  readonly removeExampleButton: string;
  readonly removing: string;
  readonly convertButton: string;
  readonly converting: string;
  readonly convertHint: string;
  readonly needsExcel: string;
  readonly inserted: (sheets: readonly string[]) => string;
  readonly converted: (source: string, sheet: string, indicators: number) => string;
  readonly redThreadHeading: (n: number) => string;
  readonly noGaps: string;
  /** The logic-model reader's one-line reason (lower case, no full stop) as the pane shows it. */
  readonly notFound: (reason: string) => string;
  readonly removed: (sheet: string, rows: number, cells: number) => string;
  readonly nothingLeft: (sheet: string) => string;
  readonly notTemplate: (sheet: string) => string;
  readonly needsNewerExcel: (version: string) => string;
  readonly cellEditMode: string;
  readonly protectedWorkbook: (detail: string) => string;
  readonly failed: (detail: string) => string;
}

export interface UiStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly intro: string;
  /** The footer: "Version 1.2.3". */
  readonly version: (version: string) => string;
  // The shell's navigation: one name per view (src/taskpane/views.tsx names its view by one of
  // these `tab…` keys, so a view without a name in either language fails to compile).
  readonly tabStart: string;
  readonly tabPhases: string;
  readonly tabTemplates: string;
  readonly tabUnitCosts: string;
  readonly tabKalkyl: string;
  readonly tabCheck: string;
  readonly tabShare: string;
  /** The accessible name of the navigation landmark that holds the views' tabs. */
  readonly navLabel: string;
  /** The menu button that holds the views a narrow pane has no room for. */
  readonly moreViews: string;
  /** The language switch, written in the language it switches to (so it is found by those who need it). */
  readonly switchLanguage: string;
  readonly unitCosts: UnitCostStrings;
  readonly templates: TemplateStrings;
}

const unitCostsSv: UnitCostStrings = {
  numberLocale: "sv-SE",
  intro:
    "Läs in enhetskostnader från en tabell i arbetsboken till en katalog på bladet Enhetskostnader (SI). " +
    "Källbladet ändras aldrig, och egna lokala kostnader i katalogen behålls när du importerar igen.",
  scopeLabel: "Läs från",
  scopeActiveSheet: "Aktivt blad",
  scopeWorkbook: "Hela arbetsboken",
  importButton: "Importera enhetskostnader",
  importing: "Importerar …",
  refreshButton: "Läs om katalogen",
  needsExcel: "Import och infogning fungerar när SI Kalkyl körs i Excel.",
  reportHeading: "Importrapport",
  imported: (total, added, updated) =>
    `${total} ${total === 1 ? "enhetskostnad" : "enhetskostnader"} i katalogen: ${added} nya, ${updated} uppdaterade.`,
  createdSheet: "Bladet Enhetskostnader (SI) skapades med tabellen SI_Enhetskostnader.",
  keptRows: (n) =>
    `${n} ${n === 1 ? "rad" : "rader"} finns inte längre i källan men behölls eftersom de har egna uppgifter.`,
  removedRows: (n) =>
    `${n} ${n === 1 ? "rad" : "rader"} utan egna uppgifter togs bort eftersom de inte längre finns i källan.`,
  nothingFound: "Inga enhetskostnader hittades. Ingenting skrevs i arbetsboken.",
  nothingWritten: "Ingenting skrevs i arbetsboken.",
  needsNewerExcel:
    "Import av enhetskostnader kräver Excel 2021 eller Microsoft 365 (ExcelApi 1.13). Ingenting skrevs i arbetsboken.",
  refusedUserSheet:
    "Det finns redan ett blad som heter Enhetskostnader (SI) men som saknar tabellen SI_Enhetskostnader. " +
    "SI Kalkyl skriver inte över det: byt namn på bladet och importera igen.",
  refusedCatalogIsSource:
    "Det aktiva bladet är katalogen själv. Gå till bladet med enhetskostnaderna och importera igen.",
  failed: (message) => `Det gick inte: ${message}`,
  protectedSheet: (detail) =>
    `Bladet eller arbetsboken är skyddat, så formeln kunde inte skrivas. Ta bort skyddet under Granska och försök igen. (Excel: ${detail})`,
  cellEditMode: "Excel håller på att redigera en cell. Tryck Enter eller Esc och försök igen.",
  rejectedHeading: (n) => `Avvisade rader (${n})`,
  warningsHeading: (n) => `Varningar (${n})`,
  rowRef: (sheet, row) => `${sheet}, rad ${row}:`,
  more: (n) => `… och ${n} till`,
  catalogHeading: "Katalog",
  catalogEmpty: "Katalogen är tom. Importera enhetskostnader för att fylla den.",
  searchLabel: "Sök i katalogen",
  searchPlaceholder: "Kostnadspost, id, kategori eller källa",
  noMatches: "Inga poster matchar sökningen.",
  shown: (shown, total) => `Visar ${shown} av ${total} poster`,
  kronor: (amount) => `${amount} kr`,
  perUnit: (unit) => `per ${unit}`,
  priceYear: (year) => `prisår ${year}`,
  noPriceYear: "prisår saknas",
  sourceLine: (source) => `Källa: ${source}`,
  localBadge: "Lokal kostnad",
  localOverrides: (national) => ` (ersätter nationella ${national})`,
  localFormula: "formel",
  insertButton: "Infoga",
  insertTitle: (name) => `Infoga =SI.UNITCOST för ${name} i den markerade cellen`,
  inserted: (address) => `Formeln infogades i ${address}.`,
};

const unitCostsEn: UnitCostStrings = {
  numberLocale: "en-GB",
  intro:
    "Read unit costs from a table in the workbook into a catalog on the sheet Enhetskostnader (SI). " +
    "The source sheet is never changed, and your own local costs in the catalog are kept when you import again.",
  scopeLabel: "Read from",
  scopeActiveSheet: "Active sheet",
  scopeWorkbook: "Whole workbook",
  importButton: "Import unit costs",
  importing: "Importing …",
  refreshButton: "Reload the catalog",
  needsExcel: "Import and insertion work when SI Kalkyl runs in Excel.",
  reportHeading: "Import report",
  imported: (total, added, updated) =>
    `${total} unit ${total === 1 ? "cost" : "costs"} in the catalog: ${added} new, ${updated} updated.`,
  createdSheet: "The sheet Enhetskostnader (SI) was created with the table SI_Enhetskostnader.",
  keptRows: (n) =>
    `${n} ${n === 1 ? "row is" : "rows are"} no longer in the source but ${n === 1 ? "was" : "were"} kept because ${n === 1 ? "it holds" : "they hold"} your own figures.`,
  removedRows: (n) =>
    `${n} ${n === 1 ? "row" : "rows"} without figures of your own ${n === 1 ? "was" : "were"} removed as no longer in the source.`,
  nothingFound: "No unit costs were found. Nothing was written to the workbook.",
  nothingWritten: "Nothing was written to the workbook.",
  needsNewerExcel:
    "Importing unit costs needs Excel 2021 or Microsoft 365 (ExcelApi 1.13). Nothing was written to the workbook.",
  refusedUserSheet:
    "There is already a sheet named Enhetskostnader (SI) without the table SI_Enhetskostnader. " +
    "SI Kalkyl will not overwrite it: rename the sheet and import again.",
  refusedCatalogIsSource:
    "The active sheet is the catalog itself. Go to the sheet with the unit costs and import again.",
  failed: (message) => `That did not work: ${message}`,
  protectedSheet: (detail) =>
    `The sheet or the workbook is protected, so the formula could not be written. Remove the protection under Review and try again. (Excel: ${detail})`,
  cellEditMode: "Excel is editing a cell. Press Enter or Esc and try again.",
  rejectedHeading: (n) => `Rejected rows (${n})`,
  warningsHeading: (n) => `Warnings (${n})`,
  rowRef: (sheet, row) => `${sheet}, row ${row}:`,
  more: (n) => `… and ${n} more`,
  catalogHeading: "Catalog",
  catalogEmpty: "The catalog is empty. Import unit costs to fill it.",
  searchLabel: "Search the catalog",
  searchPlaceholder: "Cost item, id, category or source",
  noMatches: "No item matches the search.",
  shown: (shown, total) => `Showing ${shown} of ${total} items`,
  kronor: (amount) => `SEK ${amount}`,
  perUnit: (unit) => `per ${unit}`,
  priceYear: (year) => `price year ${year}`,
  noPriceYear: "no price year",
  sourceLine: (source) => `Source: ${source}`,
  localBadge: "Local cost",
  localOverrides: (national) => ` (replaces the national ${national})`,
  localFormula: "formula",
  insertButton: "Insert",
  insertTitle: (name) => `Insert =SI.UNITCOST for ${name} into the selected cell`,
  inserted: (address) => `The formula was inserted into ${address}.`,
};

/** "ingen logikmodell hittades: …" → "Ingen logikmodell hittades: ….". */
function sentence(reason: string): string {
  const text = reason.trim();
  const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** "5 rader och 2 celler", leaving out a part that is 0. */
function amounts(parts: readonly string[], and: string): string {
  return parts.length <= 1
    ? parts.join("")
    : `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

const templatesSv: TemplateStrings = {
  intro:
    "Infoga levande blad för satsningen. Formlerna räknar med SI-funktionerna, och bladen hämtar nyckeltal från varandra. " +
    "Varje blad kan få ett kort, tydligt påhittat exempel som du tar bort med ett klick.",
  sheetsHeading: "Blad att infoga",
  selectAll: "Alla blad",
  sheets: {
    logikmodell: {
      name: LOGIKMODELL_TEXT.sv.sheet,
      description:
        "Satsningens logik i fyra nivåer, med indikatorer som räknar effekten mot en jämförelsegrupp.",
    },
    riskmatris: {
      name: RISKMATRIS_TEXT.sv.sheet,
      description:
        "Risker med sannolikhet och påverkan, färgade efter nivå och samlade i en matris.",
    },
    kalkyl: {
      name: KALKYL_TEXT.sv.sheet,
      description:
        "Kostnader och nyttor per år och aktör, med nettonuvärde, kvot och återbetalningstid.",
    },
    uppskalning: {
      name: UPPSKALNING_TEXT.sv.sheet,
      description:
        "Vad insatsen kostar för hela målgruppen år för år, mot de besparingar som väntas.",
    },
    uppfoljning: {
      name: UPPFOLJNING_TEXT.sv.sheet,
      description: "Aktiviteter, deltagare och kostnader per period, mot plan och budget.",
    },
    intressenter: {
      name: INTRESSENTER_TEXT.sv.sheet,
      description: "Vilka som berörs av satsningen och hur deras kunskap tas till vara.",
    },
    osakerhet: {
      name: OSAKERHET_TEXT.sv.sheet,
      description:
        "Hur säker kalkylen är: varje post vid Låg och Hög, en simulering av nettonuvärdet och sannolikheten att satsningen lönar sig.",
    },
    beslutsunderlag: {
      name: BESLUTSUNDERLAG_TEXT.sv.sheet,
      description: "En sida att skriva ut inför beslut, med nyckeltalen från de andra bladen.",
    },
  },
  exampleSwitch: "Med påhittat exempel",
  exampleHint:
    "Exemplet visar hur bladet fylls i. Byt ut det mot era egna uppgifter eller ta bort det.",
  insertButton: "Infoga",
  inserting: "Infogar …",
  activeSheetHeading: "Aktivt blad",
  removeExampleButton: "Ta bort exemplet på aktivt blad",
  removing: "Tar bort exemplet …",
  convertButton: "Gör om logikmodell på aktivt blad",
  converting: "Gör om logikmodellen …",
  convertHint:
    "Har ni redan en logikmodell i Excel? Den blir ett levande Logikmodellblad, och den röda tråden kontrolleras. " +
    "Bladet ni har ändras inte.",
  needsExcel: "Bladen kan infogas när SI Kalkyl körs i Excel.",
  inserted: (sheets) =>
    sheets.length === 1
      ? `Bladet ${sheets[0]} infogades.`
      : `${sheets.length} blad infogades: ${sheets.join(", ")}.`,
  converted: (source, sheet, indicators) =>
    `Logikmodellen på bladet ${source} blev det levande bladet ${sheet}, med ${indicators} ${indicators === 1 ? "indikator" : "indikatorer"}.`,
  redThreadHeading: (n) => `Röd tråd – att åtgärda (${n})`,
  noGaps: "Röd tråd: inga luckor.",
  notFound: (reason) => `${sentence(reason)} Ingenting skrevs i arbetsboken.`,
  removed: (sheet, rows, cells) => {
    const parts = [
      ...(rows > 0 ? [`${rows} ${rows === 1 ? "rad" : "rader"}`] : []),
      ...(cells > 0 ? [`${cells} ${cells === 1 ? "cell" : "celler"}`] : []),
    ];
    return `Exemplet togs bort från bladet ${sheet}: ${amounts(parts, "och")}.`;
  },
  nothingLeft: (sheet) =>
    `Inget av exemplet finns kvar på bladet ${sheet}. Det som står där nu är ert eget och ändras inte.`,
  notTemplate: (sheet) =>
    `Bladet ${sheet} är inget av SI Kalkyls blad. Gå till ett blad som infogats härifrån och försök igen.`,
  needsNewerExcel: (version) =>
    `Det här kräver en nyare version av Excel (ExcelApi ${version}), till exempel Microsoft 365. Ingenting ändrades i arbetsboken.`,
  cellEditMode: "Excel håller på att redigera en cell. Tryck Enter eller Esc och försök igen.",
  protectedWorkbook: (detail) =>
    `Excel tillät inte ändringen. Arbetsboken eller bladet är troligen skyddat: ta bort skyddet under Granska och försök igen. (Excel: ${detail})`,
  failed: (detail) => `Det gick inte: ${detail}`,
};

const templatesEn: TemplateStrings = {
  intro:
    "Insert live sheets for the effort. Their formulas compute with the SI functions, and the sheets read key figures from each other. " +
    "Each sheet can come with a short, clearly invented example that you remove with one click.",
  sheetsHeading: "Sheets to insert",
  selectAll: "All sheets",
  sheets: {
    logikmodell: {
      name: LOGIKMODELL_TEXT.en.sheet,
      description:
        "The effort's logic on four levels, with indicators that compute the effect against a comparison group.",
    },
    riskmatris: {
      name: RISKMATRIS_TEXT.en.sheet,
      description: "Risks with likelihood and impact, coloured by level and counted in a matrix.",
    },
    kalkyl: {
      name: KALKYL_TEXT.en.sheet,
      description:
        "Costs and benefits per year and actor, with net present value, benefit–cost ratio and payback time.",
    },
    uppskalning: {
      name: UPPSKALNING_TEXT.en.sheet,
      description:
        "What the intervention costs for the whole target group year by year, against the expected savings.",
    },
    uppfoljning: {
      name: UPPFOLJNING_TEXT.en.sheet,
      description: "Activities, participants and costs per period, against plan and budget.",
    },
    intressenter: {
      name: INTRESSENTER_TEXT.en.sheet,
      description: "Who the effort affects and how their knowledge is gathered and used.",
    },
    osakerhet: {
      name: OSAKERHET_TEXT.en.sheet,
      description:
        "How sure the calculation is: each line at Low and High, a simulation of the net present value and the chance that the effort pays off.",
    },
    beslutsunderlag: {
      name: BESLUTSUNDERLAG_TEXT.en.sheet,
      description:
        "One page to print for the decision, with the key figures from the other sheets.",
    },
  },
  exampleSwitch: "With an invented example",
  exampleHint:
    "The example shows how the sheet is filled in. Replace it with your own figures or remove it.",
  insertButton: "Insert",
  inserting: "Inserting …",
  activeSheetHeading: "Active sheet",
  removeExampleButton: "Remove the example on the active sheet",
  removing: "Removing the example …",
  convertButton: "Convert the logic model on the active sheet",
  converting: "Converting the logic model …",
  convertHint:
    "Already have a logic model in Excel? It becomes a live Logic model sheet, and its red thread is checked. " +
    "Your own sheet is not changed.",
  needsExcel: "Sheets can be inserted when SI Kalkyl runs in Excel.",
  inserted: (sheets) =>
    sheets.length === 1
      ? `The sheet ${sheets[0]} was inserted.`
      : `${sheets.length} sheets were inserted: ${sheets.join(", ")}.`,
  converted: (source, sheet, indicators) =>
    `The logic model on the sheet ${source} is now the live sheet ${sheet}, with ${indicators} ${indicators === 1 ? "indicator" : "indicators"}.`,
  redThreadHeading: (n) => `Red thread – to mend (${n})`,
  noGaps: "Red thread: no gaps.",
  notFound: (reason) => `${sentence(reason)} Nothing was written to the workbook.`,
  removed: (sheet, rows, cells) => {
    const parts = [
      ...(rows > 0 ? [`${rows} ${rows === 1 ? "row" : "rows"}`] : []),
      ...(cells > 0 ? [`${cells} ${cells === 1 ? "cell" : "cells"}`] : []),
    ];
    return `The example was removed from the sheet ${sheet}: ${amounts(parts, "and")}.`;
  },
  nothingLeft: (sheet) =>
    `Nothing of the example is left on the sheet ${sheet}. What is there now is your own and stays as it is.`,
  notTemplate: (sheet) =>
    `The sheet ${sheet} is not one of SI Kalkyl's sheets. Go to a sheet inserted from here and try again.`,
  needsNewerExcel: (version) =>
    `This needs a newer Excel (ExcelApi ${version}), such as Microsoft 365. Nothing was changed in the workbook.`,
  cellEditMode: "Excel is editing a cell. Press Enter or Esc and try again.",
  protectedWorkbook: (detail) =>
    `Excel did not allow the change. The workbook or the sheet is probably protected: remove the protection under Review and try again. (Excel: ${detail})`,
  failed: (detail) => `That did not work: ${detail}`,
};

const sv: UiStrings = {
  appName: "SI Kalkyl",
  tagline: "Ekonomin i sociala investeringar",
  intro:
    "SI Kalkyl hjälper kommuner, regioner och samordningsförbund att räkna på sociala investeringar i Excel: " +
    "vad en insats kostar, vilka effekter den väntas ge och vad det är värt för olika verksamheter över tid.",
  version: (version) => `Version ${version}`,
  tabStart: "Start",
  tabPhases: "Faser",
  tabTemplates: "Mallar",
  tabUnitCosts: "Enhetskostnader",
  tabKalkyl: "Kalkyl",
  tabCheck: "Kontroll",
  tabShare: "Dela",
  navLabel: "Vyer",
  moreViews: "Mer",
  switchLanguage: "In English",
  unitCosts: unitCostsSv,
  templates: templatesSv,
};

const en: UiStrings = {
  appName: "SI Kalkyl",
  tagline: "The economics of social investments",
  intro:
    "SI Kalkyl helps Swedish municipalities, regions and Finsam federations work out the economics of social " +
    "investments in Excel: what an intervention costs, which effects it is expected to have and what they are " +
    "worth to each part of the public sector over time.",
  version: (version) => `Version ${version}`,
  tabStart: "Start",
  tabPhases: "Phases",
  tabTemplates: "Sheets",
  tabUnitCosts: "Unit costs",
  tabKalkyl: "Cost–benefit",
  tabCheck: "Check",
  tabShare: "Share",
  navLabel: "Views",
  moreViews: "More",
  switchLanguage: "På svenska",
  unitCosts: unitCostsEn,
  templates: templatesEn,
};

export const uiStrings: Readonly<Record<UiLanguage, UiStrings>> = { sv, en };

/**
 * Swedish for any Swedish Office display language ("sv", "sv-SE", "sv-FI"), English otherwise;
 * the same rule the custom functions use, so pane and function help never disagree.
 */
export function uiLanguage(displayLanguage: string | null | undefined): UiLanguage {
  return langOf(displayLanguage);
}
