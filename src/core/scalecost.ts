/** The yearly cost of offering an intervention to the whole target group (full-scale implementation). */
import { SiError, div0Error, finite, numError, valueError } from "./errors";

export interface ScaleInput {
  targetGroup: number;
  costPerParticipant: number;
  coverage: number;
  fixedCost: number;
  teamCapacity?: number;
  teamCost?: number;
  year: number;
  rampYears: number;
}

/** Participants in a year: the covered target group, ramped up linearly over `rampYears` (0 = full from year 1). */
export function participants(input: ScaleInput): number {
  const ramp = input.rampYears > 0 ? Math.min(1, input.year / input.rampYears) : 1;
  return input.targetGroup * input.coverage * ramp;
}

export function checkScaleInput(input: ScaleInput): SiError | undefined {
  if (input.targetGroup < 0) return numError("nonNegative", { arg: "target_group" });
  if (input.costPerParticipant < 0) return numError("nonNegative", { arg: "cost_per_participant" });
  if (input.coverage < 0 || input.coverage > 1) return numError("share", { arg: "coverage" });
  if (input.fixedCost < 0) return numError("nonNegative", { arg: "fixed_cost" });
  if ((input.teamCapacity === undefined) !== (input.teamCost === undefined)) {
    return valueError("teamPair", {
      arg: input.teamCapacity === undefined ? "team_capacity" : "team_cost",
    });
  }
  if (input.teamCapacity !== undefined) {
    if (input.teamCapacity === 0) return div0Error("zeroCapacity", { arg: "team_capacity" });
    if (input.teamCapacity < 0) return numError("nonNegative", { arg: "team_capacity" });
    if (input.teamCost! < 0) return numError("nonNegative", { arg: "team_cost" });
  }
  if (input.year < 1) return numError("yearFrom1", { arg: "year" });
  if (input.rampYears < 0) return numError("nonNegative", { arg: "ramp_years" });
  return undefined;
}

/** Teams needed: ceil(participants/capacity), with rounding noise (600.0000000001) not counted as a team. */
export function teams(people: number, capacity: number): number {
  const exact = people / capacity;
  const rounded = Math.round(exact);
  return Math.abs(exact - rounded) <= 1e-9 * Math.max(1, rounded) ? rounded : Math.ceil(exact);
}

export function scaleCost(input: ScaleInput): number | SiError {
  const bad = checkScaleInput(input);
  if (bad) return bad;
  const people = participants(input);
  let cost = input.fixedCost + people * input.costPerParticipant;
  if (input.teamCapacity !== undefined) cost += teams(people, input.teamCapacity) * input.teamCost!;
  return finite(cost);
}
