/**
 * The Kalkyl figures as the pane shows them, computed from the table's values with the same core
 * the sheet's SI.CBATABLE calls use (src/core/cbalines.ts, src/core/cba.ts), step for step as
 * src/catalog/functions/cbatable.ts does — one implementation — and compared with what the sheet's
 * named result cells show. Pure: the data comes from src/excel/kalkyl-workbook.ts.
 */
import { cellNumber } from "../catalog/coerce";
import { DEFAULT_RATE, cbaMeasure, checkCbaInput, presentValues } from "../core/cba";
import type { CbaInput } from "../core/cba";
import { actorsOf, lastYear, lineFlows, linesOf, parseLines } from "../core/cbalines";
import type { CbaLine } from "../core/cbalines";
import type { CellValue } from "../core/cells";
import {
  EXCEL_ERROR_TEXT,
  SiError,
  finite,
  isSiError,
  numError,
  propagated,
  type ErrorKind,
} from "../core/errors";
// How Excel shows an error a custom function returns: the same table the Excel wrappers use.
import { EXCEL_CODE } from "../functions/excel-values";
import { NO_ACTOR } from "../i18n/labels";
import type {
  KalkylActorSpill,
  KalkylCell,
  KalkylData,
  KalkylInput,
  KalkylShownCell,
} from "./kalkyl-outcome";

/** A figure, or the error SI.CBATABLE gives in its place. */
export type Figure = number | SiError;

export interface ActorFigures {
  /** As the table spells it; "" for lines without an actor. */
  readonly actor: string;
  readonly pvCosts: Figure;
  readonly pvBenefits: Figure;
  readonly net: Figure;
}

export interface KalkylFigures {
  /** The rate and horizon used: the named cells', or SI.CBATABLE's defaults when blank. */
  readonly rate: number;
  readonly horizon: number;
  readonly lines: number;
  readonly npv: Figure;
  readonly bcr: Figure;
  readonly payback: Figure;
  readonly pvCosts: Figure;
  readonly pvBenefits: Figure;
  readonly actors: readonly ActorFigures[];
}

export type FiguresOutcome =
  | { readonly kind: "figures"; readonly figures: KalkylFigures }
  /** No cost or benefit line yet: the sheet's results are blank too. */
  | { readonly kind: "noLines" }
  /** The sheet has no named cell for an input the calculation needs. */
  | { readonly kind: "missingInput"; readonly inputs: readonly KalkylInput[] }
  /** The table or an input cannot be computed: the error SI.CBATABLE gives. */
  | {
      readonly kind: "error";
      readonly source: "table" | KalkylInput;
      readonly error: SiError;
    };

const KIND_OF_TEXT: ReadonlyMap<string, ErrorKind> = new Map(
  (Object.entries(EXCEL_ERROR_TEXT) as [ErrorKind, string][]).map(([kind, text]) => [text, kind])
);

/** A shown cell as the core takes it; an error cell passes on as Excel's error. */
export function coreCell(cell: KalkylCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "object")
    return propagated(KIND_OF_TEXT.get(cell.error) ?? "VALUE", cell.error);
  return cell;
}

/** Horizon as SI.CBATABLE takes it: blank is the last year any line reaches. */
function horizonOf(cell: KalkylCell | undefined, lines: readonly CbaLine[]): number | SiError {
  const h = cellNumber(coreCell(cell), "horizon");
  if (isSiError(h)) return h;
  if (h === undefined) return lastYear(lines);
  return Number.isInteger(h) && h >= 1 ? h : numError("horizon", { arg: "horizon" });
}

function actorFigures(lines: readonly CbaLine[], horizon: number, rate: number): ActorFigures[] {
  return actorsOf(lines).map((actor) => {
    const own = linesOf(lines, actor);
    const { pvCosts, pvBenefits } = presentValues({
      ...lineFlows(own, horizon),
      rate,
      timing: 0,
    });
    return {
      actor,
      pvCosts: finite(pvCosts),
      pvBenefits: finite(pvBenefits),
      net: finite(pvBenefits - pvCosts),
    };
  });
}

/**
 * The figures of a Kalkyl, as the sheet's `SI.CBATABLE(SI_Kalkyl[#All], rate, horizon, …)` calls
 * compute them (timing 0: year 1 is not discounted).
 */
export function kalkylFigures(data: KalkylData): FiguresOutcome {
  const missing = (["rate", "horizon"] as const).filter((role) => !data.ref.names[role]);
  if (missing.length > 0) return { kind: "missingInput", inputs: missing };
  const lines = parseLines(data.table.map((row) => row.map(coreCell)));
  if (isSiError(lines)) return { kind: "error", source: "table", error: lines };
  if (lines.length === 0) return { kind: "noLines" };
  const rate = cellNumber(coreCell(data.cells.rate?.value), "rate", DEFAULT_RATE);
  if (isSiError(rate)) return { kind: "error", source: "rate", error: rate };
  const horizon = horizonOf(data.cells.horizon?.value, lines);
  if (isSiError(horizon)) return { kind: "error", source: "horizon", error: horizon };
  const input: CbaInput = { ...lineFlows(lines, horizon), rate, timing: 0 };
  const bad = checkCbaInput(input);
  if (bad) return { kind: "error", source: "rate", error: bad };
  const pv = presentValues(input);
  return {
    kind: "figures",
    figures: {
      rate,
      horizon,
      lines: lines.length,
      npv: cbaMeasure(input, "npv", pv),
      bcr: cbaMeasure(input, "bcr", pv),
      payback: cbaMeasure(input, "payback", pv),
      pvCosts: cbaMeasure(input, "pvcosts", pv),
      pvBenefits: cbaMeasure(input, "pvbenefits", pv),
      actors: actorFigures(lines, horizon, rate),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Agreement with the sheet

export type Agreement =
  /** The sheet shows the same figure. */
  | { readonly kind: "agrees"; readonly address: string }
  /** The sheet shows something else: it may not be recalculated. */
  | { readonly kind: "differs"; readonly address: string; readonly shown: KalkylCell }
  /** The sheet's cell is empty. */
  | { readonly kind: "blank"; readonly address: string }
  /** No named cell (or spill) to compare with. */
  | { readonly kind: "noCell" };

/** Equal to the last few bits: the sheet and the pane run the same code on the same doubles. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameFigure(computed: Figure, shown: KalkylCell): boolean {
  if (isSiError(computed))
    return shown !== null && typeof shown === "object" && shown.error === EXCEL_CODE[computed.kind];
  return typeof shown === "number" && sameNumber(computed, shown);
}

/** Whether a named result cell shows the figure the pane computed. */
export function agreement(computed: Figure, shown: KalkylShownCell | undefined): Agreement {
  if (!shown) return { kind: "noCell" };
  const { address, value } = shown;
  if (sameFigure(computed, value)) return { kind: "agrees", address };
  if (value === null) return { kind: "blank", address };
  return { kind: "differs", address, shown: value };
}

/** An actor's name as the spill shows it: a line without an actor has a label in either language. */
function sameActor(actor: string, shown: KalkylCell): boolean {
  if (typeof shown !== "string") return false;
  if (actor === "") return shown === NO_ACTOR.sv || shown === NO_ACTOR.en;
  return shown.toLowerCase() === actor.toLowerCase();
}

/** Whether the sheet's per-actor spill shows the pane's split, row for row. */
export function actorsAgreement(
  actors: readonly ActorFigures[],
  spill: KalkylActorSpill | undefined
): Agreement {
  if (!spill) return { kind: "noCell" };
  const address = spill.anchor;
  const first = spill.rows[0]?.[0];
  if (first === undefined || first === null) return { kind: "blank", address };
  const same =
    spill.rows.length === actors.length &&
    actors.every((a, i) => {
      const row = spill.rows[i];
      return (
        sameActor(a.actor, row[0]) &&
        sameFigure(a.pvCosts, row[1]) &&
        sameFigure(a.pvBenefits, row[2]) &&
        sameFigure(a.net, row[3])
      );
    });
  return same ? { kind: "agrees", address } : { kind: "differs", address, shown: first };
}
