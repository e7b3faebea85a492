/**
 * Words of the logic-model reader (src/import/logicmodel.ts) in both languages: the names of the
 * four levels and four columns as messages give them, and the red-thread warnings. `{…}` are filled
 * in as given. Every warning names its level, so the user knows which row of the model to mend.
 */
import type { Lang } from "./lang";

const en = {
  // The four levels, top (long-term) to bottom, as the detailed model names them.
  level_aim: "Overall aim and goals",
  level_result: "Results and outcomes",
  level_activity: "Activities and process measures",
  level_resource: "Resources",

  // The four columns.
  column_logic: "Intervention logic",
  column_indicators: "Indicators",
  column_sources: "Data sources",
  column_assumptions: "Assumptions/threats",

  // Red-thread gaps: one warning per gap, each naming its level.
  emptyLevel:
    "The level “{level}” is empty: describe what is expected, how it is measured, where the data comes from and what it assumes.",
  noIndicator:
    "“{level}” has no indicator: every aim and every result needs at least one indicator that shows whether it is reached.",
  noProcessMeasure:
    "“{level}” has no process measure: give at least one measure of whether the activities take place, such as “number of training sessions held” or “share of those invited who attended”.",
  noSource:
    "The indicator “{indicator}” under “{level}” has no data source: say where its figures will come from.",

  // Reading.
  cellError: "The “{column}” cell under “{level}” holds the Excel error {error}; it is not read.",

  // The command line's summary.
  notFound:
    "no logic model found: a row with the headings Intervention logic, Indicators, Data sources and Assumptions/threats in the first 30 rows, with the four levels below it",
  converted: "The logic model on sheet {sheet}: {n} indicators, written to {file}.",
  gaps: "Red thread – to mend:",
  noGaps: "Red thread: no gaps.",
} as const;

export type LogicMessageKey = keyof typeof en;

const sv: Record<LogicMessageKey, string> = {
  level_aim: "Övergripande syfte och mål",
  level_result: "Resultat och utfall",
  level_activity: "Aktiviteter och processmått",
  level_resource: "Resurser",

  column_logic: "Interventionslogik",
  column_indicators: "Indikatorer",
  column_sources: "Datakällor",
  column_assumptions: "Antaganden/hot",

  emptyLevel:
    "Nivån ”{level}” är tom: beskriv vad som förväntas, hur det mäts, var uppgifterna kommer ifrån och vilka antaganden som gäller.",
  noIndicator:
    "”{level}” saknar indikator: varje mål och varje resultat behöver minst en indikator som visar om det nås.",
  noProcessMeasure:
    "”{level}” saknar processmått: ange minst ett mått på att aktiviteterna genomförs, till exempel ”antal genomförda träningstillfällen” eller ”andel av de inbjudna som deltog”.",
  noSource:
    "Indikatorn ”{indicator}” under ”{level}” saknar datakälla: ange var uppgifterna ska hämtas.",

  cellError:
    "Cellen i kolumnen ”{column}” under ”{level}” innehåller Excelfelet {error}; den läses inte.",

  notFound:
    "ingen logikmodell hittades: en rad med rubrikerna Interventionslogik, Indikatorer, Datakällor och Antaganden/hot bland de 30 första raderna, med de fyra nivåerna under",
  converted: "Logikmodellen på bladet {sheet}: {n} indikatorer, skriven till {file}.",
  gaps: "Röd tråd – att åtgärda:",
  noGaps: "Röd tråd: inga luckor.",
};

export const LOGIC_MESSAGES: Readonly<Record<Lang, Readonly<Record<LogicMessageKey, string>>>> = {
  en,
  sv,
};

/** A message with its `{…}` filled in; an unknown placeholder stays as written, so a gap shows. */
export function logicText(
  lang: Lang,
  key: LogicMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return LOGIC_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** The name of a level as the detailed model writes it ("Resultat och utfall", "Resources"). */
export function levelName(lang: Lang, level: "aim" | "result" | "activity" | "resource"): string {
  return LOGIC_MESSAGES[lang][`level_${level}`];
}
