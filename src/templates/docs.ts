/**
 * docs/sheets.md from the templates themselves: for each live sheet its tables (typed-in and
 * calculated columns, with the calculated columns' formulas), its defined names and the cells
 * that hold formulas outside tables, in Swedish (the sheets' first language). `npm run docs`
 * writes it; a test fails when it is stale, so the reference cannot drift from the sheets.
 */
import { planSheets } from ".";
import { cellRef } from "./refs";
import { SheetSpec, TEMPLATE_IDS } from "./spec";

function code(text: string): string {
  return `\`${text.replace(/\|/g, "\\|")}\``;
}

function tables(spec: SheetSpec): string[] {
  return spec.tables.flatMap((t) => [
    `**Table ${code(t.name)}** (header row ${t.row}, from ${cellRef(t.row, t.col)}):`,
    "",
    "| Column | Kind | Formula |",
    "|---|---|---|",
    ...t.columns.map(
      (c) =>
        `| ${c.header} | ${c.formula ? "calculated" : "typed in"} | ${c.formula ? code(c.formula) : ""} |`
    ),
    "",
  ]);
}

function names(spec: SheetSpec): string[] {
  if (!spec.names.length) return [];
  return [
    "Defined names: " +
      spec.names.map((n) => `${code(n.name)} (${n.ref.replace(/\$/g, "")})`).join(", ") +
      ".",
    "",
  ];
}

function formulas(spec: SheetSpec): string[] {
  const cells = spec.cells.filter((c) => c.content !== null && typeof c.content === "object");
  if (!cells.length) return [];
  // Repeated rows (the yearly block, the grid) are shown by their first two cells per column.
  const shown = new Map<number, number>();
  const rows = cells.flatMap((c) => {
    const n = shown.get(c.col) ?? 0;
    shown.set(c.col, n + 1);
    if (n >= 2) return [];
    const f = (c.content as { formula: string }).formula;
    return [`| ${cellRef(c.row, c.col)} | ${code(f)} |`];
  });
  const hidden = cells.length - rows.length;
  return [
    `Formulas outside tables (${cells.length}${hidden ? `; the first two of each column shown` : ""}):`,
    "",
    "| Cell | Formula |",
    "|---|---|",
    ...rows,
    "",
  ];
}

export function sheetsMarkdown(): string {
  const specs = planSheets(TEMPLATE_IDS, { sheets: [], tables: [], names: [] }, { lang: "sv" });
  const lines = [
    "# Live sheets",
    "",
    "Generated from `src/templates/` by `npm run docs`; do not edit. Each sheet as `si-kalkyl template` and the task pane draw it in Swedish (the English sheets have the same cells with English words). Yellow cells and typed-in columns are for the user; everything else is calculated.",
    "",
  ];
  specs.forEach((spec) => {
    lines.push(`## ${spec.name} (\`${spec.id}\`)`, "");
    lines.push(`![${spec.name}](images/sheet-${spec.id}.png)`, "");
    lines.push(...tables(spec), ...names(spec), ...formulas(spec));
  });
  return lines.join("\n").replace(/\n+$/, "\n");
}
