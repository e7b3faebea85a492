/**
 * The red-thread check (röd tråd) of a logic model: the gaps that keep a level from carrying the
 * next, as far as a reader can see them without judging the texts.
 * - every level has content (any text in any of its four columns);
 * - every aim and every result has at least one indicator;
 * - the activities have a process measure, that is at least one indicator on the activity level;
 * - every indicator has a data source.
 * Each gap gives exactly one warning, and every warning names its level: an empty level gives only
 * the "empty" warning, not also a missing indicator. An empty Antaganden/hot cell is no gap — a
 * level may rest on no stated assumption — and the resources need no indicator.
 * Warnings come level by level, aim first; a missing source quotes its indicator, which is text the
 * user wrote about the effort, not about a person.
 */
import { levelName, logicText } from "../i18n/logicmodel";
import type { Lang } from "../i18n/lang";
import { LOGIC_LEVELS } from "./logicmodel-grid";
import type { LogicIndicator, LogicModel, LogicWarning } from "./logicmodel";

/** Indicator texts longer than this are cut in messages, so a warning stays one readable line. */
const QUOTE_LENGTH = 80;

function quote(text: string): string {
  return text.length <= QUOTE_LENGTH ? text : `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

export function redThread(
  levels: LogicModel["levels"],
  indicators: readonly LogicIndicator[],
  lang: Lang
): LogicWarning[] {
  const warnings: LogicWarning[] = [];
  for (const level of LOGIC_LEVELS) {
    const texts = levels[level];
    const name = levelName(lang, level);
    const warn = (message: string) => warnings.push({ level, message });
    const hasContent =
      texts !== undefined &&
      [texts.logic, texts.indicators, texts.sources, texts.assumptions].some((l) => l.length > 0);
    if (!hasContent) {
      warn(logicText(lang, "emptyLevel", { level: name }));
      continue;
    }
    const own = indicators.filter((i) => i.level === level);
    const measured = own.length > 0 || texts.indicators.length > 0;
    if ((level === "aim" || level === "result") && !measured)
      warn(logicText(lang, "noIndicator", { level: name }));
    if (level === "activity" && !measured)
      warn(logicText(lang, "noProcessMeasure", { level: name }));
    for (const i of own)
      if (i.dataSource.trim() === "")
        warn(logicText(lang, "noSource", { level: name, indicator: quote(i.indicator) }));
  }
  return warnings;
}
