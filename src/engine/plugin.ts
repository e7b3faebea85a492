/**
 * The SI functions as a HyperFormula function plugin, built from the same catalog as the Excel
 * functions. Two Excel behaviours HyperFormula would otherwise change are kept: an empty argument
 * (`=SI.CBA(A1:A3,B1:B3,,"bcr")`) means omitted, not 0, and HyperFormula's own vectorisation is off
 * because the catalog broadcasts element-wise functions itself, exactly as in Excel.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { CATALOG, NAMESPACE, findFunction } from "../catalog";
import { predictSize } from "../catalog/size";
import { ArgShape, FunctionSpec } from "../catalog/spec";
import { Arg } from "../core/cells";
import { SiError } from "../core/errors";
import { formatError } from "../i18n/format";
import { Lang } from "../i18n/lang";
import { toArg, toHfResult } from "./values";

/** The parts of HyperFormula's (unexported) AST types that the plugin reads. */
interface AstNode {
  type: string;
  value?: unknown;
}
interface CallAst extends AstNode {
  procedureName: string;
  args: AstNode[];
}
// HyperFormula's interpreter state is opaque to plugins; it is only passed back to the engine.
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];

/** What the engine passes in HyperFormula's `context` config: the language of messages and labels. */
export interface EngineContext {
  lang: Lang;
}

function implemented(): ImplementedFunctions {
  const table: ImplementedFunctions = {};
  for (const spec of CATALOG) {
    table[`${NAMESPACE}.${spec.id}`] = {
      method: "evaluateSi",
      sizeOfResultArrayMethod: "sizeOfSi",
      vectorizationForbidden: true,
      parameters: spec.params.map(() => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: true,
      })),
    };
  }
  return table;
}

export class SiFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions = implemented();

  private lang(): Lang {
    const ctx = this.config.context as Partial<EngineContext> | undefined;
    return ctx?.lang === "sv" ? "sv" : "en";
  }

  private spec(ast: CallAst): FunctionSpec {
    const spec = findFunction(ast.procedureName);
    if (!spec) throw new Error(`${ast.procedureName} is not an SI function`);
    return spec;
  }

  private shapes(ast: CallAst, state: State): ArgShape[] {
    return ast.args.map((arg) => {
      const size = this.arraySizeForAst(arg as never, state);
      const literal =
        arg.type === "STRING" || arg.type === "NUMBER" ? (arg.value as string | number) : undefined;
      return { rows: size.height, cols: size.width, literal };
    });
  }

  sizeOfSi(ast: CallAst, state: State): ArraySize {
    const spec = findFunction(ast.procedureName);
    if (!spec || ast.args.length > spec.params.length) return ArraySize.scalar();
    const size = predictSize(spec, this.shapes(ast, state));
    return new ArraySize(size.cols, size.rows);
  }

  evaluateSi(ast: CallAst, state: State): ReturnType<typeof toHfResult> {
    const spec = this.spec(ast);
    const lang = this.lang();
    if (ast.args.length > spec.params.length) {
      return new CellError(
        ErrorType.NA,
        `${NAMESPACE}.${spec.id}: takes at most ${spec.params.length} arguments`
      );
    }
    try {
      const args: Arg[] = spec.params.map((_, i) => {
        const node = ast.args[i];
        // An empty argument is "omitted" as in Excel; HyperFormula would coerce it to 0.
        if (node === undefined || node.type === "EMPTY") return undefined;
        return toArg(this.evaluateAst(node as never, state));
      });
      const result = spec.invoke(args, lang);
      const size = predictSize(spec, this.shapes(ast, state));
      if (
        Array.isArray(result) &&
        (result.length > size.rows || (result[0]?.length ?? 0) > size.cols)
      ) {
        return new CellError(
          ErrorType.SPILL,
          formatError(new SiError("SPILL", "spillUnknown"), lang, spec.id)
        );
      }
      if (!Array.isArray(result) && (size.rows > 1 || size.cols > 1)) {
        // A single value where HyperFormula reserved a larger area (an error, most often): the
        // rest is padding, which the spill's writer trims, instead of the value repeated.
        return SimpleRangeValue.onlyValues(
          Array.from({ length: size.rows }, (_, r) =>
            Array.from({ length: size.cols }, (_, c) =>
              r === 0 && c === 0 ? toHfResult(result, lang, spec.id) : EmptyValue
            )
          ) as never
        );
      }
      return toHfResult(result, lang, spec.id);
    } catch (e) {
      return new CellError(
        ErrorType.VALUE,
        `${NAMESPACE}.${spec.id}: ${e instanceof Error ? e.message : String(e)}`
      );
    }
  }
}

/** Function names for HyperFormula's languages: the same in every language, as in Excel. */
export function siTranslations(
  languages: readonly string[]
): Record<string, Record<string, string>> {
  const names = Object.fromEntries(
    CATALOG.map((f) => [`${NAMESPACE}.${f.id}`, `${NAMESPACE}.${f.id}`])
  );
  return Object.fromEntries(languages.map((code) => [code, names]));
}
