import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import GuardedCacheHandler, { WAIT_MS } from "./next-cache-handler.mjs";

// Next's own FileSystemCache, as next-server gives it to a cache handler (memory only here).
const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const noDisk = {
  existsSync: () => false,
  readFile: async () => {
    throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
  },
  readFileSync: () => {
    throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
  },
  stat: async () => {
    throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
  },
  writeFile: async () => {},
  mkdir: async () => {},
};
// A new instance per request, as Next makes them.
const handler = (Class: typeof FileSystemCache = GuardedCacheHandler) =>
  new Class({ fs: noDisk, flushToDisk: false, serverDistDir: "/nonexistent/.next/server", revalidatedTags: [], maxMemoryCacheSize: 50 * 1024 * 1024 });

let n = 0;
function page(text: string) {
  const path = `/en/debates/race-${process.pid}-${++n}`;
  const tag = `_N_T_${path}`;
  const key = `/_route-cache/app/0123abcd/$${path}`;
  const value = { kind: "APP_PAGE", html: `<p>${text}</p>`, rscData: Buffer.from(text), headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/[locale]/layout,${tag}` }, status: 200 };
  return { key, tag, value };
}
const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const setCtx = { ...ctx, cacheControl: { revalidate: 20, expire: undefined } };
const html = async (key: string, Class?: typeof FileSystemCache) => ((await handler(Class).get(key, ctx)) as { value?: { html: string } } | null)?.value?.html ?? null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the page cache keeps no render that began before a revalidation of its page", () => {
  it("a render that found nothing cached, read its rows, and is stored after the publish expired its page: not kept", async () => {
    const old = page("old rows");
    const reader = handler();
    expect(await reader.get(old.key, ctx)).toBeNull(); // the render starts, reads the old rows…
    await sleep(2);
    const published = handler().revalidateTag([old.tag]); // …the publish commits and revalidates the page…
    await sleep(2);
    await reader.set(old.key, old.value, setCtx); // …the render ends.
    await published;
    expect(await html(old.key)).toBeNull(); // the next reader's request renders anew
  });

  it("Next alone keeps that render as fresh (what the handler guards against; drop the guard when this fails)", async () => {
    const old = page("old rows");
    const reader = handler(FileSystemCache);
    expect(await reader.get(old.key, ctx)).toBeNull();
    await sleep(2);
    await handler(FileSystemCache).revalidateTag([old.tag]);
    await sleep(2);
    await reader.set(old.key, old.value, setCtx);
    expect(await html(old.key, FileSystemCache)).toBe("<p>old rows</p>");
  });

  it("a stale page's background refresh that began before the publish: not kept, and the stale copy is no longer served", async () => {
    const stale = page("first rows");
    await handler().set(stale.key, stale.value, { ...ctx, cacheControl: { revalidate: 0.005, expire: undefined } });
    await sleep(15);
    const reader = handler();
    expect((await reader.get(stale.key, ctx))?.value.html).toBe("<p>first rows</p>"); // stale: Next serves it and refreshes
    await sleep(2);
    const published = handler().revalidateTag([stale.tag]);
    await sleep(2);
    await reader.set(stale.key, { ...stale.value, html: "<p>second rows</p>" }, setCtx);
    await published;
    expect(await html(stale.key)).toBeNull();
  });

  it("a render that began after the publish is kept, and so is one while only other pages changed", async () => {
    const fresh = page("new rows");
    await handler().revalidateTag([fresh.tag]);
    await sleep(2);
    const reader = handler();
    expect(await reader.get(fresh.key, ctx)).toBeNull();
    await reader.set(fresh.key, fresh.value, setCtx);
    expect(await html(fresh.key)).toBe("<p>new rows</p>");

    const other = page("its rows");
    const another = handler();
    expect(await another.get(other.key, ctx)).toBeNull();
    await handler().revalidateTag([page("elsewhere").tag]);
    await another.set(other.key, other.value, setCtx);
    expect(await html(other.key)).toBe("<p>its rows</p>");
  });

  it("after a render that was not kept, the next render is kept", async () => {
    const p = page("old rows");
    const first = handler();
    await first.get(p.key, ctx);
    await sleep(2);
    const published = handler().revalidateTag([p.tag]);
    await sleep(2);
    await first.set(p.key, p.value, setCtx);
    await published;
    const second = handler();
    expect(await second.get(p.key, ctx)).toBeNull();
    await second.set(p.key, { ...p.value, html: "<p>new rows</p>" }, setCtx);
    expect(await html(p.key)).toBe("<p>new rows</p>");
  });

  it("a hit never marks a render: a later render after a publish is kept", async () => {
    const p = page("rows");
    await handler().set(p.key, p.value, setCtx);
    expect(await html(p.key)).toBe("<p>rows</p>"); // fresh hit
    await sleep(2);
    await handler().revalidateTag([p.tag]);
    await sleep(2);
    const reader = handler();
    expect(await reader.get(p.key, ctx)).toBeNull(); // expired by the publish: renders after it
    await reader.set(p.key, { ...p.value, html: "<p>new rows</p>" }, setCtx);
    expect(await html(p.key)).toBe("<p>new rows</p>");
  });
});

describe("a publish returns once the renders of its pages under way have ended", () => {
  it("waits for the render of a revalidated page, not for other pages' renders", async () => {
    const p = page("old rows");
    const other = page("other rows");
    const reader = handler();
    const otherReader = handler();
    expect(await reader.get(p.key, ctx)).toBeNull();
    expect(await otherReader.get(other.key, ctx)).toBeNull();
    await sleep(2);
    let returned = false;
    const published = handler()
      .revalidateTag([p.tag])
      .then(() => (returned = true));
    await sleep(50);
    expect(returned).toBe(false); // the render of its page is still under way
    await reader.set(p.key, p.value, setCtx);
    await published; // returns after that render, though the other page's never ended
    expect(await html(p.key)).toBeNull();
    await otherReader.set(other.key, other.value, setCtx);
    expect(await html(other.key)).toBe("<p>other rows</p>");
  });

  it("waits at most WAIT_MS for a render that does not end, and not again for it", async () => {
    const p = page("rows");
    expect(await handler().get(p.key, ctx)).toBeNull(); // say, a prefetch Next answers without rendering
    await sleep(2);
    let started = Date.now();
    await handler().revalidateTag([p.tag]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT_MS - 50);
    started = Date.now();
    await handler().revalidateTag([p.tag]);
    expect(Date.now() - started).toBeLessThan(WAIT_MS / 2);
  }, 3 * WAIT_MS);

  it("waits for nothing when no render of its pages is under way", async () => {
    const p = page("rows");
    await handler().set(p.key, p.value, setCtx);
    const started = Date.now();
    await handler().revalidateTag([p.tag]);
    expect(Date.now() - started).toBeLessThan(WAIT_MS / 2);
  });
});
