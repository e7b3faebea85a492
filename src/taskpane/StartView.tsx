import * as React from "react";
import { Body1, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Place, WorkbookHealth } from "../excel/workbook-scan-outcome";
import type { StartCheckStrings } from "../i18n/start-check";
import { HOLDING_KINDS, type Holding } from "../import/workbook-health";
import { OutcomeBar } from "./OutcomeBar";
import { PlaceLink, ReadNotices, ScanFrame, type ScanViewProps } from "./StartCheckParts";

// The Start tab as plain data and callbacks: what the workbook holds and how healthy it is, each
// line a link to its place. It never touches Office.js; StartPane wires it to the workbook.

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Styles = ReturnType<typeof useStyles>;

interface Line {
  readonly key: string;
  readonly text: string;
  readonly place?: Place;
}

/** A group of the health list: a heading, then its lines, each a link when it has a place. */
function Group(props: {
  heading: string;
  lines: readonly Line[];
  onSelect: (place: Place) => void;
  t: StartCheckStrings;
  styles: Styles;
}): React.JSX.Element {
  const { heading, lines, onSelect, t, styles } = props;
  const id = React.useId();
  return (
    <div className={styles.group} role="group" aria-labelledby={id}>
      <Text as="h3" weight="semibold" id={id}>
        {heading}
      </Text>
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line.key}>
            {line.place ? (
              <PlaceLink place={line.place} text={line.text} onSelect={onSelect} t={t} />
            ) : (
              <Body1>{line.text}</Body1>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function holdingText(h: Holding, t: StartCheckStrings): string {
  const kind = t.kinds[h.kind];
  return h.table === undefined
    ? t.holdingGrid(kind, h.place.sheet)
    : t.holdingTable(kind, h.table, h.place.sheet);
}

/** The health lines of each group, worded; a group with nothing to report says so in one line. */
function healthGroups(health: WorkbookHealth, t: StartCheckStrings) {
  const errors: Line[] = health.errors.map((e) => ({
    key: e.place.sheetId,
    text: t.errorsOnSheet(e.place.sheet, e.count),
    place: e.place,
  }));

  const tables = new Map<string, number>();
  for (const issue of health.indicatorIssues)
    tables.set(issue.table, (tables.get(issue.table) ?? 0) + 1);
  const tablePlaces = new Map(
    health.holdings.flatMap((h) => (h.table === undefined ? [] : [[h.table, h.place] as const]))
  );
  const checked =
    health.logicModels.length > 0 ||
    health.holdings.some((h) => h.kind === "logicModel" && h.table !== undefined);
  const redThread: Line[] = [
    ...health.logicModels
      .filter((m) => m.warnings.length > 0)
      .map((m, i) => ({
        key: `grid-${i}`,
        text: t.redThreadGaps(m.warnings.length, m.place.sheet),
        place: m.place,
      })),
    ...[...tables].map(([table, n]) => ({
      key: `table-${table}`,
      text: t.redThreadTableGaps(n, table),
      place: tablePlaces.get(table),
    })),
  ];

  const risks: Line[] = health.risks.map((r) => ({
    key: r.table,
    text: t.risksLine(r.table, r.place.sheet, { ...r.counts, unrated: r.unrated }),
    place: r.place,
  }));

  const beforeAfter: Line[] = health.beforeAfter.map((b, i) => ({
    key: `${b.table}-${i}`,
    text:
      b.reason === "beforeAfterEffect"
        ? t.beforeAfterEffect(b.indicator)
        : t.rowWarning(b.indicator, b.warning ?? ""),
    place: b.place,
  }));

  const personal: Line[] = health.personalNumbers.map((p) => ({
    key: p.place.sheetId,
    text: t.personalOnSheet(p.place.sheet, p.count),
    place: p.place,
  }));

  const or = (lines: Line[], empty: string): Line[] =>
    lines.length > 0 ? lines : [{ key: "none", text: empty }];
  return [
    { heading: t.errorsLabel, lines: or(errors, t.errorsNone) },
    {
      heading: t.redThreadLabel,
      lines: or(redThread, checked ? t.redThreadNone : t.redThreadNoModel),
    },
    { heading: t.risksLabel, lines: or(risks, t.risksNone) },
    { heading: t.beforeAfterLabel, lines: or(beforeAfter, t.beforeAfterNone) },
    { heading: t.personalLabel, lines: or(personal, t.personalNone) },
  ];
}

function Report(props: {
  health: WorkbookHealth;
  onSelect: (place: Place) => void;
  t: StartCheckStrings;
  styles: Styles;
}): React.JSX.Element {
  const { health, onSelect, t, styles } = props;
  const holdings: Line[] = health.holdings.map((h, i) => ({
    key: `${h.kind}-${i}`,
    text: holdingText(h, t),
    place: h.place,
  }));
  const missing = HOLDING_KINDS.filter((k) => !health.holdings.some((h) => h.kind === k)).map(
    (k) => t.kinds[k]
  );
  return (
    <>
      <section className={styles.section}>
        <Subtitle2 as="h2" block>
          {t.holdingsHeading}
        </Subtitle2>
        {holdings.length === 0 ? (
          <OutcomeBar intent="info">{t.nothingYet}</OutcomeBar>
        ) : (
          <>
            <ul className={styles.list}>
              {holdings.map((line) => (
                <li key={line.key}>
                  {line.place && (
                    <PlaceLink place={line.place} text={line.text} onSelect={onSelect} t={t} />
                  )}
                </li>
              ))}
            </ul>
            {missing.length > 0 && (
              <Caption1 as="p" block className={styles.muted}>
                {t.missing(missing)}
              </Caption1>
            )}
          </>
        )}
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2" block>
          {t.healthHeading}
        </Subtitle2>
        {healthGroups(health, t).map((g) => (
          <Group
            key={g.heading}
            heading={g.heading}
            lines={g.lines}
            onSelect={onSelect}
            t={t}
            styles={styles}
          />
        ))}
        <ReadNotices health={health} t={t} />
        <Caption1 as="p" block className={styles.muted}>
          {t.sheetsRead(health.sheetCount)}
        </Caption1>
      </section>
    </>
  );
}

export function StartView(props: ScanViewProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <ScanFrame
      {...props}
      intro={(t) => t.startIntro}
      button={(t) => t.refreshButton}
      report={(health, t) => (
        <Report health={health} onSelect={props.onSelect} t={t} styles={styles} />
      )}
    />
  );
}
