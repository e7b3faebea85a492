import { isSiError } from "../../core/errors";
import { netBenefit } from "../../core/netbenefit";
import { elementwise } from "../broadcast";
import { allOk, cellNumber } from "../coerce";
import { FunctionSpec } from "../spec";

const NAMES = ["gross", "deadweight", "attribution", "displacement", "optimism_bias"] as const;

export const NETBENEFIT: FunctionSpec = {
  id: "NETBENEFIT",
  description:
    "What of a gross effect or benefit can be credited to the intervention after deadweight, attribution, displacement and optimism bias. Element-wise.",
  params: [
    {
      name: "gross",
      description: "The gross effect or benefit (a blank cell counts as 0).",
      range: true,
    },
    {
      name: "deadweight",
      description: "Share that would have happened anyway, 0–1 (default 0).",
      optional: true,
      range: true,
    },
    {
      name: "attribution",
      description: "Share owed to others than the intervention, 0–1 (default 0).",
      optional: true,
      range: true,
    },
    {
      name: "displacement",
      description: "Share that merely moves the problem elsewhere, 0–1 (default 0).",
      optional: true,
      range: true,
    },
    {
      name: "optimism_bias",
      description: "Share to discount for optimism in the estimate, 0–1 (default 0).",
      optional: true,
      range: true,
    },
  ],
  spills: true,
  elementwise: true,
  formula:
    "gross · (1 − deadweight) · (1 − attribution) · (1 − displacement) · (1 − optimism_bias).",
  errors: "#VALUE! text; #NUM! a share outside 0–1.",
  examples: [{ args: [1000000, 0.2, 0.1, 0.05, 0.15], result: 1000000 * 0.8 * 0.9 * 0.95 * 0.85 }],
  invoke(args) {
    return elementwise(args, NAMES, (cells) => {
      const ok = allOk(NAMES.map((name, i) => cellNumber(cells[i], name, 0)));
      if (isSiError(ok)) return ok;
      const [gross, deadweight, attribution, displacement, optimismBias] = ok as number[];
      return netBenefit(gross, { deadweight, attribution, displacement, optimismBias });
    });
  },
};
