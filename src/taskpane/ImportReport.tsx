import * as React from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportOutcome } from "../excel/unitcost-outcome";
import type { UnitCostStrings } from "../i18n/ui";

// The report of the last import, shown here and written nowhere else: rejected rows and warnings
// (personal-identity-number warnings included) stay in the pane, never in the workbook.

/** Enough lines to see what went wrong without a 5,000-line list in a narrow pane. */
export const REPORT_LINES_SHOWN = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  where: { color: tokens.colorNeutralForeground3 },
});

interface Line {
  readonly sheet: string;
  readonly row: number;
  readonly text: string;
}

function Lines({
  heading,
  lines,
  t,
}: {
  heading: string;
  lines: readonly Line[];
  t: UnitCostStrings;
}) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  const shown = lines.slice(0, REPORT_LINES_SHOWN);
  return (
    <section>
      <Subtitle2 as="h3" block>
        {heading}
      </Subtitle2>
      <ul className={styles.list}>
        {shown.map((line, i) => (
          <li key={`${line.sheet}-${line.row}-${i}`}>
            <Caption1 className={styles.where}>{t.rowRef(line.sheet, line.row)}</Caption1>{" "}
            <Caption1>{line.text}</Caption1>
          </li>
        ))}
      </ul>
      {lines.length > shown.length && <Caption1>{t.more(lines.length - shown.length)}</Caption1>}
    </section>
  );
}

/** The importer's one-line messages start in lower case without a full stop (they suit stderr too). */
function sentence(message: string): string {
  const text = message.charAt(0).toLocaleUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export interface ImportReportProps {
  readonly outcome: ImportOutcome;
  readonly t: UnitCostStrings;
}

export function ImportReport({ outcome, t }: ImportReportProps): React.JSX.Element {
  const styles = useStyles();
  if (outcome.kind === "refused") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {outcome.reason === "userSheet" ? t.refusedUserSheet : t.refusedCatalogIsSource}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === "noTable") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{`${sentence(outcome.message)} ${t.nothingWritten}`}</MessageBarBody>
      </MessageBar>
    );
  }
  const { report } = outcome;
  const summary: string[] =
    outcome.kind === "nothing"
      ? [t.nothingFound]
      : [
          t.imported(outcome.rows.length, outcome.added, outcome.updated),
          ...(outcome.created ? [t.createdSheet] : []),
          ...(outcome.kept > 0 ? [t.keptRows(outcome.kept)] : []),
          ...(outcome.removed > 0 ? [t.removedRows(outcome.removed)] : []),
        ];
  return (
    <section className={styles.root} aria-label={t.reportHeading}>
      <Subtitle2 as="h2" block>
        {t.reportHeading}
      </Subtitle2>
      <MessageBar intent={outcome.kind === "nothing" ? "warning" : "success"}>
        <MessageBarBody>{summary.join(" ")}</MessageBarBody>
      </MessageBar>
      <Lines
        heading={t.rejectedHeading(report.rejected.length)}
        lines={report.rejected.map((r) => ({ sheet: r.sheet, row: r.row, text: r.reason }))}
        t={t}
      />
      <Lines
        heading={t.warningsHeading(report.warnings.length)}
        lines={report.warnings.map((w) => ({ sheet: w.sheet, row: w.row, text: w.message }))}
        t={t}
      />
    </section>
  );
}
