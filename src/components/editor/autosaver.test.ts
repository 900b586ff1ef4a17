import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosaver, type SaveOutcome, type SaveState } from "./autosaver";

describe("autosave loop", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(answer: (content: string, base: number) => SaveOutcome<string>) {
    const saves: [string, number][] = [];
    const states: SaveState[] = [];
    const saver = new Autosaver<string, string>("", 1, {
      delayMs: 1000,
      save: async (content, base) => {
        saves.push([content, base]);
        return answer(content, base);
      },
      onState: (s) => states.push(s),
    });
    return { saver, saves, states };
  }

  it("saves once after a pause in typing, based on the last version", async () => {
    const { saver, saves, states } = setup((_, base) => ({ ok: true, version: base + 1 }));
    saver.change("a");
    saver.change("ab");
    await vi.advanceTimersByTimeAsync(500);
    saver.change("abc");
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([["abc", 1]]);
    saver.change("abcd");
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([["abc", 1], ["abcd", 2]]);
    expect(states.at(-1)).toBe("saved");
  });

  it("stops on a conflict and saves nothing more until the person chooses", async () => {
    const { saver, saves, states } = setup(() => ({ ok: false, conflict: true, failure: "stale" }));
    saver.change("mine");
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)).toBe("conflict");
    saver.change("mine, more");
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toHaveLength(1);
    expect(saver.content).toBe("mine, more"); // nothing typed is lost
  });

  it("reports a failed save as an error, keeping the text", async () => {
    const { saver, states } = setup(() => ({ ok: false, conflict: false, failure: "offline" }));
    saver.change("text");
    await expect(saver.flush()).resolves.toBe(false);
    expect(states.at(-1)).toBe("error");
    expect(saver.content).toBe("text");
  });

  it("sends a flag with the next save only (a minor edit is one edit)", async () => {
    const flagsSent: Record<string, boolean>[] = [];
    const saver = new Autosaver<string, string>("", 1, {
      delayMs: 1000,
      save: async (_content, base, flags) => {
        flagsSent.push(flags);
        return { ok: true, version: base + 1 };
      },
      onState: () => {},
    });
    saver.setFlags({ minorEdit: true });
    saver.change("typo fixed");
    await vi.advanceTimersByTimeAsync(1000);
    saver.change("typo fixed, and more");
    await vi.advanceTimersByTimeAsync(1000);
    expect(flagsSent).toEqual([{ minorEdit: true }, {}]);
  });
});
