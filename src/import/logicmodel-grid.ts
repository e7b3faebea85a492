/**
 * Where a logic model stands in a sheet: the words of its four column headings and four level
 * names, the header row, the level column and the rows of the grid. Pure and read-only; what the
 * rows mean (indicators, sources, goals) is src/import/logicmodel.ts's business.
 *
 * Text is matched word by word: parentheses are asides and dropped, the rest is split into words,
 * each folded with foldWord (case, accents, marks), and numbers and filler words ("och", "and",
 * "of", "nivå") are ignored. A heading or level name may hold only words known for it, so a long
 * sentence in the level column is never mistaken for a level.
 */
import { foldWord } from "../core/cells";
import type { LogicLevel } from "./logicmodel";
import type { GridCell } from "./types";

export type LogicColumn = "logic" | "indicators" | "sources" | "assumptions";
export const LOGIC_COLUMNS: readonly LogicColumn[] = [
  "logic",
  "indicators",
  "sources",
  "assumptions",
];
/** Top (long-term) to bottom: the order of the levels in every output. */
export const LOGIC_LEVELS: readonly LogicLevel[] = ["aim", "result", "activity", "resource"];

/** The header row is searched for in this many rows from the top of each sheet. */
export const LOGIC_SEARCH_ROWS = 30;
/** The first level name must stand within this many rows below the header (room for a sub-heading). */
const FIRST_LEVEL_ROWS = 5;

// --- words ------------------------------------------------------------------------------------

const FILLER = new Set(["och", "and", "samt", "eller", "or", "of", "the", "niva", "level", "term"]);

/** The folded words of a text, parentheses, numbers and fillers left out. */
function words(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter((w) => w !== "" && !/^\d+$/.test(w) && !FILLER.has(w));
}

/** Key words name a column on their own; modifiers may only stand beside a key word. */
interface Vocabulary {
  keys: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
}

const vocabulary = (keys: string[], modifiers: string[] = []): Vocabulary => ({
  keys: new Set(keys),
  modifiers: new Set(modifiers),
});

/** Swedish and English, singular and plural, and the logical-framework (LFA) wordings. */
const COLUMN_WORDS: Record<LogicColumn, Vocabulary> = {
  logic: vocabulary(
    ["interventionslogik", "interventionslogiken", "insatslogik", "programlogik", "logik"].concat([
      "logic",
      "narrative",
    ]),
    ["intervention", "interventions", "summary"]
  ),
  indicators: vocabulary(
    [
      "indikator",
      "indikatorer",
      "indikatorerna",
      "indicator",
      "indicators",
      "matt",
      "nyckeltal",
    ].concat(["measure", "measures"]),
    ["objectively", "verifiable"]
  ),
  sources: vocabulary(
    ["datakalla", "datakallor", "datakallorna", "kalla", "kallor", "verifieringskalla"].concat([
      "verifieringskallor",
      "source",
      "sources",
      "verification",
    ]),
    ["data", "means"]
  ),
  assumptions: vocabulary(
    ["antagande", "antaganden", "antagandena", "hot", "hoten", "risk", "risker", "riskerna"]
      .concat(["forutsattning", "forutsattningar", "assumption", "assumptions", "threat"])
      .concat(["threats", "risks"]),
    ["external", "externa"]
  ),
};

/** The column a heading cell names ("Antaganden och hot", "Risks/assumptions", "Datakälla"). */
export function matchColumnHeading(text: string): LogicColumn | undefined {
  const ws = words(text);
  const named = new Set<LogicColumn>();
  for (const w of ws) {
    const key = LOGIC_COLUMNS.find((c) => COLUMN_WORDS[c].keys.has(w));
    if (key) named.add(key);
    else if (!LOGIC_COLUMNS.some((c) => COLUMN_WORDS[c].modifiers.has(w))) return undefined;
  }
  if (named.size !== 1) return undefined;
  const [column] = named;
  // A modifier of another column ("Data indicators") makes the heading something else.
  return ws.every((w) => COLUMN_WORDS[column].keys.has(w) || COLUMN_WORDS[column].modifiers.has(w))
    ? column
    : undefined;
}

const wordsTo = <T>(value: T, ws: string[]): [string, T][] => ws.map((w) => [w, value]);

/** A time horizon decides between aim and result whatever the noun: "Kortsiktiga mål" is a result. */
const HORIZON_WORDS: ReadonlyMap<string, LogicLevel> = new Map([
  ...wordsTo<LogicLevel>("aim", ["overgripande", "langsiktig", "langsiktiga", "langsiktigt"]),
  ...wordsTo<LogicLevel>("aim", ["long", "longterm", "overall", "ultimate"]),
  ...wordsTo<LogicLevel>("result", ["kortsiktig", "kortsiktiga", "kortsiktigt", "short"]),
  ...wordsTo<LogicLevel>("result", ["shortterm", "intermediate", "medium"]),
]);

/**
 * Nouns of the level names. "goal" words (Mål, Goal, Effekter) are an aim unless a horizon or a
 * result noun says otherwise. Outputs (prestationer) are the activities' direct products, that is
 * their process measures, so they name the activity level; inputs are resources. "Insatser" is left
 * out: models use it for the activities as well as for the resources.
 */
const LEVEL_NOUNS: ReadonlyMap<string, LogicLevel | "goal"> = new Map([
  ...wordsTo<LogicLevel | "goal">("goal", ["mal", "malet", "malen", "goal", "goals"]),
  ...wordsTo<LogicLevel | "goal">("goal", ["objective", "objectives", "effekt", "effekter"]),
  ...wordsTo<LogicLevel | "goal">("goal", ["effect", "effects"]),
  ...wordsTo<LogicLevel | "goal">("aim", ["syfte", "syftet", "aim", "aims", "impact", "impacts"]),
  ...wordsTo<LogicLevel | "goal">("aim", ["purpose", "vision", "effektmal"]),
  ...wordsTo<LogicLevel | "goal">("result", ["resultat", "resultaten", "result", "results"]),
  ...wordsTo<LogicLevel | "goal">("result", ["utfall", "outcome", "outcomes", "resultatmal"]),
  ...wordsTo<LogicLevel | "goal">("activity", ["aktivitet", "aktiviteter", "aktiviteterna"]),
  ...wordsTo<LogicLevel | "goal">("activity", ["activity", "activities", "processmatt"]),
  ...wordsTo<LogicLevel | "goal">("activity", ["process", "processer", "output", "outputs"]),
  ...wordsTo<LogicLevel | "goal">("activity", ["prestation", "prestationer"]),
  ...wordsTo<LogicLevel | "goal">("resource", ["resurs", "resurser", "resurserna"]),
  ...wordsTo<LogicLevel | "goal">("resource", ["resource", "resources", "input", "inputs"]),
]);

/**
 * The level a level-column cell names ("Övergripande syfte och mål", "Long-term goals", "Outputs"),
 * read from its label: the first line, before a colon or a spaced dash ("Resurser – vad vi sätter
 * in"), so a description after the name does not hide it.
 */
export function matchLevelName(text: string): LogicLevel | undefined {
  const label = text.split(/\r\n|\r|\n|:|\s[-–—]\s/)[0];
  const horizons = new Set<LogicLevel>();
  const nouns = new Set<LogicLevel>();
  let goal = false;
  for (const w of words(label)) {
    const horizon = HORIZON_WORDS.get(w);
    const noun = LEVEL_NOUNS.get(w);
    if (horizon) horizons.add(horizon);
    else if (noun === "goal") goal = true;
    else if (noun) nouns.add(noun);
    else return undefined;
  }
  if (horizons.size > 1) return undefined;
  if (horizons.size === 1) {
    const [horizon] = horizons;
    // "Long-term outcomes" is an aim; "Long-term activities" names no level.
    return [...nouns].every((n) => n === "aim" || n === "result") ? horizon : undefined;
  }
  if (nouns.size === 1) return [...nouns][0];
  return nouns.size === 0 && goal ? "aim" : undefined;
}

// --- cells ------------------------------------------------------------------------------------

export type CellRead =
  { kind: "blank" } | { kind: "text"; text: string } | { kind: "error"; error: string };

const BLANK: CellRead = { kind: "blank" };

/**
 * A cell as text: numbers, dates (ISO day) and TRUE/FALSE as written, so nothing typed is lost.
 * Takes undefined: a sparse row gives it where the type promises a cell.
 */
export function readCell(cell: GridCell | undefined): CellRead {
  if (typeof cell === "string") return cell.trim() === "" ? BLANK : { kind: "text", text: cell };
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { kind: "text", text: `${cell}` } : BLANK;
  if (typeof cell === "boolean") return { kind: "text", text: cell ? "TRUE" : "FALSE" };
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? BLANK
      : { kind: "text", text: cell.toISOString().slice(0, 10) };
  if (typeof cell === "object" && cell !== null && typeof cell.error === "string")
    return { kind: "error", error: cell.error };
  return BLANK;
}

// --- the grid ---------------------------------------------------------------------------------

export interface LogicRow {
  level: LogicLevel;
  /** 0-based row in the grid. */
  row: number;
  cells: Record<LogicColumn, CellRead>;
}

export interface LogicGrid {
  /** 0-based header row. */
  headerRow: number;
  levelColumn: number;
  columns: Record<LogicColumn, number>;
  rows: LogicRow[];
}

type Rows = readonly (readonly GridCell[] | undefined)[];

const textAt = (row: readonly GridCell[] | undefined, c: number): string | undefined => {
  const cell = readCell(row?.[c]);
  return cell.kind === "text" ? cell.text : undefined;
};

/** The four columns of a header row (the leftmost cell naming each), or undefined if one is missing. */
export function readHeadingRow(
  row: readonly GridCell[] | undefined
): Record<LogicColumn, number> | undefined {
  const found: Partial<Record<LogicColumn, number>> = {};
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const text = textAt(row, c);
    const column = text === undefined ? undefined : matchColumnHeading(text);
    if (column && found[column] === undefined) found[column] = c;
  }
  return LOGIC_COLUMNS.every((c) => found[c] !== undefined)
    ? (found as Record<LogicColumn, number>)
    : undefined;
}

/** The first row below the header with a level name left of the headings, and its column. */
function firstLevel(rows: Rows, header: number, firstHeading: number) {
  const end = Math.min(rows.length, header + 1 + FIRST_LEVEL_ROWS);
  for (let r = header + 1; r < end; r++) {
    // Right to left: the column nearest the headings wins over a numbering column further out.
    for (let c = firstHeading - 1; c >= 0; c--) {
      const text = textAt(rows[r], c);
      const level = text === undefined ? undefined : matchLevelName(text);
      if (level) return { row: r, column: c, level };
    }
  }
  return undefined;
}

/**
 * The grid's rows from its first level: a level name starts (or resumes) that level, an empty
 * level cell continues the level above; the grid ends at a row empty in all five columns, or at a
 * level cell that names no level.
 */
function gridRows(
  rows: Rows,
  start: { row: number; column: number; level: LogicLevel },
  columns: Record<LogicColumn, number>
): LogicRow[] {
  const out: LogicRow[] = [];
  let level = start.level;
  for (let r = start.row; r < rows.length; r++) {
    const row = rows[r];
    const levelCell = readCell(row?.[start.column]);
    const cells = {} as Record<LogicColumn, CellRead>;
    for (const c of LOGIC_COLUMNS) cells[c] = readCell(row?.[columns[c]]);
    if (levelCell.kind === "text") {
      const named = matchLevelName(levelCell.text);
      if (!named) break;
      level = named;
    } else if (
      levelCell.kind === "error" ||
      LOGIC_COLUMNS.every((c) => cells[c].kind === "blank")
    ) {
      break;
    }
    out.push({ level, row: r, cells });
  }
  return out;
}

/** The logic-model grid of a sheet: the first header row within the search rows that has levels. */
export function findLogicGrid(rows: Rows): LogicGrid | undefined {
  const end = Math.min(rows.length, LOGIC_SEARCH_ROWS);
  for (let r = 0; r < end; r++) {
    const columns = readHeadingRow(rows[r]);
    if (!columns) continue;
    const start = firstLevel(rows, r, Math.min(...LOGIC_COLUMNS.map((c) => columns[c])));
    if (!start) continue;
    return {
      headerRow: r,
      levelColumn: start.column,
      columns,
      rows: gridRows(rows, start, columns),
    };
  }
  return undefined;
}
