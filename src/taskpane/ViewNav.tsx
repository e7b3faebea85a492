import * as React from "react";
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";

// The views' navigation in a narrow pane: one row of tabs, as Office's own panes have, and the
// tabs that do not fit in a "Mer" menu at its end (Fluent's TabList with Overflow). The chosen
// view's tab has the higher priority, so it is always in the row and shows where the user is.
//
// Keyboard: Tab reaches the row once (at the chosen tab); the arrow keys move between the tabs
// (Fluent's TabList), Enter or Space opens one. The "Mer" button is the next Tab stop: Enter or
// the down arrow opens its menu, the arrows move in it, Enter opens the view, Escape closes it.
// The menu button sits beside the tab list, not in it, so the tablist holds only tabs.

export interface ViewNavItem {
  readonly id: string;
  readonly label: string;
  /** The DOM id of the tab, which labels its panel. */
  readonly tabId: string;
  /** The DOM id of the view's panel (role="tabpanel"), which the tab controls. */
  readonly panelId: string;
}

export interface ViewNavProps {
  readonly items: readonly ViewNavItem[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  /** The accessible name of the navigation landmark. */
  readonly label: string;
  /** The text of the menu button that holds what does not fit. */
  readonly moreLabel: string;
}

const useStyles = makeStyles({
  // The overflow container: one row that never wraps; Overflow hides what does not fit.
  row: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    minWidth: 0,
    overflow: "hidden",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  more: { flexShrink: 0 },
});

/**
 * True once the element has had a width. Until then — a pane laid out while hidden, or no layout
 * at all (server rendering, jsdom) — Overflow would measure 0 px and hide every tab; instead every
 * tab stays in the row, and Overflow takes over with the first real width (ResizeObserver).
 */
function useHasWidth(ref: React.RefObject<HTMLElement | null>): boolean {
  const [hasWidth, setHasWidth] = React.useState(false);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (hasWidth || !element) return;
    if (element.clientWidth > 0) {
      setHasWidth(true);
      return;
    }
    const Observer = (globalThis as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (!Observer) return;
    const observer = new Observer(() => {
      if (element.clientWidth > 0) setHasWidth(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasWidth, ref]);
  return hasWidth;
}

/** A menu entry for a view whose tab is hidden for want of room; nothing while the tab shows. */
function MoreItem({
  item,
  onSelect,
}: {
  item: ViewNavItem;
  onSelect: (id: string) => void;
}): React.JSX.Element | null {
  const visible = useIsOverflowItemVisible(item.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(item.id)}>{item.label}</MenuItem>;
}

function MoreMenu({
  items,
  onSelect,
  label,
}: {
  items: readonly ViewNavItem[];
  onSelect: (id: string) => void;
  label: string;
}): React.JSX.Element | null {
  const styles = useStyles();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton ref={ref} appearance="transparent" size="small" className={styles.more}>
          {label}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {items.map((item) => (
            <MoreItem key={item.id} item={item} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ViewNav({
  items,
  selected,
  onSelect,
  label,
  moreLabel,
}: ViewNavProps): React.JSX.Element {
  const styles = useStyles();
  // A view chosen in the menu gets its tab into the row on the next overflow pass; focus follows
  // it there, so the keyboard user lands on what they chose, not on a menu button that may be gone.
  const [focusAfterMenu, setFocusAfterMenu] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (focusAfterMenu === null) return;
    // Fluent's Menu gives focus back to its button as it closes; this runs after that.
    const timer = setTimeout(() => {
      document.getElementById(focusAfterMenu)?.focus();
      setFocusAfterMenu(null);
    }, 0);
    return () => clearTimeout(timer);
  }, [focusAfterMenu]);

  const chooseFromMenu = (id: string): void => {
    onSelect(id);
    setFocusAfterMenu(items.find((item) => item.id === id)?.tabId ?? null);
  };

  const navRef = React.useRef<HTMLElement>(null);
  const hasWidth = useHasWidth(navRef);

  return (
    <nav aria-label={label} ref={navRef}>
      {/* A fresh Overflow once measured: Fluent's Overflow does not re-run when minimumVisible drops to 0. */}
      <Overflow key={hasWidth ? "fit" : "all"} minimumVisible={hasWidth ? 0 : items.length}>
        <div className={styles.row}>
          <TabList
            size="small"
            className={styles.tabs}
            selectedValue={selected}
            onTabSelect={(_, data) => onSelect(String(data.value))}
          >
            {items.map((item) => (
              <OverflowItem key={item.id} id={item.id} priority={item.id === selected ? 2 : 1}>
                <Tab value={item.id} id={item.tabId} aria-controls={item.panelId}>
                  {item.label}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <MoreMenu items={items} onSelect={chooseFromMenu} label={moreLabel} />
        </div>
      </Overflow>
    </nav>
  );
}
