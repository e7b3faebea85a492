/** Where a command writes: the real streams in `si-kalkyl`, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes: 0 done (an Excel error is a result), 1 input that cannot be used, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
