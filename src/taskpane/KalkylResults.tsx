import * as React from "react";
import {
  Caption1,
  Card,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { isSiError } from "../core/errors";
import {
  actorsAgreement,
  agreement,
  type Agreement,
  type Figure,
  type KalkylFigures,
} from "../excel/kalkyl-figures";
import type { KalkylData, KalkylShownCell } from "../excel/kalkyl-outcome";
import type { KalkylPaneStrings } from "../i18n/kalkyl-pane";
import type { Lang } from "../i18n/lang";
import { KalkylBars } from "./KalkylBars";
import {
  actorsAgreementText,
  agreementText,
  errorText,
  kronor,
  percent,
  shownFigure,
  type FigureKind,
} from "./KalkylFormat";

// The figures of one Kalkyl as cards — NPV, benefit–cost ratio, payback, and the split per actor —
// each computed in the pane (src/excel/kalkyl-figures.ts) and with a line saying whether the sheet
// shows the same.

export interface KalkylResultsProps {
  readonly data: KalkylData;
  readonly figures: KalkylFigures;
  readonly t: KalkylPaneStrings;
  readonly language: Lang;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  cards: {
    display: "grid",
    // Wide enough for "−12 345 678 kr" in the card's large type: one column in a narrow pane.
    gridTemplateColumns: "repeat(auto-fill, minmax(16em, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  value: { fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  agrees: { color: tokens.colorPaletteGreenForeground1 },
  warns: { color: tokens.colorPaletteDarkOrangeForeground1 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // Fluent's table shares the width equally, which let "7 259 266 kr" run into the next column in
  // Excel's narrow pane: columns as wide as their content, scrolling sideways when they do not fit.
  scroller: { overflowX: "auto" },
  table: { tableLayout: "auto" },
});

function AgreementLine({ a, text }: { a: Agreement; text: string }): React.JSX.Element {
  const styles = useStyles();
  const look =
    a.kind === "agrees" ? styles.agrees : a.kind === "noCell" ? styles.muted : styles.warns;
  return (
    <Caption1 className={look} data-agreement={a.kind}>
      {text}
    </Caption1>
  );
}

function FigureCard({
  title,
  hint,
  figure,
  kind,
  shown,
  t,
  language,
}: {
  title: string;
  hint?: string;
  figure: Figure;
  kind: FigureKind;
  shown: KalkylShownCell | undefined;
  t: KalkylPaneStrings;
  language: Lang;
}): React.JSX.Element {
  const styles = useStyles();
  const titleId = React.useId();
  const a = agreement(figure, shown);
  const negative = !isSiError(figure) && figure < 0;
  return (
    <Card className={styles.card} role="group" aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {title}
      </Subtitle2>
      <Text
        size={600}
        weight="semibold"
        className={mergeClasses(styles.value, negative && styles.negative)}
        data-figure={kind}
      >
        {shownFigure(figure, kind, t)}
      </Text>
      {hint && <Caption1 className={styles.muted}>{hint}</Caption1>}
      {isSiError(figure) && <Caption1>{t.figureError(errorText(figure, language))}</Caption1>}
      <AgreementLine a={a} text={agreementText(a, kind, t)} />
    </Card>
  );
}

function money(f: Figure, t: KalkylPaneStrings): string {
  return isSiError(f) ? t.noFigure : kronor(f, t.numberLocale);
}

function ActorsCard({ data, figures, t }: KalkylResultsProps): React.JSX.Element {
  const styles = useStyles();
  const titleId = React.useId();
  const a = actorsAgreement(figures.actors, data.actors);
  return (
    <Card className={styles.card} role="group" aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t.actorsHeading}
      </Subtitle2>
      <div className={styles.scroller}>
        <Table size="small" aria-labelledby={titleId} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.actorColumn}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.costsColumn}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.benefitsColumn}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.netColumn}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {figures.actors.map((actor, i) => (
              <TableRow key={`${actor.actor}-${i}`}>
                <TableCell>{actor.actor === "" ? t.noActor : actor.actor}</TableCell>
                <TableCell className={styles.number}>{money(actor.pvCosts, t)}</TableCell>
                <TableCell className={styles.number}>{money(actor.pvBenefits, t)}</TableCell>
                <TableCell
                  className={mergeClasses(
                    styles.number,
                    !isSiError(actor.net) && actor.net < 0 && styles.negative
                  )}
                >
                  {money(actor.net, t)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <AgreementLine a={a} text={actorsAgreementText(a, t)} />
      <KalkylBars actors={figures.actors} t={t} />
    </Card>
  );
}

export function KalkylResults(props: KalkylResultsProps): React.JSX.Element {
  const { data, figures, t, language } = props;
  const styles = useStyles();
  const headingId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} block>
        {t.resultsHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>
        {t.basis(percent(figures.rate, t.numberLocale), figures.horizon, figures.lines)}
      </Caption1>
      <div className={styles.cards}>
        <FigureCard
          title={t.npvTitle}
          figure={figures.npv}
          kind="kronor"
          shown={data.cells.npv}
          t={t}
          language={language}
        />
        <FigureCard
          title={t.bcrTitle}
          hint={t.bcrHint}
          figure={figures.bcr}
          kind="ratio"
          shown={data.cells.bcr}
          t={t}
          language={language}
        />
        <FigureCard
          title={t.paybackTitle}
          figure={figures.payback}
          kind="years"
          shown={data.cells.payback}
          t={t}
          language={language}
        />
      </div>
      <ActorsCard {...props} />
    </section>
  );
}
