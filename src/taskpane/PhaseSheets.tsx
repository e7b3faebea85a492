import * as React from "react";
import {
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InsertOutcome } from "../excel/template-outcome";
import type { PhasesStrings } from "../i18n/phases";
import type { TemplateStrings } from "../i18n/ui";
import type { TemplateId } from "../templates/spec";
import { TemplateResult } from "./TemplateResult";

// One phase's live sheets: each with what it is for and a button that inserts it, and one button
// for all of them. The outcome is worded as in the Mallar tab (TemplateResult), since it is the
// same insertion.

/** Which insertion is running: one sheet, or all of a phase's sheets. */
export type PhaseInsertTarget = TemplateId | "all";

export interface PhaseSheetsProps {
  readonly sheets: readonly TemplateId[];
  readonly t: PhasesStrings;
  /** The Mallar words: each sheet's name and line, and the insertion outcomes. */
  readonly templates: TemplateStrings;
  /** False outside Excel: the buttons are disabled (the pane says why once, above the phases). */
  readonly available: boolean;
  /** The insertion running in this phase, if any. */
  readonly busy: PhaseInsertTarget | null;
  /** True while any insertion runs, here or in another phase: one at a time. */
  readonly anyBusy: boolean;
  readonly outcome: InsertOutcome | null;
  readonly onInsert: (ids: readonly TemplateId[], target: PhaseInsertTarget) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function PhaseSheets(props: PhaseSheetsProps): React.JSX.Element {
  const { sheets, t, templates, available, busy, anyBusy, outcome } = props;
  const styles = useStyles();
  const headingId = React.useId();
  const disabled = !available || anyBusy;
  const spinner = (target: PhaseInsertTarget) =>
    busy === target ? <Spinner size="tiny" aria-hidden /> : undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} block>
        {t.sheetsHeading}
      </Subtitle2>
      {/* role="list" keeps list semantics in Safari, which drops them with list-style: none. */}
      <ul className={styles.list} role="list">
        {sheets.map((id) => (
          <li key={id} className={styles.item}>
            <span className={styles.text}>
              <Text weight="semibold">{templates.sheets[id].name}</Text>
              <Caption1 className={styles.muted}>{templates.sheets[id].description}</Caption1>
            </span>
            <Button
              size="small"
              disabled={disabled}
              icon={spinner(id)}
              onClick={() => props.onInsert([id], id)}
            >
              {busy === id ? t.inserting : t.insertSheet(templates.sheets[id].name)}
            </Button>
          </li>
        ))}
      </ul>
      {sheets.length > 1 && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={disabled}
            icon={spinner("all")}
            onClick={() => props.onInsert(sheets, "all")}
          >
            {busy === "all" ? t.inserting : t.insertAll(sheets.length)}
          </Button>
        </div>
      )}
      {outcome && <TemplateResult result={{ action: "insert", outcome }} t={templates} />}
    </section>
  );
}
