/** The `si-kalkyl` command line: parsing, help and exit codes; the commands live beside it. */
import { Command, CommanderError, Option } from "commander";
import { Lang, langOf } from "../i18n/lang";
import { VERSION } from "../version";
import { calcCommand } from "./calc";
import { convertLogicModelCommand } from "./convert-logicmodel";
import { importUnitCostsCommand } from "./import-unitcosts";
import { EXIT, Io } from "./io";
import { recalcCommand } from "./recalc";
import { templateCommand } from "./template";
import { TEMPLATE_IDS } from "../templates/spec";

function langOption(): Option {
  return new Option("--lang <lang>", "language of messages and labels")
    .choices(["sv", "en"])
    .default(langOf(process.env.LANG), "from $LANG: sv for Swedish, else en");
}

/** Runs the command line and resolves to the exit code; never exits the process itself. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("si-kalkyl")
    .description(
      "SI Kalkyl without Excel: SI.* formulas and whole workbooks evaluated by a headless engine"
    )
    .version(VERSION, "-V, --version")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError();

  program
    .command("calc")
    .description(
      'evaluate one formula as typed in Excel, e.g. =SI.CBA({100,0,0},{0,60,60},0.035,"bcr")'
    )
    .argument("<formula>", "the formula; array constants such as {1,2,3} allowed")
    .option("--json", "print one JSON object: {value} or {error, message}")
    .addOption(langOption())
    .action((formula: string, opts: { json?: boolean; lang: Lang }) => {
      code = calcCommand(formula, { json: !!opts.json, lang: opts.lang }, io);
    });

  program
    .command("recalc")
    .description("evaluate every formula of a workbook and write a copy with the computed values")
    .argument("<in.xlsx>", "the workbook to read (never modified)")
    .requiredOption("-o, --output <out.xlsx>", "where to write the recalculated copy")
    .option(
      "--values-only",
      "write values instead of SI.* formulas (a copy for people without the add-in)"
    )
    .option("--report", "print one JSON object: formulas, SI.* cells and error cells per sheet")
    .addOption(langOption())
    .action(
      async (
        input: string,
        opts: { output: string; valuesOnly?: boolean; report?: boolean; lang: Lang }
      ) => {
        code = await recalcCommand(
          {
            input,
            output: opts.output,
            valuesOnly: !!opts.valuesOnly,
            report: !!opts.report,
            lang: opts.lang,
          },
          io
        );
      }
    );

  program
    .command("import-unitcosts")
    .description(
      "read the unit costs (enhetskostnader) of a workbook; rejected rows and warnings are reported"
    )
    .argument("<file.xlsx>", "the workbook to read (never written to)")
    .option("--sheet <name>", "read only this sheet")
    .option("--json", "print one JSON object: {items, rejected, warnings}")
    .addOption(langOption())
    .action(async (file: string, opts: { sheet?: string; json?: boolean; lang: Lang }) => {
      code = await importUnitCostsCommand(
        file,
        { sheet: opts.sheet, json: !!opts.json, lang: opts.lang },
        io
      );
    });

  program
    .command("template")
    .description(
      "write live sheets (with a fictitious example) to a new workbook, recalculated; without charts, which ExcelJS cannot draw (the task pane's Kalkyl view adds the Känslighetsanalys charts in Excel)"
    )
    .argument("<sheet>", `${TEMPLATE_IDS.join("|")}|all`)
    .requiredOption("-o, --output <file.xlsx>", "the workbook to write (a new file)")
    .option("--no-example", "leave the sheets empty instead of filling in the fictitious example")
    .option("--force", "replace the output file if it exists")
    .addOption(langOption())
    .action(
      async (
        sheet: string,
        opts: { output: string; example: boolean; force?: boolean; lang: Lang }
      ) => {
        code = await templateCommand(
          sheet,
          { output: opts.output, example: opts.example, force: !!opts.force, lang: opts.lang },
          io
        );
      }
    );

  program
    .command("convert-logicmodel")
    .description(
      "turn a logic model kept as a 4×4 grid into the live Logikmodell sheet, with the red-thread check"
    )
    .argument("<in.xlsx>", "the workbook holding the logic model (never modified)")
    .requiredOption("-o, --output <out.xlsx>", "the workbook to write (a new file)")
    .option("--json", "print one JSON object: {indicators, warnings}")
    .option("--force", "replace the output file if it exists")
    .addOption(langOption())
    .action(
      async (
        input: string,
        opts: { output: string; json?: boolean; force?: boolean; lang: Lang }
      ) => {
        code = await convertLogicModelCommand(
          input,
          { output: opts.output, json: !!opts.json, force: !!opts.force, lang: opts.lang },
          io
        );
      }
    );

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; everything else is wrong usage.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.err(`si-kalkyl: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failed;
  }
  if (argv.length === 0) {
    io.err(program.helpInformation());
    return EXIT.usage;
  }
  return code;
}
