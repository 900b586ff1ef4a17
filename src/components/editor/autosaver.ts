// The autosave loop of the editor, outside React so that its timing is plain
// code: a change waits `delayMs` of quiet, one save runs at a time, a change
// made during a save is saved after it, and the version each save is based on
// is the one the previous save returned.

export type SaveState = "saved" | "dirty" | "saving" | "error" | "conflict";

export type SaveOutcome<F> = { ok: true; version: number } | { ok: false; conflict: boolean; failure: F };

export class Autosaver<C, F> {
  private latest: C;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private paused = false;
  /**
   * How the next save is to be recorded (e.g. as a minor edit): sent with the
   * saves until one succeeds, then cleared (a minor edit is one edit, not a mode).
   */
  private flags: Record<string, boolean> = {};

  constructor(
    initial: C,
    public version: number,
    private readonly options: {
      delayMs: number;
      save: (content: C, baseVersion: number, flags: Record<string, boolean>) => Promise<SaveOutcome<F>>;
      onState: (state: SaveState, failure: F | null) => void;
    },
  ) {
    this.latest = initial;
  }

  get content(): C {
    return this.latest;
  }

  change(content: C) {
    this.latest = content;
    if (this.paused) return; // a conflict waits for the person's choice
    this.options.onState("dirty", null);
    this.schedule();
  }

  setFlags(flags: Record<string, boolean>) {
    this.flags = flags;
  }

  /** Saves now (Ctrl-S, before a status change). Resolves true when everything is saved. */
  async flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight) await this.inFlight;
    const snapshot = this.latest;
    const run = this.saveSnapshot(snapshot);
    this.inFlight = run;
    try {
      return await run;
    } finally {
      this.inFlight = null;
    }
  }

  /** After a conflict: continue from `version` (theirs), with `content` as the text to keep. */
  resolve(version: number, content: C, saveNow: boolean) {
    this.version = version;
    this.latest = content;
    this.paused = false;
    if (saveNow) void this.flush();
    else this.options.onState("saved", null);
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  private async saveSnapshot(snapshot: C): Promise<boolean> {
    this.options.onState("saving", null);
    const flags = this.flags;
    const outcome = await this.options.save(snapshot, this.version, flags);
    if (outcome.ok) {
      this.version = outcome.version;
      if (this.flags === flags) this.flags = {};
      const changedSince = this.latest !== snapshot;
      this.options.onState(changedSince ? "dirty" : "saved", null);
      if (changedSince) this.schedule();
      return true;
    }
    if (outcome.conflict) this.paused = true;
    this.options.onState(outcome.conflict ? "conflict" : "error", outcome.failure);
    return false;
  }
}
