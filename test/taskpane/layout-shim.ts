/* global HTMLElement, document, getComputedStyle */

// jsdom lays nothing out: every element has offsetParent null and a zero-sized box. Fluent's
// keyboard layer (tabster) takes that as "not visible" and skips every element, and Fluent's
// Overflow measures nothing. This shim gives rendered elements an offsetParent (null only for
// what is hidden — the hidden attribute or display: none from any stylesheet, as a browser would)
// and the body a size, so Tab and the arrow keys behave as in a browser; with `widths` it also
// gives elements widths, so Overflow has something to fit.

export interface LayoutShimOptions {
  /** An element's offsetWidth and clientWidth, or undefined for 0. */
  readonly widthOf?: (element: HTMLElement) => number | undefined;
}

function rendered(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (e instanceof HTMLElement && e.hidden) return false;
    if (getComputedStyle(e).display === "none") return false;
  }
  return true;
}

type Restore = () => void;

function overrideGetter<K extends keyof HTMLElement>(
  name: K,
  get: (this: HTMLElement) => HTMLElement[K]
): Restore {
  const before = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
  Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
  return () => {
    if (before) Object.defineProperty(HTMLElement.prototype, name, before);
    else Reflect.deleteProperty(HTMLElement.prototype, name);
  };
}

/** Installs the shim; returns the function that removes it. */
export function installLayoutShim(options: LayoutShimOptions = {}): Restore {
  const widthOf = (element: HTMLElement): number =>
    rendered(element) ? (options.widthOf?.(element) ?? 0) : 0;
  const restores: Restore[] = [
    overrideGetter("offsetParent", function () {
      if (this === document.body || !rendered(this)) return null;
      return this.parentElement ?? document.body;
    }),
    overrideGetter("offsetWidth", function () {
      return widthOf(this);
    }),
    overrideGetter("clientWidth", function () {
      return widthOf(this);
    }),
  ];
  const body = document.body;
  const bodyRect = body.getBoundingClientRect;
  body.getBoundingClientRect = () => new DOMRect(0, 0, 320, 800);
  restores.push(() => {
    body.getBoundingClientRect = bodyRect;
  });
  return () => restores.splice(0).forEach((restore) => restore());
}
