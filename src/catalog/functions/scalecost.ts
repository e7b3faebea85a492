import { ScaleInput, scaleCost } from "../../core/scalecost";
import { firstError, numberArg, requiredNumber } from "../coerce";
import { FunctionSpec } from "../spec";

export const SCALECOST: FunctionSpec = {
  id: "SCALECOST",
  description:
    "The yearly cost of offering the intervention to the whole target group (full-scale implementation), with teams, fixed costs and a ramp-up.",
  params: [
    { name: "target_group", description: "Number of people in the whole target group." },
    {
      name: "cost_per_participant",
      description: "Variable cost per participant and year (kronor).",
    },
    {
      name: "coverage",
      description: "Share of the target group reached, 0–1 (default 1).",
      optional: true,
    },
    {
      name: "fixed_cost",
      description: "Fixed cost per year: management, premises, follow-up (default 0).",
      optional: true,
    },
    {
      name: "team_capacity",
      description: "Participants one team can take per year; give together with team_cost.",
      optional: true,
    },
    {
      name: "team_cost",
      description: "Cost of one team per year; give together with team_capacity.",
      optional: true,
    },
    {
      name: "year",
      description: "Which year of the scale-up, from 1 (default 1).",
      optional: true,
    },
    {
      name: "ramp_years",
      description:
        "Years until full scale, rising linearly; blank or 0 means full scale from year 1.",
      optional: true,
    },
  ],
  spills: false,
  formula:
    "participants = target_group · coverage · min(1, year/ramp_years); cost = fixed_cost + participants · cost_per_participant + ceil(participants/team_capacity) · team_cost.",
  errors:
    "#VALUE! text, or only one of team_capacity and team_cost; #NUM! a negative count or cost, coverage outside 0–1, year below 1; #DIV/0! team_capacity 0.",
  examples: [
    {
      args: [1200, 0, 1, 500000, 600, 1500000],
      result: 3500000,
      note: "Two teams of 600 at 1.5 MSEK each plus 0.5 MSEK management.",
    },
    {
      args: [1200, 1000, 0.5, 0, 600, 1500000, 1, 2],
      result: 300 * 1000 + 1 * 1500000,
      note: "Year 1 of a two-year ramp: 300 participants, one team.",
    },
  ],
  invoke(args) {
    const input = {
      targetGroup: requiredNumber(args[0], "target_group"),
      costPerParticipant: requiredNumber(args[1], "cost_per_participant"),
      coverage: numberArg(args[2], "coverage", 1),
      fixedCost: numberArg(args[3], "fixed_cost", 0),
      teamCapacity: numberArg(args[4], "team_capacity"),
      teamCost: numberArg(args[5], "team_cost"),
      year: numberArg(args[6], "year", 1),
      rampYears: numberArg(args[7], "ramp_years", 0),
    };
    return firstError(Object.values(input)) ?? scaleCost(input as ScaleInput);
  },
};
