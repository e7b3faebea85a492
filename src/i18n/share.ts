/**
 * The Dela (share) tab's words, and the words of the note sheet the copy opens on. Swedish first,
 * English second; both are checked against the interfaces, so a key missing in either language is
 * a compile error. Counts and names come in through small functions.
 */
import type { Lang } from "./lang";

/** The tab in the task pane. */
export interface ShareStrings {
  /** BCP 47 tag for the counts (a space or a comma between thousands). */
  readonly numberLocale: string;
  readonly intro: string;
  readonly shareButton: string;
  readonly sharing: string;
  readonly shareHint: string;
  readonly needsExcel: string;
  /** The copy was opened as a new workbook; `replaced` SI formulas became values. */
  readonly opened: (replaced: string, count: number) => string;
  /** The same, for a workbook without SI formulas. */
  readonly openedNone: string;
  readonly saveHint: string;
  readonly unchanged: string;
  /** SI cells whose value was not ready (#BUSY!, or no value) when the copy was made. */
  readonly pending: (count: string, n: number) => string;
  readonly madeNone: string;
  readonly made: (replaced: string, count: number) => string;
  /** Why the copy is offered as a download instead: the host lacks ExcelApi `version`. */
  readonly downloadNeedsNewerExcel: (version: string) => string;
  /** Excel refused to open the copy; `detail` is its own text. */
  readonly downloadOpenFailed: (detail: string) => string;
  readonly downloadLink: (fileName: string) => string;
  /** The download's file name from the source's name without its extension, if Office gave one. */
  readonly copyFileName: (base: string | undefined, extension: string) => string;
  readonly needsFileApi: string;
  readonly cannotRead: (detail: string) => string;
  readonly notXlsx: (detail: string) => string;
  readonly failed: (detail: string) => string;
}

/** The first sheet of the copy: what it is, when and from what it was made. */
export interface ShareNoteText {
  readonly sheetName: string;
  readonly title: string;
  readonly madeLabel: string;
  readonly sourceLabel: string;
  readonly replacedLabel: string;
  /** The source's name when the workbook has none yet (never saved) or Office does not say. */
  readonly unknownSource: string;
  readonly staticValues: string;
  readonly noSiFormulas: string;
  readonly pending: (n: number) => string;
  /** Local date and time, to the minute: the reader's only clue to how fresh the figures are. */
  readonly madeAt: (date: Date) => string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "2026-11-23 14:05": ISO order reads the same in Swedish and English. */
function isoMinute(d: Date): string {
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

const shareSv: ShareStrings = {
  numberLocale: "sv-SE",
  intro:
    "Gör en kopia av arbetsboken för den som inte har SI Kalkyl. I kopian har varje cell med en SI-funktion " +
    "sitt senast beräknade värde i stället för formeln, och ett första blad, Om kopian, säger när och från " +
    "vilken fil kopian gjordes. Excels egna formler finns kvar. Arbetsboken du har öppen ändras inte.",
  shareButton: "Gör en kopia att dela",
  sharing: "Gör kopian …",
  shareHint:
    "Kopian öppnas som en ny arbetsbok som du sparar och skickar. SI-värdena räknas inte om i kopian.",
  needsExcel: "Kopian kan göras när SI Kalkyl körs i Excel.",
  opened: (replaced, count) =>
    `Kopian öppnades som en ny arbetsbok: ${replaced} ${count === 1 ? "SI-formel är ersatt med sitt värde" : "SI-formler är ersatta med sina värden"}.`,
  openedNone:
    "Kopian öppnades som en ny arbetsbok. Arbetsboken har inga SI-formler, så kopian är lik originalet med bladet Om kopian först.",
  saveHint: "Spara kopian under ett eget namn innan du skickar den.",
  unchanged: "Arbetsboken du har öppen är oförändrad.",
  pending: (count, n) =>
    `${count} ${n === 1 ? "SI-cell var inte färdigräknad" : "SI-celler var inte färdigräknade"} när kopian gjordes och ` +
    `${n === 1 ? "är tom" : "är tomma"} eller visar ett fel i kopian. Vänta tills Excel har räknat klart och gör en ny kopia.`,
  madeNone:
    "Kopian är gjord. Arbetsboken har inga SI-formler, så kopian är lik originalet med bladet Om kopian först.",
  made: (replaced, count) =>
    `Kopian är gjord: ${replaced} ${count === 1 ? "SI-formel är ersatt med sitt värde" : "SI-formler är ersatta med sina värden"}.`,
  downloadNeedsNewerExcel: (version) =>
    `Den här Excel-versionen kan inte öppna kopian som en ny arbetsbok (det kräver ExcelApi ${version}). Ladda ned den i stället och öppna filen.`,
  downloadOpenFailed: (detail) =>
    `Excel kunde inte öppna kopian som en ny arbetsbok (${detail}). Ladda ned den i stället och öppna filen.`,
  downloadLink: (fileName) => `Ladda ned ${fileName}`,
  copyFileName: (base, extension) => `${base ?? "Arbetsbok"} (att dela).${extension}`,
  needsFileApi:
    "Den här Excel-versionen låter inte tillägg läsa arbetsboken som fil, så kopian kan inte göras här. " +
    "Öppna arbetsboken i Excel för Windows eller Mac och försök igen.",
  cannotRead: (detail) =>
    `Excel kunde inte lämna ut arbetsboken som fil (${detail}). Avsluta redigeringen av en cell om du håller på ` +
    "med en och försök igen. Excel på webben kan inte alltid göra det: öppna då arbetsboken i Excel för Windows eller Mac.",
  notXlsx: (detail) =>
    "Kopian kan bara göras av en arbetsbok i formatet .xlsx eller .xlsm utan lösenord för att öppna. " +
    `Spara arbetsboken som .xlsx och försök igen (${detail}).`,
  failed: (detail) => `Kopian kunde inte göras: ${detail}`,
};

const shareEn: ShareStrings = {
  numberLocale: "en-GB",
  intro:
    "Make a copy of the workbook for readers without SI Kalkyl. In the copy, every cell with an SI function " +
    "holds its last calculated value instead of the formula, and a first sheet, About this copy, says when and " +
    "from which file the copy was made. Excel's own formulas stay. The workbook you have open is not changed.",
  shareButton: "Make a copy to share",
  sharing: "Making the copy …",
  shareHint:
    "The copy opens as a new workbook for you to save and send. The SI values are not recalculated in the copy.",
  needsExcel: "The copy can be made when SI Kalkyl runs in Excel.",
  opened: (replaced, count) =>
    `The copy was opened as a new workbook: ${replaced} ${count === 1 ? "SI formula was replaced by its value" : "SI formulas were replaced by their values"}.`,
  openedNone:
    "The copy was opened as a new workbook. The workbook has no SI formulas, so the copy is like the original with the sheet About this copy first.",
  saveHint: "Save the copy under a name of its own before you send it.",
  unchanged: "The workbook you have open is unchanged.",
  pending: (count, n) =>
    `${count} SI ${n === 1 ? "cell was" : "cells were"} not finished calculating when the copy was made and ` +
    `${n === 1 ? "is" : "are"} empty or show an error in the copy. Wait until Excel has finished calculating and make a new copy.`,
  madeNone:
    "The copy is made. The workbook has no SI formulas, so the copy is like the original with the sheet About this copy first.",
  made: (replaced, count) =>
    `The copy is made: ${replaced} ${count === 1 ? "SI formula was replaced by its value" : "SI formulas were replaced by their values"}.`,
  downloadNeedsNewerExcel: (version) =>
    `This version of Excel cannot open the copy as a new workbook (that needs ExcelApi ${version}). Download it instead and open the file.`,
  downloadOpenFailed: (detail) =>
    `Excel could not open the copy as a new workbook (${detail}). Download it instead and open the file.`,
  downloadLink: (fileName) => `Download ${fileName}`,
  copyFileName: (base, extension) => `${base ?? "Workbook"} (to share).${extension}`,
  needsFileApi:
    "This version of Excel does not let add-ins read the workbook as a file, so the copy cannot be made here. " +
    "Open the workbook in Excel for Windows or Mac and try again.",
  cannotRead: (detail) =>
    `Excel could not hand over the workbook as a file (${detail}). If you are editing a cell, finish and try again. ` +
    "Excel on the web cannot always do it: then open the workbook in Excel for Windows or Mac.",
  notXlsx: (detail) =>
    "The copy can only be made from an .xlsx or .xlsm workbook without a password to open. " +
    `Save the workbook as .xlsx and try again (${detail}).`,
  failed: (detail) => `The copy could not be made: ${detail}`,
};

const noteSv: ShareNoteText = {
  sheetName: "Om kopian",
  title: "Kopia för läsare utan SI Kalkyl: SI-formlerna är ersatta med sina värden.",
  madeLabel: "Gjord",
  sourceLabel: "Från",
  replacedLabel: "Ersatta SI-formler",
  unknownSource: "arbetsboken",
  staticValues:
    "Värdena är de som SI Kalkyl senast räknade fram i originalet. De räknas inte om här: ändrar du en indata " +
    "i kopian ändras inte resultaten av SI-funktionerna. Excels egna formler räknar som vanligt.",
  noSiFormulas: "Arbetsboken hade inga SI-formler; kopian är i övrigt lik originalet.",
  pending: (n) =>
    `Obs: ${n} ${n === 1 ? "SI-cell var inte färdigräknad" : "SI-celler var inte färdigräknade"} när kopian gjordes och saknar ett riktigt värde.`,
  madeAt: isoMinute,
};

const noteEn: ShareNoteText = {
  sheetName: "About this copy",
  title: "A copy for readers without SI Kalkyl: the SI formulas are replaced by their values.",
  madeLabel: "Made",
  sourceLabel: "From",
  replacedLabel: "SI formulas replaced",
  unknownSource: "the workbook",
  staticValues:
    "The values are those SI Kalkyl last calculated in the original. They are not recalculated here: if you " +
    "change an input in the copy, the results of the SI functions do not change. Excel's own formulas calculate as usual.",
  noSiFormulas: "The workbook had no SI formulas; otherwise the copy is like the original.",
  pending: (n) =>
    `Note: ${n} SI ${n === 1 ? "cell was" : "cells were"} not finished calculating when the copy was made and ${n === 1 ? "has" : "have"} no real value.`,
  madeAt: isoMinute,
};

export const shareStrings: Readonly<Record<Lang, ShareStrings>> = { sv: shareSv, en: shareEn };

export const shareNoteText: Readonly<Record<Lang, ShareNoteText>> = { sv: noteSv, en: noteEn };
