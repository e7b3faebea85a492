/**
 * Task-pane strings. Swedish is the primary language (the users are Swedish municipalities,
 * regions and Finsam federations); English follows Excel's display language for everyone else.
 * Both languages are checked against `UiStrings`, so a key missing in either is a compile error.
 */

import { langOf, type Lang } from "./lang";

/** The task pane speaks the same two languages as the functions. */
export type UiLanguage = Lang;

export interface PhaseText {
  readonly title: string;
  readonly summary: string;
}

/** The six phases of a social investment, in order; a tuple so a seventh or a missing one fails to compile. */
export type SixPhases = readonly [PhaseText, PhaseText, PhaseText, PhaseText, PhaseText, PhaseText];

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
  readonly rejectedHeading: (n: number) => string;
  readonly warningsHeading: (n: number) => string;
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
  readonly sourceLabel: string;
  readonly localBadge: string;
  readonly localOverrides: (national: string) => string;
  readonly localFormula: string;
  readonly insertButton: string;
  readonly insertTitle: (name: string) => string;
  readonly inserted: (address: string) => string;
}

export interface UiStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly intro: string;
  readonly phasesHeading: string;
  readonly phases: SixPhases;
  readonly phasesPlaceholder: string;
  readonly versionLabel: string;
  readonly tabOverview: string;
  readonly tabUnitCosts: string;
  readonly unitCosts: UnitCostStrings;
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
  rejectedHeading: (n) => `Avvisade rader (${n})`,
  warningsHeading: (n) => `Varningar (${n})`,
  rowRef: (sheet, row) => `${sheet}, rad ${row}`,
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
  sourceLabel: "Källa",
  localBadge: "Lokal kostnad",
  localOverrides: (national) => `ersätter nationella ${national}`,
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
  rejectedHeading: (n) => `Rejected rows (${n})`,
  warningsHeading: (n) => `Warnings (${n})`,
  rowRef: (sheet, row) => `${sheet}, row ${row}`,
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
  sourceLabel: "Source",
  localBadge: "Local cost",
  localOverrides: (national) => `replaces the national ${national}`,
  localFormula: "formula",
  insertButton: "Insert",
  insertTitle: (name) => `Insert =SI.UNITCOST for ${name} into the selected cell`,
  inserted: (address) => `The formula was inserted into ${address}.`,
};

const sv: UiStrings = {
  appName: "SI Kalkyl",
  tagline: "Ekonomin i sociala investeringar",
  intro:
    "SI Kalkyl hjälper kommuner, regioner och samordningsförbund att räkna på sociala investeringar i Excel: " +
    "vad en insats kostar, vilka effekter den väntas ge och vad det är värt för olika verksamheter över tid.",
  phasesHeading: "Arbetets sex faser",
  phases: [
    {
      title: "Tvärsektoriell behovsanalys",
      summary: "Kartlägg behov, målgrupper och kostnader över förvaltningsgränserna.",
    },
    {
      title: "Strategiskt val av insats",
      summary:
        "Jämför tänkbara insatser utifrån kunskapsläge, förväntad effekt och kalkylerad nytta.",
    },
    {
      title: "Utformning av satsning",
      summary: "Bestäm målgrupp, budget, effektmått och hur satsningen ska följas upp.",
    },
    {
      title: "Genomförande och uppföljning",
      summary: "Följ kostnader och resultat löpande mot kalkylen.",
    },
    {
      title: "Utvärdering",
      summary: "Värdera effekterna och det ekonomiska utfallet för varje verksamhet.",
    },
    {
      title: "Implementering och uppskalning",
      summary: "Räkna på vad ordinarie drift och en större skala kostar och ger.",
    },
  ],
  phasesPlaceholder:
    "Här kommer en vägledd arbetsyta för varje fas. Än så länge är listan en översikt.",
  versionLabel: "Version",
  tabOverview: "Översikt",
  tabUnitCosts: "Enhetskostnader",
  unitCosts: unitCostsSv,
};

const en: UiStrings = {
  appName: "SI Kalkyl",
  tagline: "The economics of social investments",
  intro:
    "SI Kalkyl helps Swedish municipalities, regions and Finsam federations work out the economics of social " +
    "investments in Excel: what an intervention costs, which effects it is expected to have and what they are " +
    "worth to each part of the public sector over time.",
  phasesHeading: "The six phases of the work",
  phases: [
    {
      title: "Cross-sector needs analysis",
      summary: "Map needs, target groups and costs across departmental boundaries.",
    },
    {
      title: "Choosing what to try",
      summary:
        "Compare candidate interventions on evidence, expected effect and estimated benefit.",
    },
    {
      title: "Design",
      summary:
        "Set the target group, budget, outcome measures and how the work will be followed up.",
    },
    {
      title: "Running and follow-up",
      summary: "Track costs and results against the estimate as the work runs.",
    },
    {
      title: "Evaluation",
      summary: "Assess the effects and the economic result for each part of the organisation.",
    },
    {
      title: "Implementation and scale-up",
      summary: "Work out what regular operation and a larger scale would cost and return.",
    },
  ],
  phasesPlaceholder:
    "A guided workspace for each phase will appear here. For now this list is an overview.",
  versionLabel: "Version",
  tabOverview: "Overview",
  tabUnitCosts: "Unit costs",
  unitCosts: unitCostsEn,
};

export const uiStrings: Readonly<Record<UiLanguage, UiStrings>> = { sv, en };

/**
 * Swedish for any Swedish Office display language ("sv", "sv-SE", "sv-FI"), English otherwise;
 * the same rule the custom functions use, so pane and function help never disagree.
 */
export function uiLanguage(displayLanguage: string | null | undefined): UiLanguage {
  return langOf(displayLanguage);
}
