/**
 * The two shapes every Office.js proxy of the host takes: one object (a range, a sheet, a table)
 * and a collection of them. A proxy knows how to find its object in the model when a sync runs
 * (`locate`), never before; an `…OrNullObject` proxy may find nothing and is then a null object.
 */
import { officeError, propertyNotLoaded } from "./errors";
import { Props, loadPaths, type LoadOption } from "./props";
import type { Collect, Session } from "./session";

/** Finds the object when the batch runs: throws for a missing one, null for a null object. */
export type Locate<T> = () => T | null;

export abstract class ClientObject<T> {
  protected readonly props: Props;
  private nullState: boolean | undefined;

  constructor(
    readonly session: Session,
    /** The Office class name, for errors ("Range"). */
    readonly entity: string,
    protected readonly locate: Locate<T>,
    nullable = false
  ) {
    this.props = new Props(entity);
    // An …OrNullObject proxy tells whether it found its object at the next sync, loaded or not.
    if (nullable)
      session.enqueueRead(`${entity}.isNullObject`, () => {
        const found = this.locate() !== null;
        return () => (this.nullState = !found);
      });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  /** The object, for a command; using a null object for more than its test is refused. */
  target(): T {
    const target = this.locate();
    if (target === null)
      throw officeError(
        "InvalidObjectPath",
        `The ${this.entity} does not exist (a null object cannot be used).`
      );
    return target;
  }

  /** A loaded or set property; a null object's properties read as undefined, as in office.js. */
  protected read<V>(name: string): V {
    if (this.nullState === true) return undefined as V;
    return this.props.get<V>(name);
  }

  /** Sets a property as office.js does: readable at once, applied at the next sync. */
  protected write<V>(name: string, value: V, apply: (target: T, value: V) => void): void {
    this.props.set(name, value);
    this.session.enqueue(`${this.entity}.${name}`, () => apply(this.target(), value));
  }

  /** Queues a method call on the object. */
  protected call(method: string, apply: (target: T) => void): void {
    this.session.enqueue(`${this.entity}.${method}`, () => apply(this.target()));
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.session.enqueueRead(`${this.entity}.load`, () => {
      const target = this.locate();
      const collect = target === null ? undefined : this.prepareLoad(target, paths);
      return () => {
        this.nullState = target === null;
        collect?.();
      };
    });
    return this;
  }

  /** For a collection's load: the object's properties from a target found by the collection. */
  loadFound(target: T, paths: readonly string[]): Collect {
    const collect = this.prepareLoad(target, paths);
    return () => {
      this.nullState = false;
      collect();
    };
  }

  /**
   * Finds what `paths` need (throwing for what is missing) and returns what reads the values into
   * the proxy. Empty `paths`: every scalar property.
   */
  protected abstract prepareLoad(target: T, paths: readonly string[]): Collect;

  /** The loaded (and set) properties as plain data, as office.js's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    return this.props.plain();
  }
}

/** A ClientObject with a place on the sheet, in points: Range and Chart. */
export abstract class PlacedObject<T> extends ClientObject<T> {
  get left(): number {
    return this.read("left");
  }
  get top(): number {
    return this.read("top");
  }
  get width(): number {
    return this.read("width");
  }
  get height(): number {
    return this.read("height");
  }
}

/** A collection whose `items` exist only after a sync loaded them; each item is a full proxy. */
export abstract class CollectionObject<T, Item extends ClientObject<T>> {
  private loaded: Item[] | undefined;

  constructor(
    readonly session: Session,
    readonly entity: string
  ) {}

  /** The objects in the collection now, in order. */
  protected abstract list(): readonly T[];

  /** A proxy for one object of the collection, found again by its id at each later sync. */
  protected abstract item(target: T): Item;

  get items(): Item[] {
    if (!this.loaded) throw propertyNotLoaded(this.entity, "items");
    return this.loaded;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.session.enqueueRead(`${this.entity}.load`, () => this.loadItems(paths));
    return this;
  }

  /**
   * Finds the items with `paths` ("items/name" and "name" both ask for each item's name, as
   * office.js reads a collection load) and returns what reads them in. A parent's load
   * ("columns/items/name" of a table) calls it too.
   */
  loadItems(paths: readonly string[]): Collect {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const found = this.list().map((target) => {
      const item = this.item(target);
      return { item, collect: item.loadFound(target, itemPaths) };
    });
    return () => {
      found.forEach((f) => f.collect());
      this.loaded = found.map((f) => f.item);
    };
  }

  toJSON(): Record<string, unknown> {
    return { items: this.loaded?.map((i) => i.toJSON()) ?? [] };
  }
}
