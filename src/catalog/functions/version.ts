import { VERSION as ADDIN_VERSION } from "../../version";
import { FunctionSpec } from "../spec";

export const VERSION: FunctionSpec = {
  id: "VERSION",
  description: "The version of the SI Kalkyl add-in that computes this workbook.",
  params: [],
  spills: false,
  formula: "The add-in's version number as text.",
  errors: "None.",
  examples: [{ args: [], result: ADDIN_VERSION }],
  invoke: () => ADDIN_VERSION,
};
