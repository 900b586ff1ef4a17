import { describe, expect, it } from "vitest";
import { createMemo } from "./memo";

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createMemo", () => {
  it("loads a key once while fresh, again once its time is up", async () => {
    const c = clock();
    const memo = createMemo<number>({ maxEntries: 10, ttlMs: 1000, now: c.now });
    let loads = 0;
    const load = async () => ++loads;
    expect(await memo.get("a", load)).toBe(1);
    c.advance(999);
    expect(await memo.get("a", load)).toBe(1);
    c.advance(1);
    expect(await memo.get("a", load)).toBe(2);
  });

  it("shares one load among callers asking at the same time", async () => {
    const memo = createMemo<string>({ maxEntries: 10, ttlMs: 1000 });
    let loads = 0;
    let release!: (v: string) => void;
    const load = () => {
      loads++;
      return new Promise<string>((r) => (release = r));
    };
    const both = Promise.all([memo.get("q", load), memo.get("q", load)]);
    release("result");
    expect(await both).toEqual(["result", "result"]);
    expect(loads).toBe(1);
  });

  it("keeps no failure: the next caller loads again", async () => {
    const memo = createMemo<string>({ maxEntries: 10, ttlMs: 1000 });
    await expect(memo.get("k", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(memo.size).toBe(0);
    expect(await memo.get("k", async () => "back")).toBe("back");
  });

  it("holds at most maxEntries, forgetting the least recently used", async () => {
    const memo = createMemo<string>({ maxEntries: 2, ttlMs: 1000 });
    await memo.get("a", async () => "a1");
    await memo.get("b", async () => "b1");
    await memo.get("a", async () => "a2"); // a is now the most recently used
    await memo.get("c", async () => "c1"); // b goes
    expect(memo.size).toBe(2);
    expect(await memo.get("a", async () => "a3")).toBe("a1");
    expect(await memo.get("b", async () => "b2")).toBe("b2");
  });

  it("forgets everything on clear, even a load still running", async () => {
    const memo = createMemo<string>({ maxEntries: 10, ttlMs: 1000 });
    let release!: (v: string) => void;
    const running = memo.get("k", () => new Promise<string>((r) => (release = r)));
    memo.clear();
    release("before the change");
    expect(await running).toBe("before the change");
    expect(await memo.get("k", async () => "after the change")).toBe("after the change");
  });
});
