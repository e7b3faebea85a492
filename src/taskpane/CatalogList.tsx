import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  SearchBox,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CatalogRow } from "../excel/catalog-table";
import type { UnitCostStrings } from "../i18n/ui";
import { filterCatalog } from "./catalog-search";

/** Rows rendered at once: a national catalog has thousands, the search narrows them. */
export const CATALOG_ROWS_SHOWN = 100;

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
    alignItems: "start",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  local: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
});

export interface CatalogListProps {
  readonly rows: readonly CatalogRow[];
  readonly t: UnitCostStrings;
  /** False outside Excel: the insert buttons are then disabled. */
  readonly canInsert: boolean;
  readonly onInsert: (row: CatalogRow) => void;
  readonly initialQuery?: string;
}

function CatalogItem({
  row,
  t,
  money,
  canInsert,
  onInsert,
}: {
  row: CatalogRow;
  t: UnitCostStrings;
  money: (n: number) => string;
  canInsert: boolean;
  onInsert: (row: CatalogRow) => void;
}) {
  const styles = useStyles();
  const national = row.cost === null ? "" : t.kronor(money(row.cost));
  const facts = [
    [national, row.unit ? t.perUnit(row.unit) : ""].filter(Boolean).join(" "),
    row.priceYear === null ? t.noPriceYear : t.priceYear(row.priceYear),
  ].filter(Boolean);
  return (
    <li className={styles.item}>
      <span className={styles.text}>
        <Text weight="semibold">{row.name}</Text>
        {(row.id || row.category) && (
          <Caption1 className={styles.muted}>
            {[row.id, row.category].filter(Boolean).join(" · ")}
          </Caption1>
        )}
        <Body1>{facts.join(" · ")}</Body1>
        {row.source && <Caption1 className={styles.muted}>{t.sourceLine(row.source)}</Caption1>}
        {row.hasLocal && (
          <span className={styles.local}>
            <Badge appearance="tint" color="brand">
              {t.localBadge}
            </Badge>
            <Caption1>
              {row.localCost === null ? t.localFormula : t.kronor(money(row.localCost))}
              {national && t.localOverrides(national)}
            </Caption1>
          </span>
        )}
      </span>
      <Button
        size="small"
        disabled={!canInsert}
        title={t.insertTitle(row.name)}
        onClick={() => onInsert(row)}
      >
        {t.insertButton}
      </Button>
    </li>
  );
}

export function CatalogList({
  rows,
  t,
  canInsert,
  onInsert,
  initialQuery = "",
}: CatalogListProps): React.JSX.Element {
  const styles = useStyles();
  const [query, setQuery] = React.useState(initialQuery);
  const matches = React.useMemo(() => filterCatalog(rows, query), [rows, query]);
  const money = React.useMemo(() => {
    const format = new Intl.NumberFormat(t.numberLocale, { maximumFractionDigits: 2 });
    return (n: number) => format.format(n);
  }, [t.numberLocale]);
  const shown = matches.slice(0, CATALOG_ROWS_SHOWN);
  return (
    <section className={styles.root} aria-label={t.catalogHeading}>
      <Subtitle2 as="h2" block>
        {t.catalogHeading}
      </Subtitle2>
      {rows.length === 0 ? (
        <Caption1 className={styles.muted}>{t.catalogEmpty}</Caption1>
      ) : (
        <>
          <SearchBox
            aria-label={t.searchLabel}
            placeholder={t.searchPlaceholder}
            value={query}
            onChange={(_, data) => setQuery(data.value)}
          />
          <Caption1 className={styles.muted} aria-live="polite">
            {matches.length === 0 ? t.noMatches : t.shown(shown.length, matches.length)}
          </Caption1>
          <ul className={styles.list} role="list">
            {shown.map((row, i) => (
              <CatalogItem
                key={`${row.id ?? ""}|${row.name}|${i}`}
                row={row}
                t={t}
                money={money}
                canInsert={canInsert}
                onInsert={onInsert}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
