import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Place, WorkbookHealth } from "../excel/workbook-scan-outcome";
import { levelName } from "../i18n/logicmodel";
import type { StartCheckStrings } from "../i18n/start-check";
import type { UiLanguage } from "../i18n/ui";
import type { IndicatorIssue, PersonalNumberSheet } from "../import/workbook-health";
import { OutcomeBar } from "./OutcomeBar";
import { PlaceLink, ReadNotices, ScanFrame, type ScanViewProps } from "./StartCheckParts";

// The Kontroll tab as plain data and callbacks: the red-thread check of the logic model and the
// personal-identity-number scan of the whole workbook. Cells are named by sheet and address only.
// It never touches Office.js; CheckPane wires it to the workbook.

/** Areas listed per sheet; the rest are counted, and the button selects them. */
export const LISTED_AREAS = 20;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  warning: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  // Addresses such as "C4:C5001" are long words; let them wrap in a narrow pane.
  cells: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

type Styles = ReturnType<typeof useStyles>;

function issueText(issue: IndicatorIssue, language: UiLanguage, t: StartCheckStrings): string {
  if (issue.kind === "noIndicatorRow")
    return t.noIndicatorRow(levelName(language, issue.level), issue.table);
  return t.noSource(
    issue.indicator,
    issue.level === undefined ? undefined : levelName(language, issue.level)
  );
}

function RedThread(props: {
  health: WorkbookHealth;
  language: UiLanguage;
  onSelect: (place: Place) => void;
  t: StartCheckStrings;
  styles: Styles;
}): React.JSX.Element {
  const { health, language, onSelect, t, styles } = props;
  const byTable = new Map<string, IndicatorIssue[]>();
  for (const issue of health.indicatorIssues)
    byTable.set(issue.table, [...(byTable.get(issue.table) ?? []), issue]);
  const hasTable = health.holdings.some((h) => h.kind === "logicModel" && h.table !== undefined);
  const nothing = health.logicModels.length === 0 && !hasTable;
  const clean =
    !nothing && byTable.size === 0 && health.logicModels.every((m) => m.warnings.length === 0);
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2" block>
        {t.redThreadHeading}
      </Subtitle2>
      {nothing && <OutcomeBar intent="info">{t.noModel}</OutcomeBar>}
      {clean && <OutcomeBar intent="success">{t.gridNoGaps}</OutcomeBar>}
      {health.logicModels.map((m) => (
        <div key={`${m.place.sheetId}-${m.place.areas[0]}`} className={styles.group}>
          <Text as="h3" weight="semibold">
            <PlaceLink
              place={m.place}
              text={t.gridOnSheet(m.place.sheet)}
              onSelect={onSelect}
              t={t}
            />
          </Text>
          {m.warnings.length === 0 ? (
            <Body1>{t.gridNoGaps}</Body1>
          ) : (
            <ul className={styles.list}>
              {m.warnings.map((w, i) => (
                <li key={`${w.level}-${i}`} className={styles.warning}>
                  <Badge appearance="tint" color="warning" className={styles.badge}>
                    {levelName(language, w.level)}
                  </Badge>
                  <Body1>{w.message[language]}</Body1>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {[...byTable].map(([table, issues]) => (
        <div key={table} className={styles.group}>
          <Text as="h3" weight="semibold">
            {t.tableIssuesHeading(table)}
          </Text>
          <ul className={styles.list}>
            {issues.map((issue, i) => (
              <li key={`${issue.kind}-${i}`}>
                <PlaceLink
                  place={issue.place}
                  text={issueText(issue, language, t)}
                  onSelect={onSelect}
                  t={t}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function PersonalSheet(props: {
  found: PersonalNumberSheet;
  onSelect: (place: Place) => void;
  t: StartCheckStrings;
  styles: Styles;
}): React.JSX.Element {
  const { found, onSelect, t, styles } = props;
  const { place } = found;
  const listed = place.areas.slice(0, LISTED_AREAS);
  const headingId = React.useId();
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" id={headingId}>
        {place.hidden
          ? t.hiddenPlace(t.personalSheet(place.sheet, found.count))
          : t.personalSheet(place.sheet, found.count)}
      </Text>
      <Caption1 className={styles.cells}>
        {t.cellsList(listed, found.areaCount - listed.length)}
      </Caption1>
      <div className={styles.actions}>
        <Button disabled={place.hidden} onClick={() => onSelect(place)}>
          {t.selectCells(place.sheet)}
        </Button>
      </div>
    </div>
  );
}

function PersonalNumbers(props: {
  health: WorkbookHealth;
  onSelect: (place: Place) => void;
  t: StartCheckStrings;
  styles: Styles;
}): React.JSX.Element {
  const { health, onSelect, t, styles } = props;
  const found = health.personalNumbers;
  const cells = found.reduce((n, p) => n + p.count, 0);
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2" block>
        {t.personalHeading}
      </Subtitle2>
      {found.length === 0 ? (
        <OutcomeBar intent="success">{t.personalNoneIn(health.sheetCount)}</OutcomeBar>
      ) : (
        <>
          <OutcomeBar intent="warning">
            {[t.personalSummary(cells, found.length), t.personalAdvice].join(" ")}
          </OutcomeBar>
          {found.map((p) => (
            <PersonalSheet
              key={p.place.sheetId}
              found={p}
              onSelect={onSelect}
              t={t}
              styles={styles}
            />
          ))}
        </>
      )}
    </section>
  );
}

export function CheckView(props: ScanViewProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <ScanFrame
      {...props}
      intro={(t) => t.checkIntro}
      button={(t) => t.rescanButton}
      primary
      report={(health, t) => (
        <>
          <RedThread
            health={health}
            language={props.language}
            onSelect={props.onSelect}
            t={t}
            styles={styles}
          />
          <PersonalNumbers health={health} onSelect={props.onSelect} t={t} styles={styles} />
          <ReadNotices health={health} t={t} />
        </>
      )}
    />
  );
}
