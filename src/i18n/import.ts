/**
 * Words of the unit-cost importer in both languages: why a row was rejected, what a warning says,
 * why nothing could be imported, and the labels of the command's readable summary. `{…}` are filled
 * in as given. No message ever quotes a personal identity number: the importer masks them first.
 */
import type { Lang } from "./lang";

const en = {
  // Rejected rows: the reason, shown after the sheet and row.
  costBlank: "the cost is missing (blank cell)",
  costDash: "the cost is missing (“{text}”)",
  costText: "the cost “{text}” is not a number",
  costError: "the cost cell holds the Excel error {error}",
  costBool: "the cost is TRUE/FALSE, not an amount",
  costDate: "the cost cell holds a date, not an amount",
  costNotFinite: "the cost is not a finite number",
  costAmbiguous:
    "the cost “{text}” is ambiguous: {decimal} or {thousands}? The column's other costs do not show which decimal sign the sheet uses; write {decimal} or {thousands}",
  costPersonal: "the cost cell holds a personal identity number, not an amount",
  nameBlank: "the row has no name in the {column} column",
  nameError: "the name cell holds the Excel error {error}",

  // Warnings.
  personal:
    "a personal identity number (personnummer or samordningsnummer) in {where}; it is not repeated in any output: remove it from the workbook",
  personalColumn: "column {columns}",
  personalColumns: "columns {columns}",
  negativeCost: "the cost is negative ({cost} kr)",
  duplicateColumn: "column {column} is also a {field} column; column {used} is used",
  priceYearUnreadable: "the price year “{text}” is not a year; the price year is left empty",
  cellError: "the {field} cell holds the Excel error {error}; ignored",
  duplicateName: "“{name}” is also in row {other} with the same category",

  // Why nothing was imported (one line on stderr in the command).
  noSheet: "no sheet named “{sheet}”; the sheets are {sheets}",
  noHeader:
    "no unit-cost table: no sheet has a header row (within the first {rows} rows) with a name column (Kostnadspost, Namn, Item, …) and a cost column (Kostnad, Belopp, Cost, …)",
  noHeaderInSheet:
    "no unit-cost table in the sheet “{sheet}”: no header row (within the first {rows} rows) with a name column (Kostnadspost, Namn, Item, …) and a cost column (Kostnad, Belopp, Cost, …)",

  // Field names, as messages name them.
  field_name: "name",
  field_cost: "cost",
  field_unit: "unit",
  field_priceYear: "price year",
  field_source: "source",
  field_category: "category",
  field_id: "id",

  // What stands where a personal identity number was.
  personalMask: "[ID number removed]",

  // Skip reasons, as the summary counts them.
  skip_blank: "blank",
  skip_hidden: "hidden",
  skip_band: "category headings",
  skip_total: "totals",
  skip_note: "notes",
  skip_header: "repeated headers",

  // The command's readable summary.
  summaryImported: "Unit costs imported: {n}",
  summaryRejected: "Rows rejected:       {n}",
  summarySkipped: "Rows skipped:        {n}",
  summaryWarnings: "Warnings:            {n}",
  summarySheet:
    "Sheet “{sheet}”: header in row {row}; {imported} imported, {rejected} rejected, {skipped} skipped",
  summarySheetNoHeader: "Sheet “{sheet}”: no unit-cost header, not read",
  summaryRejectedTitle: "Rejected rows:",
  summaryWarningsTitle: "Warnings:",
  summaryAt: "{sheet}, row {row}: {text}",
} as const;

export type ImportMessageKey = keyof typeof en;

const sv: Record<ImportMessageKey, string> = {
  costBlank: "kostnaden saknas (tom cell)",
  costDash: "kostnaden saknas (”{text}”)",
  costText: "kostnaden ”{text}” är inte ett tal",
  costError: "kostnadscellen innehåller Excelfelet {error}",
  costBool: "kostnaden är SANT/FALSKT, inte ett belopp",
  costDate: "kostnadscellen innehåller ett datum, inte ett belopp",
  costNotFinite: "kostnaden är inte ett ändligt tal",
  costAmbiguous:
    "kostnaden ”{text}” är tvetydig: {decimal} eller {thousands}? Kolumnens övriga kostnader visar inte vilket decimaltecken bladet använder; skriv {decimal} eller {thousands}",
  costPersonal: "kostnadscellen innehåller ett personnummer, inte ett belopp",
  nameBlank: "raden saknar namn i kolumn {column}",
  nameError: "namncellen innehåller Excelfelet {error}",

  personal:
    "ett personnummer eller samordningsnummer i {where}; det upprepas inte i något utdata: ta bort det ur arbetsboken",
  personalColumn: "kolumn {columns}",
  personalColumns: "kolumnerna {columns}",
  negativeCost: "kostnaden är negativ ({cost} kr)",
  duplicateColumn: "kolumn {column} är också en kolumn för {field}; kolumn {used} används",
  priceYearUnreadable: "prisåret ”{text}” är inte ett årtal; prisåret lämnas tomt",
  cellError: "cellen för {field} innehåller Excelfelet {error}; den används inte",
  duplicateName: "”{name}” finns också på rad {other} med samma område",

  noSheet: "inget blad heter ”{sheet}”; bladen är {sheets}",
  noHeader:
    "ingen tabell med enhetskostnader: inget blad har en rubrikrad (bland de första {rows} raderna) med en namnkolumn (Kostnadspost, Namn, Item, …) och en kostnadskolumn (Kostnad, Belopp, Cost, …)",
  noHeaderInSheet:
    "ingen tabell med enhetskostnader i bladet ”{sheet}”: ingen rubrikrad (bland de första {rows} raderna) med en namnkolumn (Kostnadspost, Namn, Item, …) och en kostnadskolumn (Kostnad, Belopp, Cost, …)",

  field_name: "namn",
  field_cost: "kostnad",
  field_unit: "enhet",
  field_priceYear: "prisår",
  field_source: "källa",
  field_category: "område",
  field_id: "id",

  personalMask: "[personnummer borttaget]",

  skip_blank: "tomma",
  skip_hidden: "dolda",
  skip_band: "områdesrubriker",
  skip_total: "summarader",
  skip_note: "noter",
  skip_header: "upprepade rubrikrader",

  summaryImported: "Importerade enhetskostnader: {n}",
  summaryRejected: "Avvisade rader:              {n}",
  summarySkipped: "Överhoppade rader:           {n}",
  summaryWarnings: "Varningar:                   {n}",
  summarySheet:
    "Bladet ”{sheet}”: rubrikrad {row}; {imported} importerade, {rejected} avvisade, {skipped} överhoppade",
  summarySheetNoHeader: "Bladet ”{sheet}”: ingen rubrikrad för enhetskostnader, lästes inte",
  summaryRejectedTitle: "Avvisade rader:",
  summaryWarningsTitle: "Varningar:",
  summaryAt: "{sheet}, rad {row}: {text}",
};

export const IMPORT_MESSAGES: Readonly<Record<Lang, Readonly<Record<ImportMessageKey, string>>>> = {
  en,
  sv,
};

/** A message with its `{…}` filled in; an unknown placeholder stays as written, so a gap shows. */
export function importText(
  lang: Lang,
  key: ImportMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return IMPORT_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** A number as the language writes it: 1 500,5 in Swedish, 1,500.5 in English (for messages). */
export function formatAmount(value: number, lang: Lang): string {
  const [int, frac] = Math.abs(value).toString().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? " " : ",");
  const sign = value < 0 ? "−" : "";
  return frac === undefined
    ? `${sign}${grouped}`
    : `${sign}${grouped}${lang === "sv" ? "," : "."}${frac}`;
}
