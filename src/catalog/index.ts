/** Every SI function, in the order the documentation lists them. */
import { CBA } from "./functions/cba";
import { CBASIM } from "./functions/cbasim";
import { CBATABLE } from "./functions/cbatable";
import { EFFECT } from "./functions/effect";
import { EFFECTSIZE } from "./functions/effectsize";
import { NETBENEFIT } from "./functions/netbenefit";
import { RISKLEVEL, RISKSCORE } from "./functions/risk";
import { SCALECOST } from "./functions/scalecost";
import { SENSITIVITY } from "./functions/sensitivity";
import { UNITCOST } from "./functions/unitcost";
import { UPRATE } from "./functions/uprate";
import { VERSION } from "./functions/version";
import { FunctionSpec } from "./spec";

export const CATALOG: readonly FunctionSpec[] = [
  EFFECT,
  EFFECTSIZE,
  CBA,
  CBATABLE,
  CBASIM,
  SENSITIVITY,
  SCALECOST,
  NETBENEFIT,
  RISKSCORE,
  RISKLEVEL,
  UNITCOST,
  UPRATE,
  VERSION,
];

export const NAMESPACE = "SI";

export function findFunction(id: string): FunctionSpec | undefined {
  const key = id.toUpperCase().replace(/^SI\./, "");
  return CATALOG.find((f) => f.id === key);
}
