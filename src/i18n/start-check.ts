/**
 * The words of the task pane's Start and Kontroll tabs, Swedish first. Both languages are checked
 * against `StartCheckStrings`, so a key missing in either is a compile error. Counts and names come
 * in through small functions, which also choose singular or plural. No string ever holds a cell's
 * text beyond what the scan gives back, and the scan masks personal identity numbers.
 */
import type { HoldingKind } from "../import/workbook-health";
import type { Lang } from "./lang";

export interface RiskCounts {
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly unrated: number;
}

export interface StartCheckStrings {
  // --- both tabs --------------------------------------------------------------------------------
  readonly needsExcel: string;
  readonly scanning: string;
  readonly sheetsRead: (n: number) => string;
  readonly needsNewerExcel: (version: string) => string;
  readonly cellEditMode: string;
  readonly protectedSheet: (detail: string) => string;
  readonly tooLarge: (detail: string) => string;
  readonly notFound: string;
  readonly failed: (detail: string) => string;
  readonly selected: (sheet: string) => string;
  readonly selectedSome: (selected: number, total: number, sheet: string) => string;
  readonly selectedFirst: (total: number, sheet: string) => string;
  readonly hiddenSheet: (sheet: string) => string;
  /** A place on a hidden sheet, shown as text where a link would be. */
  readonly hiddenPlace: (text: string) => string;
  readonly capped: (sheet: string, read: number, total: number) => string;
  readonly unread: (sheet: string) => string;

  // --- Start ------------------------------------------------------------------------------------
  readonly startIntro: string;
  readonly refreshButton: string;
  readonly holdingsHeading: string;
  readonly kinds: Readonly<Record<HoldingKind, string>>;
  readonly holdingTable: (kind: string, table: string, sheet: string) => string;
  readonly holdingGrid: (kind: string, sheet: string) => string;
  readonly missing: (kinds: readonly string[]) => string;
  readonly nothingYet: string;
  readonly healthHeading: string;
  readonly errorsLabel: string;
  readonly errorsNone: string;
  readonly errorsOnSheet: (sheet: string, n: number) => string;
  readonly redThreadLabel: string;
  readonly redThreadNoModel: string;
  readonly redThreadNone: string;
  readonly redThreadGaps: (n: number, sheet: string) => string;
  readonly redThreadTableGaps: (n: number, table: string) => string;
  readonly risksLabel: string;
  readonly risksNone: string;
  readonly risksLine: (table: string, sheet: string, counts: RiskCounts) => string;
  readonly beforeAfterLabel: string;
  readonly beforeAfterNone: string;
  readonly beforeAfterEffect: (indicator: string) => string;
  readonly rowWarning: (indicator: string, warning: string) => string;
  readonly personalLabel: string;
  readonly personalNone: string;
  readonly personalOnSheet: (sheet: string, n: number) => string;

  // --- Kontroll ---------------------------------------------------------------------------------
  readonly checkIntro: string;
  readonly rescanButton: string;
  readonly redThreadHeading: string;
  readonly gridOnSheet: (sheet: string) => string;
  readonly gridNoGaps: string;
  readonly tableIssuesHeading: (table: string) => string;
  readonly noSource: (indicator: string, level: string | undefined) => string;
  readonly noIndicatorRow: (level: string, table: string) => string;
  readonly noModel: string;
  readonly levelLabel: string;
  readonly personalHeading: string;
  readonly personalNoneIn: (sheets: number) => string;
  readonly personalSummary: (cells: number, sheets: number) => string;
  readonly personalAdvice: string;
  readonly personalSheet: (sheet: string, cells: number) => string;
  /** The areas listed, and how many more there are. */
  readonly cellsList: (areas: readonly string[], more: number) => string;
  readonly selectCells: (sheet: string) => string;
}

const svNumber = (n: number): string => n.toLocaleString("sv-SE");
const enNumber = (n: number): string => n.toLocaleString("en-GB");

/** "a, b och c". */
function list(items: readonly string[], and: string): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

const sv: StartCheckStrings = {
  needsExcel: "Arbetsboken kan läsas när SI Kalkyl körs i Excel.",
  scanning: "Läser arbetsboken …",
  sheetsRead: (n) => `${svNumber(n)} blad lästes.`,
  needsNewerExcel: (version) =>
    `Det här kräver en nyare version av Excel (ExcelApi ${version}), till exempel Microsoft 365.`,
  cellEditMode: "Excel håller på att redigera en cell. Tryck Enter eller Esc och försök igen.",
  protectedSheet: (detail) =>
    `Excel tillät det inte. Bladet är troligen skyddat: ta bort skyddet under Granska och försök igen. (Excel: ${detail})`,
  tooLarge: (detail) =>
    `Arbetsboken är för stor för att läsas på en gång. Dela upp stora blad i flera och försök igen. (Excel: ${detail})`,
  notFound: "Platsen finns inte längre: bladet har tagits bort sedan arbetsboken lästes. Sök igen.",
  failed: (detail) => `Det gick inte: ${detail}`,
  selected: (sheet) => `Markerat på bladet ${sheet}.`,
  selectedSome: (selected, total, sheet) =>
    `De första ${svNumber(selected)} av ${svNumber(total)} områdena är markerade på bladet ${sheet}. Åtgärda dem och sök igen för att se resten.`,
  selectedFirst: (total, sheet) =>
    `Din version av Excel kan bara markera ett område i taget: det första av ${svNumber(total)} är markerat på bladet ${sheet}.`,
  hiddenSheet: (sheet) =>
    `Bladet ${sheet} är dolt. Visa det (högerklicka på en bladflik och välj Ta fram) och försök igen.`,
  hiddenPlace: (text) => `${text} (dolt blad)`,
  capped: (sheet, read, total) =>
    `Bladet ${sheet} är stort: de första ${svNumber(read)} av ${svNumber(total)} cellerna lästes.`,
  unread: (sheet) => `Bladet ${sheet} är för stort för att läsas härifrån och kontrollerades inte.`,

  startIntro:
    "Det här finns redan i arbetsboken, och så här mår det. Klicka på en rad för att gå dit.",
  refreshButton: "Läs arbetsboken igen",
  holdingsHeading: "I arbetsboken",
  kinds: {
    logicModel: "Logikmodell",
    riskMatrix: "Riskmatris",
    calculation: "Kalkyl",
    unitCosts: "Enhetskostnader",
    followUp: "Uppföljning",
    stakeholders: "Intressentanalys",
  },
  holdingTable: (kind, table, sheet) => `${kind}: tabellen ${table} på bladet ${sheet}`,
  holdingGrid: (kind, sheet) => `${kind} utan indikatortabell på bladet ${sheet}`,
  missing: (kinds) => `Finns inte ännu: ${list(kinds, "och")}. Infoga under Mallar.`,
  nothingYet:
    "Arbetsboken har inga blad från SI Kalkyl ännu. Infoga dem under Mallar, eller gör om en logikmodell ni redan har.",
  healthHeading: "Hälsa",
  errorsLabel: "Fel i celler",
  errorsNone: "Inga celler med fel.",
  errorsOnSheet: (sheet, n) =>
    `Bladet ${sheet}: ${svNumber(n)} ${n === 1 ? "cell" : "celler"} med fel`,
  redThreadLabel: "Röd tråd",
  redThreadNoModel: "Ingen logikmodell att kontrollera.",
  redThreadNone: "Inga luckor.",
  redThreadGaps: (n, sheet) =>
    `${svNumber(n)} ${n === 1 ? "lucka" : "luckor"} i logikmodellen på bladet ${sheet} – se Kontroll`,
  redThreadTableGaps: (n, table) =>
    `${svNumber(n)} ${n === 1 ? "lucka" : "luckor"} i tabellen ${table} – se Kontroll`,
  risksLabel: "Risker per nivå",
  risksNone: "Ingen riskmatris.",
  risksLine: (table, sheet, c) =>
    `${table} på bladet ${sheet}: ${svNumber(c.high)} ${c.high === 1 ? "hög" : "höga"}, ${svNumber(c.medium)} medel, ${svNumber(c.low)} ${c.low === 1 ? "låg" : "låga"}` +
    (c.unrated > 0 ? `, ${svNumber(c.unrated)} utan nivå` : ""),
  beforeAfterLabel: "Före–efter som effekt",
  beforeAfterNone: "Ingen före–efter-mätning visas som effekt.",
  beforeAfterEffect: (indicator) =>
    `”${indicator}”: en före–efter-mätning visas som effekt. Förändringen är ingen effekt utan jämförelsegrupp.`,
  rowWarning: (indicator, warning) => `”${indicator}”: ${warning}`,
  personalLabel: "Personnummer",
  personalNone: "Inga personnummer hittades.",
  personalOnSheet: (sheet, n) =>
    `Bladet ${sheet}: ${svNumber(n)} ${n === 1 ? "cell" : "celler"} med personnummer`,

  checkIntro:
    "Kontrollera att logikmodellen håller ihop och att arbetsboken inte innehåller personnummer. Arbetsboken läses, men ändras inte.",
  rescanButton: "Sök igen",
  redThreadHeading: "Röd tråd i logikmodellen",
  gridOnSheet: (sheet) => `Logikmodellen på bladet ${sheet}`,
  gridNoGaps: "Röd tråd: inga luckor.",
  tableIssuesHeading: (table) => `Tabellen ${table}`,
  noSource: (indicator, level) =>
    `Indikatorn ”${indicator}”${level ? ` (${level})` : ""} saknar datakälla: ange var uppgifterna ska hämtas.`,
  noIndicatorRow: (level, table) =>
    `”${level}” har ingen indikator i tabellen ${table}: lägg till en rad med nivån och indikatorn.`,
  noModel:
    "Ingen logikmodell hittades. Infoga bladet Logikmodell under Mallar, eller gör om en logikmodell ni redan har.",
  levelLabel: "Nivå",
  personalHeading: "Personnummer och samordningsnummer",
  personalNoneIn: (sheets) =>
    `Inga personnummer eller samordningsnummer i arbetsbokens ${svNumber(sheets)} blad.`,
  personalSummary: (cells, sheets) =>
    `${svNumber(cells)} ${cells === 1 ? "cell" : "celler"} på ${svNumber(sheets)} blad ser ut att innehålla personnummer eller samordningsnummer.`,
  personalAdvice:
    "Arbetsboken ska bara innehålla sammanställda uppgifter. Markera cellerna, ta bort uppgifterna och sök igen.",
  personalSheet: (sheet, cells) =>
    `Bladet ${sheet}: ${svNumber(cells)} ${cells === 1 ? "cell" : "celler"}`,
  cellsList: (areas, more) =>
    `Celler: ${areas.join(", ")}${more > 0 ? ` … och ${svNumber(more)} till` : ""}`,
  selectCells: (sheet) => `Markera cellerna på bladet ${sheet}`,
};

const en: StartCheckStrings = {
  needsExcel: "The workbook can be read when SI Kalkyl runs in Excel.",
  scanning: "Reading the workbook …",
  sheetsRead: (n) => `${enNumber(n)} ${n === 1 ? "sheet" : "sheets"} read.`,
  needsNewerExcel: (version) =>
    `This needs a newer Excel (ExcelApi ${version}), such as Microsoft 365.`,
  cellEditMode: "Excel is editing a cell. Press Enter or Esc and try again.",
  protectedSheet: (detail) =>
    `Excel did not allow it. The sheet is probably protected: remove the protection under Review and try again. (Excel: ${detail})`,
  tooLarge: (detail) =>
    `The workbook is too large to read in one go. Split large sheets into several and try again. (Excel: ${detail})`,
  notFound: "That place is gone: the sheet was deleted after the workbook was read. Check again.",
  failed: (detail) => `That did not work: ${detail}`,
  selected: (sheet) => `Selected on the sheet ${sheet}.`,
  selectedSome: (selected, total, sheet) =>
    `The first ${enNumber(selected)} of ${enNumber(total)} areas are selected on the sheet ${sheet}. Deal with them and check again to see the rest.`,
  selectedFirst: (total, sheet) =>
    `Your version of Excel can select only one area at a time: the first of ${enNumber(total)} is selected on the sheet ${sheet}.`,
  hiddenSheet: (sheet) =>
    `The sheet ${sheet} is hidden. Unhide it (right-click a sheet tab and choose Unhide) and try again.`,
  hiddenPlace: (text) => `${text} (hidden sheet)`,
  capped: (sheet, read, total) =>
    `The sheet ${sheet} is large: the first ${enNumber(read)} of ${enNumber(total)} cells were read.`,
  unread: (sheet) => `The sheet ${sheet} is too large to read from here and was not checked.`,

  startIntro: "What the workbook already holds, and how it is doing. Click a line to go there.",
  refreshButton: "Read the workbook again",
  holdingsHeading: "In the workbook",
  kinds: {
    logicModel: "Logic model",
    riskMatrix: "Risk matrix",
    calculation: "Cost–benefit calculation",
    unitCosts: "Unit costs",
    followUp: "Follow-up",
    stakeholders: "Stakeholder analysis",
  },
  holdingTable: (kind, table, sheet) => `${kind}: the table ${table} on the sheet ${sheet}`,
  holdingGrid: (kind, sheet) => `${kind} without an indicator table on the sheet ${sheet}`,
  missing: (kinds) => `Not there yet: ${list(kinds, "and")}. Insert them under Sheets.`,
  nothingYet:
    "The workbook has no SI Kalkyl sheets yet. Insert them under Sheets, or convert a logic model you already have.",
  healthHeading: "Health",
  errorsLabel: "Cells with errors",
  errorsNone: "No cells with errors.",
  errorsOnSheet: (sheet, n) =>
    `Sheet ${sheet}: ${enNumber(n)} ${n === 1 ? "cell" : "cells"} with errors`,
  redThreadLabel: "Red thread",
  redThreadNoModel: "No logic model to check.",
  redThreadNone: "No gaps.",
  redThreadGaps: (n, sheet) =>
    `${enNumber(n)} ${n === 1 ? "gap" : "gaps"} in the logic model on the sheet ${sheet} – see Check`,
  redThreadTableGaps: (n, table) =>
    `${enNumber(n)} ${n === 1 ? "gap" : "gaps"} in the table ${table} – see Check`,
  risksLabel: "Risks by level",
  risksNone: "No risk matrix.",
  risksLine: (table, sheet, c) =>
    `${table} on the sheet ${sheet}: ${enNumber(c.high)} high, ${enNumber(c.medium)} medium, ${enNumber(c.low)} low` +
    (c.unrated > 0 ? `, ${enNumber(c.unrated)} without a level` : ""),
  beforeAfterLabel: "Before–after as an effect",
  beforeAfterNone: "No before–after measurement is shown as an effect.",
  beforeAfterEffect: (indicator) =>
    `“${indicator}”: a before–after measurement is shown as an effect. Without a comparison group the change is not an effect.`,
  rowWarning: (indicator, warning) => `“${indicator}”: ${warning}`,
  personalLabel: "Personal identity numbers",
  personalNone: "No personal identity numbers found.",
  personalOnSheet: (sheet, n) =>
    `Sheet ${sheet}: ${enNumber(n)} ${n === 1 ? "cell" : "cells"} with personal identity numbers`,

  checkIntro:
    "Check that the logic model holds together and that the workbook holds no personal identity numbers. The workbook is read, not changed.",
  rescanButton: "Check again",
  redThreadHeading: "Red thread of the logic model",
  gridOnSheet: (sheet) => `The logic model on the sheet ${sheet}`,
  gridNoGaps: "Red thread: no gaps.",
  tableIssuesHeading: (table) => `The table ${table}`,
  noSource: (indicator, level) =>
    `The indicator “${indicator}”${level ? ` (${level})` : ""} has no data source: say where its figures will come from.`,
  noIndicatorRow: (level, table) =>
    `“${level}” has no indicator in the table ${table}: add a row with the level and its indicator.`,
  noModel:
    "No logic model was found. Insert the Logic model sheet under Sheets, or convert a logic model you already have.",
  levelLabel: "Level",
  personalHeading: "Personal identity and coordination numbers",
  personalNoneIn: (sheets) =>
    `No personal identity or coordination numbers in the workbook's ${enNumber(sheets)} ${sheets === 1 ? "sheet" : "sheets"}.`,
  personalSummary: (cells, sheets) =>
    `${enNumber(cells)} ${cells === 1 ? "cell" : "cells"} on ${enNumber(sheets)} ${sheets === 1 ? "sheet seems" : "sheets seem"} to hold Swedish personal identity or coordination numbers.`,
  personalAdvice:
    "The workbook should hold aggregated figures only. Select the cells, remove the data and check again.",
  personalSheet: (sheet, cells) =>
    `Sheet ${sheet}: ${enNumber(cells)} ${cells === 1 ? "cell" : "cells"}`,
  cellsList: (areas, more) =>
    `Cells: ${areas.join(", ")}${more > 0 ? ` … and ${enNumber(more)} more` : ""}`,
  selectCells: (sheet) => `Select the cells on the sheet ${sheet}`,
};

export const startCheckStrings: Readonly<Record<Lang, StartCheckStrings>> = { sv, en };
