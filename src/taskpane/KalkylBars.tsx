import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { isSiError } from "../core/errors";
import type { ActorFigures, Figure } from "../excel/kalkyl-figures";
import type { KalkylPaneStrings } from "../i18n/kalkyl-pane";

// A small chart of the per-actor split in plain SVG (no chart library in the pane): for each actor
// a bar for its costs and one for its benefits, to scale. The table beside it carries the figures
// for screen readers; the chart is one labelled image. Colours are Fluent tokens, so it follows
// Office's theme, high contrast included.

export interface KalkylBarsProps {
  readonly actors: readonly ActorFigures[];
  readonly t: KalkylPaneStrings;
}

const WIDTH = 300;
const LABEL = 14;
const BAR = 10;
const GAP = 2;
const GROUP = LABEL + 2 * BAR + GAP + 10;
const LEGEND = 20;

const useStyles = makeStyles({
  svg: { width: "100%", maxWidth: `${WIDTH}px`, height: "auto", overflow: "visible" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  costs: { fill: tokens.colorPaletteRedBackground3 },
  benefits: { fill: tokens.colorPaletteGreenBackground3 },
});

/** A bar's length: negative or missing figures draw nothing. */
function size(f: Figure): number {
  return isSiError(f) ? 0 : Math.max(0, f);
}

export function KalkylBars({ actors, t }: KalkylBarsProps): React.JSX.Element | null {
  const styles = useStyles();
  const titleId = React.useId();
  const largest = Math.max(0, ...actors.flatMap((a) => [size(a.pvCosts), size(a.pvBenefits)]));
  if (actors.length === 0 || largest === 0) return null;
  const scale = (f: Figure) => (size(f) / largest) * WIDTH;
  const height = LEGEND + actors.length * GROUP;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="kalkyl-bars"
    >
      <title id={titleId}>{t.inlineChartLabel}</title>
      <rect className={styles.costs} x={0} y={2} width={BAR} height={BAR} />
      <text className={styles.label} x={BAR + 4} y={BAR + 1}>
        {t.legendCosts}
      </text>
      <rect className={styles.benefits} x={WIDTH / 2} y={2} width={BAR} height={BAR} />
      <text className={styles.label} x={WIDTH / 2 + BAR + 4} y={BAR + 1}>
        {t.legendBenefits}
      </text>
      {actors.map((a, i) => {
        const y = LEGEND + i * GROUP;
        return (
          <g key={`${a.actor}-${i}`}>
            <text className={styles.label} x={0} y={y + LABEL - 3}>
              {a.actor === "" ? t.noActor : a.actor}
            </text>
            <rect
              className={styles.costs}
              x={0}
              y={y + LABEL}
              width={scale(a.pvCosts)}
              height={BAR}
              data-bar="costs"
            />
            <rect
              className={styles.benefits}
              x={0}
              y={y + LABEL + BAR + GAP}
              width={scale(a.pvBenefits)}
              height={BAR}
              data-bar="benefits"
            />
          </g>
        );
      })}
    </svg>
  );
}
