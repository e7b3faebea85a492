/**
 * The task pane's Kalkyl tab, in Swedish and English: the figures of a cost–benefit sheet, its two
 * inputs, the chart of the per-actor split and the Känslighetsanalys sheet with its charts. Both languages are checked against
 * `KalkylPaneStrings`, so a key missing in either is a compile error. The chart's title and axis
 * titles are here too: the chart is drawn in the pane's language.
 */
import type { KalkylInput, KalkylInputProblem } from "../excel/kalkyl-outcome";
import type { Lang } from "./lang";
import { NO_ACTOR } from "./labels";
import { KALKYL_TEXT } from "./sheets/kalkyl";
import { OSAKERHET_TEXT } from "./sheets/osakerhet";

export interface KalkylPaneStrings {
  /** BCP 47 tag for numbers and kronor. */
  readonly numberLocale: string;
  readonly intro: string;
  readonly needsExcel: string;
  readonly loading: string;
  readonly refreshButton: string;
  readonly none: string;
  readonly pickerLabel: string;
  readonly pickerOption: (sheet: string, table: string) => string;
  readonly location: (sheet: string, table: string) => string;

  readonly inputsHeading: string;
  readonly inputLabels: Readonly<Record<KalkylInput, string>>;
  /** Under each input: what it takes and where it is written. */
  readonly inputHints: Readonly<Record<KalkylInput, (address: string) => string>>;
  readonly inputUnits: Readonly<Record<KalkylInput, string>>;
  readonly saveButtons: Readonly<Record<KalkylInput, string>>;
  readonly saving: string;
  readonly problems: Readonly<Record<KalkylInput, Readonly<Record<KalkylInputProblem, string>>>>;
  readonly written: Readonly<Record<KalkylInput, (value: string, address: string) => string>>;
  readonly noNamedCell: Readonly<Record<KalkylInput, string>>;
  /** The inputs as a sentence names them ("diskonteringsräntan"). */
  readonly inputNames: Readonly<Record<KalkylInput, string>>;

  readonly resultsHeading: string;
  readonly basis: (rate: string, horizon: number, lines: number) => string;
  readonly npvTitle: string;
  readonly bcrTitle: string;
  readonly bcrHint: string;
  readonly paybackTitle: string;
  readonly years: (n: number) => string;
  /** Shown in a card when there is no figure; the reason follows below it. */
  readonly noFigure: string;
  /** SI.CBATABLE's reason (lower case, no full stop) as a sentence. */
  readonly figureError: (message: string) => string;

  readonly agrees: (address: string) => string;
  readonly differs: (shown: string, address: string) => string;
  readonly blank: (address: string) => string;
  readonly noCell: string;
  readonly actorsAgrees: (address: string) => string;
  readonly actorsDiffers: (address: string) => string;
  readonly actorsBlank: (address: string) => string;
  readonly actorsNoSpill: string;
  /** Text a cell shows where a number belongs, quoted. */
  readonly quoted: (text: string) => string;

  readonly actorsHeading: string;
  readonly actorColumn: string;
  readonly costsColumn: string;
  readonly benefitsColumn: string;
  readonly netColumn: string;
  readonly noActor: string;

  readonly noLines: (table: string) => string;
  readonly missingInput: (names: readonly string[]) => string;
  readonly tableError: (table: string, message: string) => string;
  readonly inputError: Readonly<Record<KalkylInput, (message: string) => string>>;

  readonly chartHeading: string;
  readonly chartButton: string;
  readonly chartInserting: string;
  readonly chartHint: string;
  readonly chartInserted: (sheet: string, area: string) => string;
  readonly noSplit: string;
  readonly noRoom: string;
  /** The native chart's name, title and axis titles. */
  readonly chartName: (table: string) => string;
  readonly chartTitle: string;
  readonly chartCategoryAxis: string;
  readonly chartValueAxis: string;
  /** The pane's own small chart, for screen readers (the table above it has the figures). */
  readonly inlineChartLabel: string;
  readonly legendCosts: string;
  readonly legendBenefits: string;

  /** Osäkerhet: the Känslighetsanalys sheet with a tornado chart and a histogram. */
  readonly uncertaintyHeading: string;
  readonly uncertaintyHint: string;
  readonly uncertaintyButton: string;
  readonly uncertaintyInserting: string;
  readonly uncertaintyInserted: (sheet: string, lines: number) => string;
  /** Inserted, but no line has both Låg and Hög: only the rate varies. */
  readonly uncertaintyNoRanges: (sheet: string) => string;
  /** The sheet is in, the charts were refused; `reason` is the failure as a sentence. */
  readonly uncertaintyChartsFailed: (sheet: string, reason: string) => string;
  /** The native charts' names, titles and axis titles. */
  readonly tornadoName: (table: string) => string;
  readonly tornadoTitle: string;
  readonly tornadoValueAxis: string;
  readonly histogramName: (table: string) => string;
  readonly histogramTitle: string;
  readonly histogramCategoryAxis: string;
  readonly histogramValueAxis: string;

  readonly needsNewerExcel: (version: string) => string;
  readonly cellEditMode: string;
  readonly protectedSheet: (detail: string) => string;
  readonly failed: (detail: string) => string;
}

const RECALC_SV =
  "Bladet är kanske inte omräknat – välj Formler > Beräkna nu i Excel och sedan Läs om.";
const RECALC_EN =
  "The sheet may not be recalculated – choose Formulas > Calculate Now in Excel, then Refresh.";

const list = (items: readonly string[], and: string): string =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;

const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;

const sv: KalkylPaneStrings = {
  numberLocale: "sv-SE",
  intro:
    "Kalkylens resultat räknas här direkt ur tabellen på bladet, med samma beräkning som bladets formler. " +
    "Diskonteringsränta och horisont kan du ändra här; de skrivs till sina celler på bladet.",
  needsExcel: "Kalkylen läses från arbetsboken när SI Kalkyl körs i Excel.",
  loading: "Läser kalkylen …",
  refreshButton: "Läs om",
  none: `Arbetsboken har ingen kalkyl ännu. Infoga bladet ${KALKYL_TEXT.sv.sheet} under fliken Mallar och välj sedan Läs om.`,
  pickerLabel: "Kalkyl",
  pickerOption: (sheet, table) => `${sheet} – ${table}`,
  location: (sheet, table) => `Bladet ${sheet}, tabellen ${table}.`,

  inputsHeading: "Antaganden",
  inputLabels: { rate: "Diskonteringsränta (real, per år)", horizon: "Horisont" },
  inputHints: {
    rate: (address) => `I procent, från −99 till 100. Skrivs till ${address}.`,
    horizon: (address) => `Hela år, från 1 till 100. Skrivs till ${address}.`,
  },
  inputUnits: { rate: "%", horizon: "år" },
  saveButtons: { rate: "Spara räntan", horizon: "Spara horisonten" },
  saving: "Sparar …",
  problems: {
    rate: {
      empty: "Skriv in räntan i procent, till exempel 3,5.",
      notNumber: "Räntan ska vara ett tal i procent, till exempel 3,5.",
      outOfRange: "Räntan ska ligga mellan −99 och 100 procent.",
      notWhole: "Räntan ska vara ett tal i procent.",
    },
    horizon: {
      empty: "Skriv in horisonten i hela år, till exempel 10.",
      notNumber: "Horisonten ska vara ett helt antal år, till exempel 10.",
      outOfRange: "Horisonten ska vara mellan 1 och 100 år.",
      notWhole: "Horisonten ska vara ett helt antal år, utan decimaler.",
    },
  },
  written: {
    rate: (value, address) => `Diskonteringsräntan ${value} skrevs till ${address}.`,
    horizon: (value, address) => `Horisonten ${value} år skrevs till ${address}.`,
  },
  noNamedCell: {
    rate: "Kalkylens blad har ingen namngiven cell för diskonteringsräntan, så ingenting skrevs.",
    horizon: "Kalkylens blad har ingen namngiven cell för horisonten, så ingenting skrevs.",
  },
  inputNames: { rate: "diskonteringsräntan", horizon: "horisonten" },

  resultsHeading: "Resultat",
  basis: (rate, horizon, lines) =>
    `Räknat här ur ${lines} ${lines === 1 ? "post" : "poster"} med ${rate} ränta och ${horizon} års horisont – samma beräkning som SI.CBATABLE gör på bladet.`,
  npvTitle: "Nettonuvärde",
  bcrTitle: "Nyttokostnadskvot",
  bcrHint: "Kronor tillbaka per satsad krona.",
  paybackTitle: "Återbetalningstid",
  years: (n) => `${n} år`,
  noFigure: "–",
  figureError: sentence,

  agrees: (address) => `Stämmer med bladet (${address}).`,
  differs: (shown, address) => `Bladet visar ${shown} i ${address}. ${RECALC_SV}`,
  blank: (address) => `Cellen ${address} på bladet är tom. ${RECALC_SV}`,
  noCell: "Bladet har ingen namngiven resultatcell att jämföra med.",
  actorsAgrees: (address) => `Stämmer med fördelningen på bladet (${address}).`,
  actorsDiffers: (address) =>
    `Fördelningen på bladet (${address}) visar andra siffror. ${RECALC_SV}`,
  actorsBlank: (address) => `Fördelningen på bladet (${address}) är tom. ${RECALC_SV}`,
  actorsNoSpill: "Bladet har ingen fördelning per aktör att jämföra med.",
  quoted: (text) => `”${text}”`,

  actorsHeading: "Per aktör (nuvärde)",
  actorColumn: "Aktör",
  costsColumn: "Kostnader",
  benefitsColumn: "Nyttor",
  netColumn: "Netto",
  noActor: NO_ACTOR.sv,

  noLines: (table) =>
    `Tabellen ${table} har inga kostnader eller nyttor ännu. Fyll i dem i tabellen längst ned på bladet och välj sedan Läs om.`,
  missingInput: (names) =>
    `Bladet saknar den namngivna cellen för ${list(names, "och")}, så kalkylen går inte att räkna här. Infoga bladet ${KALKYL_TEXT.sv.sheet} på nytt under Mallar, eller ge cellen sitt namn igen.`,
  tableError: (table, message) => `Tabellen ${table} går inte att räkna: ${message}.`,
  inputError: {
    rate: (message) => `Diskonteringsräntan på bladet går inte att använda: ${message}.`,
    horizon: (message) => `Horisonten på bladet går inte att använda: ${message}.`,
  },

  chartHeading: "Diagram",
  chartButton: "Infoga diagram",
  chartInserting: "Infogar diagram …",
  chartHint:
    "Ett stapeldiagram i Excel med kostnader och nyttor per aktör, bredvid resultaten på bladet. Det hämtar siffrorna från bladet och följer med när de ändras.",
  chartInserted: (sheet, area) => `Diagrammet infogades på bladet ${sheet}, över ${area}.`,
  noSplit:
    "Bladet visar ingen fördelning per aktör att rita. Fyll i tabellen, låt Excel räkna om och försök sedan igen.",
  noRoom:
    "Det finns ingen ledig yta till höger om bladets innehåll. Flytta något av diagrammen där och försök igen.",
  chartName: (table) => `${table} per aktör`,
  chartTitle: "Kostnader och nyttor per aktör (nuvärde)",
  chartCategoryAxis: "Aktör",
  chartValueAxis: "Kronor (nuvärde)",
  inlineChartLabel: "Stapeldiagram över kostnader och nyttor per aktör",
  legendCosts: "Kostnader",
  legendBenefits: "Nyttor",

  uncertaintyHeading: "Osäkerhet",
  uncertaintyHint: `Infogar bladet ${OSAKERHET_TEXT.sv.sheet} för den här kalkylen: nettonuvärdet med varje post vid Låg och Hög, en simulering av nettonuvärdet och sannolikheten att nyttan överstiger kostnaden – med ett tornadodiagram och ett histogram i Excel som följer bladets siffror.`,
  uncertaintyButton: "Infoga känslighetsanalys",
  uncertaintyInserting: "Infogar känslighetsanalys …",
  uncertaintyInserted: (sheet, lines) =>
    `Bladet ${sheet} infogades med ett tornadodiagram och ett histogram. ${lines === 1 ? "En post har" : `${lines} poster har`} Låg och Hög; räntan prövas också.`,
  uncertaintyNoRanges: (sheet) =>
    `Bladet ${sheet} infogades, men ingen post i tabellen har både Låg och Hög, så bara räntan prövas och simuleringen visar inget spann. Fyll i Låg och Hög för de poster ni är osäkra på och infoga bladet på nytt.`,
  uncertaintyChartsFailed: (sheet, reason) =>
    `Bladet ${sheet} infogades och räknar, men diagrammen kunde inte ritas. ${reason}`,
  tornadoName: (table) => `${table} tornado`,
  tornadoTitle: "Nettonuvärdet med varje post vid Låg och Hög",
  tornadoValueAxis: "Nettonuvärde (kr), staplarna utgår från grundfallet",
  histogramName: (table) => `${table} histogram`,
  histogramTitle: "Simulerat nettonuvärde",
  histogramCategoryAxis: "Nettonuvärde från (kr)",
  histogramValueAxis: "Antal simuleringar",

  needsNewerExcel: (version) =>
    `Det här kräver en nyare Excel (ExcelApi ${version}). Använd Microsoft 365 eller Excel på webben.`,
  cellEditMode:
    "Excel håller på att redigera en cell. Tryck Enter eller Esc i cellen och försök igen.",
  protectedSheet: (detail) =>
    `Excel tillät inte ändringen, troligen för att bladet eller arbetsboken är skyddad. Ta bort skyddet under Granska och försök igen. (${detail})`,
  failed: (detail) => `Det gick inte: ${detail}`,
};

const en: KalkylPaneStrings = {
  numberLocale: "en-GB",
  intro:
    "The calculation's results, computed here straight from the table on the sheet with the same calculation as the sheet's formulas. " +
    "Change the discount rate and the horizon here; they are written to their cells on the sheet.",
  needsExcel: "The calculation is read from the workbook when SI Kalkyl runs in Excel.",
  loading: "Reading the calculation …",
  refreshButton: "Refresh",
  none: `The workbook has no calculation yet. Insert the ${KALKYL_TEXT.en.sheet} sheet from the Sheets tab, then choose Refresh.`,
  pickerLabel: "Calculation",
  pickerOption: (sheet, table) => `${sheet} – ${table}`,
  location: (sheet, table) => `Sheet ${sheet}, table ${table}.`,

  inputsHeading: "Assumptions",
  inputLabels: { rate: "Discount rate (real, per year)", horizon: "Horizon" },
  inputHints: {
    rate: (address) => `As a percentage, from −99 to 100. Written to ${address}.`,
    horizon: (address) => `Whole years, from 1 to 100. Written to ${address}.`,
  },
  inputUnits: { rate: "%", horizon: "years" },
  saveButtons: { rate: "Save the rate", horizon: "Save the horizon" },
  saving: "Saving …",
  problems: {
    rate: {
      empty: "Type the rate as a percentage, for example 3.5.",
      notNumber: "The rate must be a number, as a percentage, for example 3.5.",
      outOfRange: "The rate must be between −99 and 100 per cent.",
      notWhole: "The rate must be a number, as a percentage.",
    },
    horizon: {
      empty: "Type the horizon in whole years, for example 10.",
      notNumber: "The horizon must be a whole number of years, for example 10.",
      outOfRange: "The horizon must be between 1 and 100 years.",
      notWhole: "The horizon must be a whole number of years, without decimals.",
    },
  },
  written: {
    rate: (value, address) => `The discount rate ${value} was written to ${address}.`,
    horizon: (value, address) => `The horizon of ${value} years was written to ${address}.`,
  },
  noNamedCell: {
    rate: "The calculation's sheet has no named cell for the discount rate, so nothing was written.",
    horizon: "The calculation's sheet has no named cell for the horizon, so nothing was written.",
  },
  inputNames: { rate: "the discount rate", horizon: "the horizon" },

  resultsHeading: "Results",
  basis: (rate, horizon, lines) =>
    `Computed here from ${lines} ${lines === 1 ? "line" : "lines"} at a ${rate} rate over ${horizon} ${horizon === 1 ? "year" : "years"} – the same calculation SI.CBATABLE makes on the sheet.`,
  npvTitle: "Net present value",
  bcrTitle: "Benefit–cost ratio",
  bcrHint: "Kronor back per krona invested.",
  paybackTitle: "Payback",
  years: (n) => `${n} ${n === 1 ? "year" : "years"}`,
  noFigure: "–",
  figureError: sentence,

  agrees: (address) => `Agrees with the sheet (${address}).`,
  differs: (shown, address) => `The sheet shows ${shown} in ${address}. ${RECALC_EN}`,
  blank: (address) => `Cell ${address} on the sheet is empty. ${RECALC_EN}`,
  noCell: "The sheet has no named result cell to compare with.",
  actorsAgrees: (address) => `Agrees with the split on the sheet (${address}).`,
  actorsDiffers: (address) =>
    `The split on the sheet (${address}) shows other figures. ${RECALC_EN}`,
  actorsBlank: (address) => `The split on the sheet (${address}) is empty. ${RECALC_EN}`,
  actorsNoSpill: "The sheet has no per-actor split to compare with.",
  quoted: (text) => `“${text}”`,

  actorsHeading: "Per actor (present value)",
  actorColumn: "Actor",
  costsColumn: "Costs",
  benefitsColumn: "Benefits",
  netColumn: "Net",
  noActor: NO_ACTOR.en,

  noLines: (table) =>
    `The table ${table} has no costs or benefits yet. Fill them in in the table at the bottom of the sheet, then choose Refresh.`,
  missingInput: (names) =>
    `The sheet has no named cell for ${list(names, "and")}, so the calculation cannot be computed here. Insert the ${KALKYL_TEXT.en.sheet} sheet again from Sheets, or give the cell its name back.`,
  tableError: (table, message) => `The table ${table} cannot be computed: ${message}.`,
  inputError: {
    rate: (message) => `The discount rate on the sheet cannot be used: ${message}.`,
    horizon: (message) => `The horizon on the sheet cannot be used: ${message}.`,
  },

  chartHeading: "Chart",
  chartButton: "Insert chart",
  chartInserting: "Inserting the chart …",
  chartHint:
    "An Excel column chart of costs and benefits per actor, beside the results on the sheet. It takes its figures from the sheet and follows them as they change.",
  chartInserted: (sheet, area) => `The chart was inserted on the sheet ${sheet}, over ${area}.`,
  noSplit:
    "The sheet shows no per-actor split to draw. Fill in the table, let Excel recalculate, then try again.",
  noRoom:
    "There is no free area to the right of the sheet's contents. Move one of the charts there and try again.",
  chartName: (table) => `${table} per actor`,
  chartTitle: "Costs and benefits per actor (present value)",
  chartCategoryAxis: "Actor",
  chartValueAxis: "SEK (present value)",
  inlineChartLabel: "Column chart of costs and benefits per actor",
  legendCosts: "Costs",
  legendBenefits: "Benefits",

  uncertaintyHeading: "Uncertainty",
  uncertaintyHint: `Inserts the ${OSAKERHET_TEXT.en.sheet} sheet for this calculation: the net present value with each line at Low and High, a simulation of the net present value and the probability that the benefits exceed the costs – with an Excel tornado chart and histogram that follow the sheet's figures.`,
  uncertaintyButton: "Insert sensitivity analysis",
  uncertaintyInserting: "Inserting the sensitivity analysis …",
  uncertaintyInserted: (sheet, lines) =>
    `The sheet ${sheet} was inserted with a tornado chart and a histogram. ${lines === 1 ? "One line has" : `${lines} lines have`} Low and High; the discount rate is tried too.`,
  uncertaintyNoRanges: (sheet) =>
    `The sheet ${sheet} was inserted, but no line in the table has both Low and High, so only the discount rate is tried and the simulation shows no spread. Fill in Low and High for the lines you are unsure of and insert the sheet again.`,
  uncertaintyChartsFailed: (sheet, reason) =>
    `The sheet ${sheet} was inserted and calculates, but the charts could not be drawn. ${reason}`,
  tornadoName: (table) => `${table} tornado`,
  tornadoTitle: "Net present value with each line at Low and High",
  tornadoValueAxis: "Net present value (SEK), bars from the base case",
  histogramName: (table) => `${table} histogram`,
  histogramTitle: "Simulated net present value",
  histogramCategoryAxis: "Net present value from (SEK)",
  histogramValueAxis: "Number of simulations",

  needsNewerExcel: (version) =>
    `This needs a newer Excel (ExcelApi ${version}). Use Microsoft 365 or Excel on the web.`,
  cellEditMode: "Excel is editing a cell. Press Enter or Esc in the cell, then try again.",
  protectedSheet: (detail) =>
    `Excel did not allow the change, probably because the sheet or the workbook is protected. Remove the protection under Review and try again. (${detail})`,
  failed: (detail) => `That did not work: ${detail}`,
};

export const kalkylPaneText: Readonly<Record<Lang, KalkylPaneStrings>> = { sv, en };
