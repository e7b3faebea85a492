/**
 * The six components of the work with a social investment (../shared/docs/domain.md, "The idea"),
 * as plain data: for each, the live sheets that serve it and the checklist of what should be in
 * place before moving on. Words live in src/i18n/phases.ts, keyed by these ids; the ids are what
 * the workbook stores, so they never change once released (a renamed item would lose its tick).
 */
import type { TemplateId } from "../templates/spec";

export interface PhaseSpec {
  readonly id: string;
  /** The live sheets that belong to the phase, in the order they are drawn. */
  readonly sheets: readonly TemplateId[];
  /** Stable checklist item ids (lower case, digits and hyphens), in display order. */
  readonly items: readonly string[];
}

/**
 * Why these sheets:
 * - needs: the stakeholder analysis gathers what each sector knows about the target group;
 *   no sheet does key indicators or flow analysis, which live in the organisations' own systems.
 * - choice: a first, rough Kalkyl (expected effect × unit costs) is how candidates are compared.
 * - design: everything the design checklist asks for has a sheet — the logic model with its
 *   indicators and comparison alternative, the cost estimate, the full-scale cost, the risks with
 *   stop criteria, and the follow-up and evaluation plan (which is part of Uppföljning).
 * - running: the follow-up sheet per period, and the risk matrix kept up to date while it runs.
 * - evaluation: the logic model's indicator table computes the effect against the comparison
 *   group, the Kalkyl the economic result, the Känslighetsanalys how sure that result is (the
 *   checklist's "sensitivity"), and the decision paper gathers them.
 * - scale-up: the full-scale cost year by year, the decision paper, and continued follow-up that
 *   the effect holds.
 */
export const PHASES = [
  {
    id: "needs",
    sheets: ["intressenter"],
    items: ["indicators", "flow", "gaps", "costs", "stakeholders"],
  },
  {
    id: "choice",
    sheets: ["kalkyl"],
    items: ["needs-match", "evidence", "effect-size", "estimate", "ordinary"],
  },
  {
    id: "design",
    sheets: ["logikmodell", "kalkyl", "uppskalning", "riskmatris", "uppfoljning"],
    items: ["logic-model", "comparison", "costs", "full-scale", "risks", "follow-up-plan"],
  },
  {
    id: "running",
    sheets: ["uppfoljning", "riskmatris"],
    items: ["process", "reach", "outcomes", "budget", "deviations", "risks"],
  },
  {
    id: "evaluation",
    sheets: ["logikmodell", "kalkyl", "osakerhet", "beslutsunderlag"],
    items: ["effects", "components", "economic", "actors", "sensitivity", "plan"],
  },
  {
    id: "scale-up",
    sheets: ["uppskalning", "beslutsunderlag", "uppfoljning"],
    items: ["full-cost", "phasing", "funding", "decision", "effect-holds"],
  },
] as const satisfies readonly PhaseSpec[];

export type Phase = (typeof PHASES)[number];
export type PhaseId = Phase["id"];
/** The item ids of one phase, so the words for a phase must name exactly its items. */
export type PhaseItemId<P extends PhaseId> = Extract<Phase, { readonly id: P }>["items"][number];

/** The key a tick is stored under: "<phase>.<item>", e.g. "design.logic-model". */
export function checklistKey(phase: PhaseId, item: string): string {
  return `${phase}.${item}`;
}

/** How many of a phase's items are ticked; keys of other phases and unknown items do not count. */
export function phaseProgress(
  phase: Phase,
  checked: ReadonlySet<string>
): { readonly done: number; readonly total: number } {
  const done = phase.items.filter((item) => checked.has(checklistKey(phase.id, item))).length;
  return { done, total: phase.items.length };
}

/** The first phase with an unticked item (where the work stands), else the last one. */
export function currentPhase(checked: ReadonlySet<string>): PhaseId {
  const open = PHASES.find((phase) => {
    const { done, total } = phaseProgress(phase, checked);
    return done < total;
  });
  return (open ?? PHASES[PHASES.length - 1]).id;
}
