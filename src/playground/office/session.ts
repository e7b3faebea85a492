/**
 * One Excel.RequestContext's queue, as office.js batches: every proxy call only queues a command;
 * `sync()` applies the queue in order inside one `model.batch()` (one recomputation, one redraw of
 * the grid) and counts itself. A command that throws stops the batch: the ones before it stay
 * applied, the ones after it are dropped, and the sync rejects with the command's error — as Excel
 * runs a request.
 *
 * Loads (and the test of an …OrNullObject) are queued in order too, but run after the batch, once
 * the model has recomputed: a load then sees every write queued before it in the same sync with
 * its results computed — as in Excel — and also, unlike Excel, a write queued after it in that
 * sync. A load that fails (a sheet that does not exist) rejects the sync as in Excel, but the
 * writes queued after it in that sync have been applied. Nothing a failed sync loaded is readable.
 */
import type { PlaygroundModel } from "../model";
import { asRichApiError, officeError, type RichApiError } from "./errors";

/** What a load does once it has found its object: reads the values into the proxy. */
export type Collect = () => void;

interface Command {
  readonly location: string;
  /** A write applies itself; a load finds its object and returns what reads the values in. */
  readonly run: () => Collect | void;
  /** A load: run after the batch. */
  readonly read: boolean;
}

export class Session {
  private queue: Command[] = [];
  /** Run at the end of the current batch (a conditional format gets its properties then). */
  private finishers: (() => void)[] = [];
  /** Number formats written in the running batch, by "sheet|row|col" (see formatOf). */
  private formats = new Map<string, string>();
  /** Its Excel.run has finished: office.js invalidates the objects it made. */
  private closed = false;

  constructor(
    readonly model: PlaygroundModel,
    private readonly counted: () => void,
    /** The user's locale (Office's display language): text written to cells is read in it. */
    readonly locale: string
  ) {}

  /** Queues a write or any other command without a result. */
  enqueue(location: string, run: () => void): void {
    this.open(location);
    this.queue.push({ location, run, read: false });
  }

  /** The end of its Excel.run: a proxy of it used later fails, as office.js fails it. */
  close(): void {
    this.closed = true;
  }

  private open(location: string): void {
    if (this.closed)
      throw officeError(
        "InvalidObjectPath",
        "The object belongs to an Excel.run that has finished; use it inside its batch.",
        location
      );
  }

  /**
   * Queues a load, run after the batch in its order among the loads: `find` finds the object (or
   * throws) and returns what reads its values into the proxy, which runs only once every load of
   * the sync has found its object.
   */
  enqueueRead(location: string, find: () => Collect): void {
    this.open(location);
    this.queue.push({ location, run: find, read: true });
  }

  /** Runs `finish` at the end of the batch that is running now, even if a later command fails. */
  atBatchEnd(finish: () => void): void {
    this.finishers.push(finish);
  }

  /** Notes the number formats a write in the running batch gives, from (top, left). */
  noteFormats(
    sheetId: string,
    top: number,
    left: number,
    formats: readonly (readonly unknown[])[]
  ): void {
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === "string") this.formats.set(`${sheetId}|${top + r}|${left + c}`, f);
      })
    );
  }

  /**
   * A cell's number format during the batch: as written earlier in it, else as the model has it.
   * Reading the model mid-batch needs its values to be computable there; where they are not, the
   * cell is taken as General (a text-formatted cell the batch did not format reads as typed).
   */
  formatOf(sheetId: string, row: number, col: number): string {
    const noted = this.formats.get(`${sheetId}|${row}|${col}`);
    if (noted !== undefined) return noted;
    try {
      return this.model.cell(sheetId, row, col).numberFormat;
    } catch {
      return "General";
    }
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** context.sync(). The queue is taken at the call: what is queued later goes to the next sync. */
  sync(): Promise<void> {
    this.counted();
    const commands = this.queue;
    this.queue = [];
    const error = this.apply(commands.filter((c) => !c.read));
    return error ? Promise.reject(error) : this.collect(commands.filter((c) => c.read));
  }

  /** The writes in one batch; the error that stopped them, if any. */
  private apply(commands: readonly Command[]): RichApiError | undefined {
    let error: RichApiError | undefined;
    if (commands.length === 0) return undefined;
    this.formats.clear();
    try {
      this.model.batch(() => {
        for (const command of commands) {
          try {
            command.run();
          } catch (e) {
            error = asRichApiError(e, command.location);
            break;
          }
        }
        this.finish((e) => (error ??= asRichApiError(e, "RequestContext.sync")));
        this.formats.clear();
      });
    } catch (e) {
      // The model's recomputation itself failed: nothing can be read.
      error ??= asRichApiError(e, "RequestContext.sync");
    }
    return error;
  }

  private finish(onError: (e: unknown) => void): void {
    for (const finish of this.finishers.splice(0)) {
      try {
        finish();
      } catch (e) {
        onError(e);
      }
    }
  }

  /** Every load finds its object first; the values are read in only when all have. */
  private collect(reads: readonly Command[]): Promise<void> {
    const collects: Collect[] = [];
    for (const { location, run } of reads) {
      try {
        const collect = run();
        if (collect) collects.push(collect);
      } catch (e) {
        return Promise.reject(asRichApiError(e, location));
      }
    }
    collects.forEach((c) => c());
    return Promise.resolve();
  }
}
