import { EffectScale, effect } from "../../core/effect";
import { isSiError } from "../../core/errors";
import { elementwise } from "../broadcast";
import { OptionTable, allOk, cellNumber, optionArg } from "../coerce";
import { FunctionSpec } from "../spec";

const SCALES: OptionTable<EffectScale> = {
  relative: ["relative", "relativ"],
  absolute: ["absolute", "absolut"],
  ratio: ["ratio", "kvot"],
};

const NAMES = [
  "target_before",
  "target_after",
  "control_before",
  "control_after",
  "scale",
] as const;

export const EFFECT: FunctionSpec = {
  id: "EFFECT",
  description:
    "The effect of an intervention: the change in the target group minus the change in the comparison group. Element-wise.",
  params: [
    {
      name: "target_before",
      description: "Target group's value before the intervention (baseline).",
      range: true,
    },
    {
      name: "target_after",
      description: "Target group's value after the intervention.",
      range: true,
    },
    {
      name: "control_before",
      description:
        "Comparison group's value before. Omit both control values for a before–after measurement.",
      optional: true,
      range: true,
    },
    {
      name: "control_after",
      description: "Comparison group's value after.",
      optional: true,
      range: true,
    },
    {
      name: "scale",
      description:
        '"relative" (default), "absolute" or "ratio" (Swedish: "relativ", "absolut", "kvot").',
      optional: true,
      range: true,
    },
  ],
  spills: true,
  elementwise: true,
  formula:
    "relative: (Ta/Tb − 1) − (Ca/Cb − 1), without control Ta/Tb − 1; absolute: (Ta − Tb) − (Ca − Cb), without control Ta − Tb, with both before-values blank Ta − Ca (post-only); ratio: (Ta/Tb)/(Ca/Cb) − 1.",
  errors:
    "#VALUE! a missing value, only one control value, text or an unknown scale; #DIV/0! a zero baseline (or a zero comparison 'after' for ratio); #NUM! a negative baseline for relative or ratio.",
  examples: [
    {
      args: [100, 70, 100, 88],
      result: -0.18,
      note: "Unexcused absence fell 30 % in the target school and 12 % in the comparison school: an effect of 18 percentage points.",
    },
    {
      args: [100, 60, 100, 85],
      result: -0.25,
      note: "Pupils with over 60 % absence: −40 % against −15 %.",
    },
    {
      args: [100, 40, 100, 75],
      result: -0.35,
      note: "Not finishing upper-secondary school on time: −60 % against −25 %.",
    },
    { args: [100, 70, 100, 88, "absolute"], result: -18 },
    { args: [100, 70, 100, 88, "ratio"], result: 0.7 / 0.88 - 1 },
    { args: [100, 70], result: -0.3, note: "Before–after only: the weakest comparison." },
    { args: [null, 70, null, 88, "absolut"], result: -18, note: "Post-only comparison." },
  ],
  invoke(args) {
    return elementwise(args, NAMES, (cells) => {
      const ok = allOk([
        cellNumber(cells[0], "target_before"),
        cellNumber(cells[1], "target_after"),
        cellNumber(cells[2], "control_before"),
        cellNumber(cells[3], "control_after"),
        optionArg(cells[4], "scale", SCALES, "relative"),
      ] as const);
      if (isSiError(ok)) return ok;
      const [targetBefore, targetAfter, controlBefore, controlAfter, scale] = ok;
      return effect({ targetBefore, targetAfter, controlBefore, controlAfter }, scale);
    });
  },
};
