import { EffectSizeOutput, EffectSizeType, effectSize } from "../../core/effectsize";
import { isSiError } from "../../core/errors";
import { OptionTable, allOk, optionArg, requiredNumber } from "../coerce";
import { FunctionSpec } from "../spec";

const TYPES: OptionTable<EffectSizeType> = {
  g: ["g", "hedges", "hedges g"],
  d: ["d", "cohen", "cohens d"],
};
const OUTPUTS: OptionTable<EffectSizeOutput> = {
  value: ["value", "värde"],
  se: ["se", "medelfel", "standard error"],
  lower: ["lower", "nedre"],
  upper: ["upper", "övre"],
};

const NUMBER_PARAMS = ["mean_t", "sd_t", "n_t", "mean_c", "sd_c", "n_c"] as const;

// Hand-worked: means 10 and 9, SD 2, 50 per group → sp = 2, d = 0.5, J = 1 − 3/391.
const J_100 = 1 - 3 / 391;
const SE_D = Math.sqrt(100 / 2500 + 0.25 / 200);

export const EFFECTSIZE: FunctionSpec = {
  id: "EFFECTSIZE",
  description:
    "Standardised mean difference between target and comparison group: Hedges' g (default) or Cohen's d, its standard error or 95 % interval.",
  params: [
    { name: "mean_t", description: "Mean in the target (intervention) group." },
    { name: "sd_t", description: "Standard deviation in the target group." },
    { name: "n_t", description: "Number of people in the target group (at least 2)." },
    { name: "mean_c", description: "Mean in the comparison group." },
    { name: "sd_c", description: "Standard deviation in the comparison group." },
    { name: "n_c", description: "Number of people in the comparison group (at least 2)." },
    { name: "type", description: '"g" Hedges\' g (default) or "d" Cohen\'s d.', optional: true },
    {
      name: "output",
      description:
        '"value" (default), "se", "lower" or "upper" (95 %); Swedish "värde", "medelfel", "nedre", "övre".',
      optional: true,
    },
  ],
  spills: false,
  formula:
    "sp = √(((n_t−1)sd_t² + (n_c−1)sd_c²)/(n_t+n_c−2)); d = (mean_t − mean_c)/sp; g = J·d with J = 1 − 3/(4(n_t+n_c) − 9); se_d = √((n_t+n_c)/(n_t·n_c) + d²/(2(n_t+n_c))), se_g = J·se_d; interval value ± 1.959964·se.",
  errors: "#NUM! n below 2, a negative SD or a pooled SD of 0; #VALUE! text or an unknown option.",
  examples: [
    { args: [10, 2, 50, 9, 2, 50, "d"], result: 0.5 },
    { args: [10, 2, 50, 9, 2, 50], result: J_100 * 0.5 },
    { args: [10, 2, 50, 9, 2, 50, "d", "se"], result: SE_D },
    { args: [10, 2, 50, 9, 2, 50, "g", "lower"], result: J_100 * 0.5 - 1.959964 * J_100 * SE_D },
  ],
  invoke(args) {
    const nums = NUMBER_PARAMS.map((name, i) => requiredNumber(args[i], name));
    const type = optionArg(args[6], "type", TYPES, "g");
    const output = optionArg(args[7], "output", OUTPUTS, "value");
    const ok = allOk([...nums, type, output] as const);
    if (isSiError(ok)) return ok;
    const [mt, st, nt, mc, sc, nc] = ok.slice(0, 6) as number[];
    return effectSize(
      { mean: mt, sd: st, n: nt },
      { mean: mc, sd: sc, n: nc },
      ok[6] as EffectSizeType,
      ok[7] as EffectSizeOutput
    );
  },
};
