/** A logic model read from an existing workbook (src/import/logicmodel.ts) as the Logikmodell sheet's content. */
import type { LogicModel } from "../import/logicmodel";
import { LogicContent, LogicLevel } from "./spec";

const LEVELS: readonly LogicLevel[] = ["aim", "result", "activity", "resource"];

export function logicContent(model: LogicModel): LogicContent {
  const grid = Object.fromEntries(
    LEVELS.map((level) => {
      const t = model.levels[level];
      return [
        level,
        [t.logic, t.indicators, t.sources, t.assumptions].map((items) => items.join("\n")),
      ];
    })
  ) as LogicContent["grid"];
  return {
    grid,
    indicators: model.indicators.map((i) => ({
      level: i.level,
      indicator: i.indicator,
      dataSource: i.dataSource,
    })),
  };
}
