/**
 * `si-kalkyl convert-logicmodel <in.xlsx> -o <out.xlsx> [--json]`: a logic model as people keep
 * it (the 4×4 grid, src/import/logicmodel.ts) turned into the live Logikmodell sheet with the
 * table SI_Indikatorer filled in, written to a new workbook; the input is only read. The
 * red-thread check is printed: with --json exactly one object
 *   {"indicators":[{level,goal,indicator,dataSource,assumptions}…],"warnings":[{level,message}…]}
 * A workbook without a logic model is one line on stderr and exit 1.
 */
import { XlsxError, loadXlsx } from "../engine/xlsx-file";
import { logicText } from "../i18n/logicmodel";
import { Lang } from "../i18n/lang";
import { LogicModel, readLogicModel } from "../import/logicmodel";
import { workbookGrids } from "../import/xlsx-grid";
import { logicContent } from "../templates/logic-content";
import { Failure, exists, readInput, sameFile, writeAtomically } from "./files";
import { EXIT, Io, failureReason } from "./io";
import { templateWorkbook } from "./template";

export interface ConvertOptions {
  output: string;
  json: boolean;
  lang: Lang;
  force: boolean;
}

const COMMAND = "si-kalkyl convert-logicmodel";

export function jsonLogicModel(model: LogicModel): string {
  return JSON.stringify({
    indicators: model.indicators.map((i) => ({
      level: i.level,
      goal: i.goal,
      indicator: i.indicator,
      dataSource: i.dataSource,
      assumptions: i.assumptions,
    })),
    warnings: model.warnings.map((w) => ({ level: w.level, message: w.message })),
  });
}

function readable(model: LogicModel, output: string, lang: Lang): string {
  const t = (key: Parameters<typeof logicText>[1], params?: Record<string, string | number>) =>
    logicText(lang, key, params);
  const lines = [
    t("converted", { sheet: model.sheet, n: model.indicators.length, file: output }),
    t(model.warnings.length ? "gaps" : "noGaps"),
    ...model.warnings.map((w) => `  ${w.message}`),
  ];
  return lines.join("\n") + "\n";
}

export async function convertLogicModelCommand(
  input: string,
  options: ConvertOptions,
  io: Io
): Promise<number> {
  try {
    const bytes = await readInput(input);
    if (sameFile(input, options.output)) {
      throw new Failure(
        `the output is the input file (${input}); the input is never overwritten`,
        EXIT.usage
      );
    }
    if (!options.force && (await exists(options.output))) {
      throw new Failure(
        `${options.output} exists; choose another name or add --force to replace it`,
        EXIT.usage
      );
    }
    let model: LogicModel | undefined;
    try {
      model = readLogicModel(workbookGrids((await loadXlsx(bytes)).workbook), options.lang);
    } catch (e) {
      throw new Failure(`${input}: ${e instanceof XlsxError ? e.message : failureReason(e)}`);
    }
    if (!model) throw new Failure(`${input}: ${logicText(options.lang, "notFound")}`);
    const { bytes: out } = await templateWorkbook(
      ["logikmodell"],
      { lang: options.lang, example: false, logicModel: logicContent(model) },
      io
    );
    await writeAtomically(options.output, out);
    io.out(
      options.json ? jsonLogicModel(model) + "\n" : readable(model, options.output, options.lang)
    );
    return EXIT.ok;
  } catch (e) {
    const failure =
      e instanceof Failure ? e : new Failure(`could not convert ${input}: ${failureReason(e)}`);
    io.err(`${COMMAND}: ${failure.message}\n`);
    return failure.code;
  }
}
