/** What jsdom lacks that Fluent UI uses in a browser, stood in for in the task-pane tests. */

/** Fluent's MessageBar chooses its layout with a ResizeObserver; jsdom has none. */
export function shimResizeObserver(): void {
  const scope = globalThis as { ResizeObserver?: unknown };
  scope.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
