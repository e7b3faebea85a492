/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { Busy, fractionDone, useBusy, type BusyState } from "../../src/taskpane/Busy";
import { runInSlices, yieldToPane, type Progress } from "../../src/taskpane/busy-work";

// The shared pattern for long work: slices that yield, progress, cancellation, and the indicator.

/** A clock the test moves: each step of work "takes" `stepMs`. */
function steppedClock(stepMs: number) {
  let t = 0;
  return { now: () => t, tick: () => (t += stepMs) };
}

describe("runInSlices", () => {
  it("runs every step once, in order, in slices of the time allowed, yielding between them", async () => {
    const clock = steppedClock(5);
    const ran: number[] = [];
    const progress: Progress[] = [];
    const yields = jest.fn(() => Promise.resolve());
    const done = await runInSlices(
      10,
      (i) => {
        ran.push(i);
        clock.tick();
      },
      { sliceMs: 12, now: clock.now, yieldFn: yields, onProgress: (p) => progress.push(p) }
    );
    expect(done).toBe(true);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 5 ms a step, 12 ms a slice: after 3 steps 15 ms ≥ 12, so slices of 3, 3, 3 and 1.
    expect(progress.map((p) => p.done)).toEqual([3, 6, 9, 10]);
    expect(progress.every((p) => p.total === 10)).toBe(true);
    // A yield between slices, none after the last.
    expect(yields).toHaveBeenCalledTimes(3);
  });

  it("runs one step per slice when a step alone takes longer than a slice", async () => {
    const clock = steppedClock(50);
    const progress: number[] = [];
    await runInSlices(3, () => clock.tick(), {
      now: clock.now,
      yieldFn: () => Promise.resolve(),
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress).toEqual([1, 2, 3]);
  });

  it("does nothing for no work", async () => {
    const step = jest.fn();
    const onProgress = jest.fn();
    expect(await runInSlices(0, step, { onProgress })).toBe(true);
    expect(step).not.toHaveBeenCalled();
    expect(onProgress).not.toHaveBeenCalled();
  });

  it("stops at the next slice once aborted, and says so", async () => {
    const clock = steppedClock(5);
    const controller = new AbortController();
    const ran: number[] = [];
    const done = await runInSlices(
      100,
      (i) => {
        ran.push(i);
        clock.tick();
        if (i === 4) controller.abort();
      },
      { now: clock.now, yieldFn: () => Promise.resolve(), signal: controller.signal, sliceMs: 12 }
    );
    expect(done).toBe(false);
    // The slice 3..5 finishes (steps are not interrupted), the next does not start.
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("rejects with a step's error", async () => {
    await expect(
      runInSlices(5, (i) => {
        if (i === 2) throw new Error("bad row");
      })
    ).rejects.toThrow("bad row");
  });

  it("lets timers run between slices: the pane stays responsive during 100,000 steps", async () => {
    const realNow = () => performance.now();
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let sum = 0;
    let timerSeenAt = -1;
    await runInSlices(
      100_000,
      (i) => {
        sum += i;
        if (timerRan && timerSeenAt < 0) timerSeenAt = i;
      },
      { now: realNow, sliceMs: 1 }
    );
    // 0 + 1 + … + 99,999 = 99,999 × 100,000 / 2.
    expect(sum).toBe(4_999_950_000);
    // A timer set before the work ran while it was under way, not after it.
    expect(timerSeenAt).toBeGreaterThan(0);
    expect(timerSeenAt).toBeLessThan(100_000);
  });

  it("yieldToPane resolves after pending timers had their turn", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("timer"), 0);
    await yieldToPane();
    order.push("after yield");
    expect(order).toEqual(["timer", "after yield"]);
  });
});

describe("fractionDone", () => {
  it.each<[Progress, number]>([
    [{ done: 0, total: 10 }, 0],
    [{ done: 1, total: 4 }, 0.25],
    [{ done: 10, total: 10 }, 1],
    [{ done: 12, total: 10 }, 1],
    [{ done: 3, total: 0 }, 0],
    [{ done: -1, total: 10 }, 0],
  ])("%p → %p", (progress, expected) => {
    expect(fractionDone(progress)).toBe(expected);
  });
});

describe("Busy", () => {
  const renderBusy = (element: React.ReactElement) =>
    render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

  it("spins with its label while the amount of work is unknown", () => {
    renderBusy(<Busy label="Importerar …" />);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Importerar …");
    expect(status.querySelector(".fui-Spinner")).not.toBeNull();
  });

  it("fills a labelled progress bar once it is known, with a hint", () => {
    renderBusy(
      <Busy label="Simulerar" progress={{ done: 250, total: 1000 }} hint="250 av 1 000" />
    );
    const bar = screen.getByRole("progressbar", { name: "Simulerar" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    expect(bar.getAttribute("aria-valuemax")).toBe("1");
    expect(screen.getByRole("status").textContent).toContain("250 av 1 000");
  });
});

describe("useBusy", () => {
  let state: BusyState | undefined;
  function Probe(): React.JSX.Element {
    state = useBusy();
    return (
      <span data-testid="probe">{state.busy ? `busy ${state.progress?.done ?? "-"}` : "idle"}</span>
    );
  }
  const shown = () => screen.getByTestId("probe").textContent;

  function deferred() {
    let resolve: () => void = () => undefined;
    let reject: (e: Error) => void = () => undefined;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it("is busy while the work runs, shows its progress, and idle after", async () => {
    render(<Probe />);
    expect(shown()).toBe("idle");
    const gate = deferred();
    let report: (p: Progress) => void = () => undefined;
    let running: Promise<string> = Promise.resolve("");
    act(() => {
      running = state!.run(async (r) => {
        report = r;
        await gate.promise;
        return "done";
      });
    });
    expect(shown()).toBe("busy -");
    act(() => report({ done: 3, total: 8 }));
    expect(shown()).toBe("busy 3");
    await act(async () => gate.resolve());
    await expect(running).resolves.toBe("done");
    expect(shown()).toBe("idle");
  });

  it("rethrows the work's failure for the view to show, and is idle after", async () => {
    render(<Probe />);
    let running: Promise<void> = Promise.resolve();
    const gate = deferred();
    act(() => {
      running = state!.run(() => gate.promise);
    });
    await act(async () => {
      gate.reject(new Error("InvalidOperation"));
      await running.catch(() => undefined);
    });
    await expect(running).rejects.toThrow("InvalidOperation");
    expect(shown()).toBe("idle");
  });

  it("aborts the work's signal when the view goes away", async () => {
    const { unmount } = render(<Probe />);
    let signal: AbortSignal | undefined;
    const gate = deferred();
    act(() => {
      void state!.run(async (_, s) => {
        signal = s;
        await gate.promise;
      });
    });
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    // Settling after unmount sets no state (React would warn).
    await act(async () => gate.resolve());
  });
});
