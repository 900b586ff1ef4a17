// The in-memory page cache of `npm start` (scripts/page-cache.mjs), over real HTTP:
// what a reader is answered from memory, and what never is.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { normalizeForwarding } from "../scripts/forwarded-headers.mjs";
import { createPageCache } from "../scripts/page-cache.mjs";

type Page = { status?: number; headers?: Record<string, string | string[]>; body?: string; gate?: Promise<void>; links?: boolean };

const PUBLIC = { "Cache-Control": "s-maxage=20, stale-while-revalidate=31535980", "Content-Type": "text/html; charset=utf-8" };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose "Next" answers each path as `pages` says and counts its calls; a clock the test moves. */
async function start(pages: Record<string, Page>, options: { maxBytes?: number; maxTtlMs?: number } = {}) {
  let clock = 1_000_000;
  const cache = createPageCache({ maxBytes: options.maxBytes ?? 1024 * 1024, maxTtlMs: options.maxTtlMs ?? 10_000, now: () => clock });
  const calls: Record<string, number> = {};
  let version = 0;
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    normalizeForwarding(req);
    cache.serve(req, res, async () => {
      const path = (req.url ?? "/").split("?")[0]!;
      calls[path] = (calls[path] ?? 0) + 1;
      const page = pages[path] ?? { status: 404, headers: { "Cache-Control": "private, no-store" }, body: "not found" };
      // As Next does: the request's URL (and whatever is made of it) follows X-Forwarded-Host when it is there.
      const origin = `http://${req.headers["x-forwarded-host"] ?? req.headers.host}`;
      const body = `${page.body ?? "page"} v${++version} ${origin}`;
      await page.gate;
      res.statusCode = page.status ?? 200;
      for (const [name, value] of Object.entries(page.headers ?? PUBLIC)) res.setHeader(name, value);
      if (page.links) res.setHeader("Link", `<${origin}${path}>; rel="alternate"`);
      if (res.getHeader("content-encoding") === "gzip") return void res.end(gzipSync(body));
      res.write(body.slice(0, 3));
      res.end(req.method === "HEAD" ? undefined : body.slice(3));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, init: RequestInit = {}) => {
    const r = await fetch(base + path, { redirect: "manual", ...init });
    return { status: r.status, state: r.headers.get("x-page-cache"), headers: r.headers, body: await r.text() };
  };
  return { cache, calls, get, tick: (ms: number) => (clock += ms) };
}

/** The server's "close" of a response may come just after the client has read it. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("the page cache of npm start", () => {
  it("answers the second reader of a public page from memory, with the same page and headers", async () => {
    const locale = "NEXT_LOCALE=ar; Path=/; Max-Age=31536000; SameSite=lax";
    const { get, calls } = await start({ "/ar/articles/x": { headers: { ...PUBLIC, "Set-Cookie": locale, "Content-Security-Policy": "script-src 'self'" } } });
    const first = await get("/ar/articles/x");
    const second = await get("/ar/articles/x");
    expect([first.state, second.state]).toEqual(["MISS", "HIT"]);
    expect(second.body).toBe(first.body);
    expect(second.headers.get("content-security-policy")).toBe("script-src 'self'");
    expect(second.headers.get("set-cookie")).toBe(locale);
    expect(second.headers.get("cache-control")).toBe(PUBLIC["Cache-Control"]);
    const head = await get("/ar/articles/x", { method: "HEAD" });
    expect([head.state, head.body]).toEqual(["HIT", ""]);
    expect(calls["/ar/articles/x"]).toBe(1);
  });

  it("keeps nothing private, uncacheable, failed or cookie-setting", async () => {
    const pages: Record<string, Page> = {
      "/en/private": { headers: { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" } },
      "/en/no-header": { headers: {} },
      "/en/max-age-only": { headers: { "Cache-Control": "public, max-age=60" } },
      "/en/sets-a-session": { headers: { ...PUBLIC, "Set-Cookie": "next-auth.csrf-token=abc; Path=/; HttpOnly" } },
      "/en/broken": { status: 500, headers: PUBLIC },
      "/en/moved": { status: 307, headers: { ...PUBLIC, Location: "/en" } },
    };
    const { get, calls } = await start(pages);
    for (const path of [...Object.keys(pages), "/en/missing"]) {
      await get(path);
      const again = await get(path);
      expect(again.state, path).toBe("MISS");
      expect(calls[path], path).toBe(2);
    }
  });

  it("never serves or stores staff pages, previews, the API, staff sessions or the router's own requests", async () => {
    const { get, calls } = await start({ "/en/dashboard": {}, "/fr/preview/v1": {}, "/api/auth/session": {}, "/en/about": {} });
    for (const path of ["/en/dashboard", "/fr/preview/v1", "/api/auth/session"]) {
      await get(path);
      expect((await get(path)).state, path).toBe("BYPASS");
      expect(calls[path], path).toBe(2);
    }
    // Signed in: straight to the app, and nothing it answers is kept for anyone.
    const staff = { cookie: "theme=dark; __Secure-next-auth.session-token=s3cret" };
    expect((await get("/en/about", { headers: staff })).state).toBe("BYPASS");
    expect((await get("/en/about")).state).toBe("MISS");
    expect((await get("/en/about", { headers: staff })).state).toBe("BYPASS");
    expect((await get("/en/about", { headers: { RSC: "1" } })).state).toBe("BYPASS");
    expect((await get("/en/about", { method: "POST", body: "x" })).state).toBe("BYPASS");
    expect((await get("/en/about")).state).toBe("HIT");
    expect(calls["/en/about"]).toBe(5);
  });

  it("keeps compressed and plain answers apart, and leaves other encodings to Next", async () => {
    const { get, calls } = await start({ "/he": { headers: { ...PUBLIC, "Content-Encoding": "gzip" } }, "/es": {} });
    // A gzip answer is never given to a client that did not ask for gzip.
    await get("/he", { headers: { "accept-encoding": "gzip" } });
    expect((await get("/he", { headers: { "accept-encoding": "identity" } })).state).toBe("MISS");
    expect((await get("/he", { headers: { "accept-encoding": "identity" } })).state).toBe("MISS");
    expect(calls["/he"]).toBe(3);
    // A plain answer serves both.
    await get("/es", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect((await get("/es", { headers: { "accept-encoding": "gzip, deflate, br" } })).state).toBe("HIT");
    expect((await get("/es", { headers: { "accept-encoding": "deflate" } })).state).toBe("BYPASS");
    expect((await get("/es", { headers: { "accept-encoding": "gzip;q=0, identity" } })).state).toBe("BYPASS");
  });

  it("keeps a page for its s-maxage at most maxTtlMs, then one reader refreshes it while the others get the stale copy", async () => {
    let release!: () => void;
    const pages: Record<string, Page> = { "/pt": {} };
    const { get, tick, calls } = await start(pages, { maxTtlMs: 5_000 });
    const first = await get("/pt");
    tick(4_999);
    expect((await get("/pt")).state).toBe("HIT");
    tick(2);
    pages["/pt"]!.gate = new Promise((resolve) => (release = resolve));
    const refreshing = get("/pt");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const meanwhile = await get("/pt");
    expect([meanwhile.state, meanwhile.body]).toEqual(["STALE", first.body]);
    release();
    const refreshed = await refreshing;
    expect(refreshed.state).toBe("EXPIRED");
    expect(refreshed.body).not.toBe(first.body);
    expect((await get("/pt")).body).toBe(refreshed.body);
    expect(calls["/pt"]).toBe(2);
  });

  it("answers a reader who has the page with 304, and leaves Next's 304s alone", async () => {
    const pages: Record<string, Page> = { "/en": { headers: { ...PUBLIC, ETag: '"abc"' } } };
    const { get, tick } = await start(pages);
    await get("/en");
    const again = await get("/en", { headers: { "if-none-match": '"abc"' } });
    expect([again.status, again.state, again.body]).toEqual([304, "HIT", ""]);
    // Expired: a browser's conditional request goes to Next (which may answer 304), and the page is still there for the next reader.
    tick(10_000);
    pages["/en"] = { status: 304, headers: { ...PUBLIC, ETag: '"abc"' } };
    expect((await get("/en", { headers: { "if-none-match": '"abc"' } })).status).toBe(304);
    pages["/en"] = { headers: { ...PUBLIC, ETag: '"abd"' } };
    expect((await get("/en")).state).toBe("EXPIRED");
    expect((await get("/en")).state).toBe("HIT");
  });

  it("forgets everything on a purge, including a page that was being rendered when it came", async () => {
    let release!: () => void;
    const pages: Record<string, Page> = { "/en": {}, "/fr": {} };
    const { get, cache, calls } = await start(pages);
    await get("/en");
    expect((await get("/en")).state).toBe("HIT");
    pages["/fr"]!.gate = new Promise((resolve) => (release = resolve));
    const rendering = get("/fr");
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.purge();
    release();
    await rendering;
    expect((await get("/en")).state).toBe("MISS");
    expect((await get("/fr")).state).toBe("MISS");
    expect(calls).toMatchObject({ "/en": 2, "/fr": 2 });
  });

  it("after a publish drops the changed pages at once, and has the others refreshed by their next reader", async () => {
    let release!: () => void;
    const pages: Record<string, Page> = { "/ar/articles/%D8%B3%D9%84%D8%A7%D9%85": {}, "/ar/search": {}, "/ar": {} };
    const { get, cache, calls, tick } = await start(pages);
    for (const path of ["/ar/articles/%D8%B3%D9%84%D8%A7%D9%85", "/ar/search?q=x", "/ar"]) await get(path);
    cache.purge(["/ar/articles/سلام", "/ar/search"]);
    expect((await get("/ar/articles/%D8%B3%D9%84%D8%A7%D9%85")).state).toBe("MISS");
    expect((await get("/ar/search?q=x")).state).toBe("MISS");
    // The home's next reader asks Next, which answers from its own stale copy while it
    // re-renders; readers meanwhile get ours, then Next's stale copy for 2 s.
    pages["/ar"] = { headers: { ...PUBLIC, "x-nextjs-cache": "STALE" }, gate: new Promise((resolve) => (release = resolve)) };
    const refreshing = get("/ar");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await get("/ar")).state).toBe("STALE");
    release();
    expect((await refreshing).state).toBe("EXPIRED");
    expect((await get("/ar")).state).toBe("HIT");
    tick(2_000);
    // Next has the new page now: the next reader gets it, and it is kept for its s-maxage.
    pages["/ar"] = {};
    expect((await get("/ar")).state).toBe("EXPIRED");
    tick(9_000);
    expect((await get("/ar")).state).toBe("HIT");
    expect(calls["/ar"]).toBe(3);
  });

  it("forgets again when the request that purged finishes (what readers got in between may predate Next's own revalidation)", async () => {
    let release!: () => void;
    const pages: Record<string, Page> = { "/en": {}, "/en/dashboard/publish": { gate: new Promise((resolve) => (release = resolve)) } };
    const { get, cache } = await start(pages);
    const publishing = get("/en/dashboard/publish", { method: "POST", body: "publish" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.purge();
    await get("/en");
    expect((await get("/en")).state).toBe("HIT");
    release();
    await publishing;
    await settled();
    expect((await get("/en")).state).toBe("MISS");
  });

  it("drops a publish's pages again when its request ends, and nothing more for other staff requests going on (autosaves)", async () => {
    const gates: Record<string, () => void> = {};
    const gate = (name: string) => new Promise<void>((resolve) => (gates[name] = resolve));
    const pages: Record<string, Page> = { "/en": {}, "/en/other": {}, "/en/dashboard/publish": { gate: gate("publish") }, "/en/dashboard/save": { gate: gate("save") } };
    const { get, cache } = await start(pages);
    await get("/en");
    await get("/en/other");
    const publishing = get("/en/dashboard/publish", { method: "POST", body: "publish" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.purge(["/en"]);
    expect((await get("/en")).state).toBe("MISS");
    expect((await get("/en/other")).state).toBe("EXPIRED");
    const saving = get("/en/dashboard/save", { method: "POST", body: "autosave" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    gates.publish!();
    await publishing;
    await settled();
    expect((await get("/en")).state).toBe("MISS");
    expect((await get("/en/other")).state).toBe("HIT");
    gates.save!();
    await saving;
    await settled();
    expect((await get("/en")).state).toBe("HIT");
    expect((await get("/en/other")).state).toBe("HIT");
  });

  it("lets no request header shape what later readers get: a forged X-Forwarded-Host or Forwarded reaches neither Next nor the cache", async () => {
    const { get, calls } = await start({ "/en/articles/x": { links: true } });
    const forged = await get("/en/articles/x", { headers: { "X-Forwarded-Host": "evil.example", Forwarded: "host=evil.example", "X-Forwarded-Port": "666" } });
    expect(forged.state).toBe("MISS");
    const clean = await get("/en/articles/x");
    expect(clean.state).toBe("HIT");
    for (const answer of [forged, clean]) {
      expect(answer.headers.get("link")).not.toContain("evil.example");
      expect(answer.body).not.toContain("evil.example");
    }
    // X-Forwarded-Proto is in the key as "https" or nothing: junk makes no entries of its own.
    await get("/en/articles/x", { headers: { "X-Forwarded-Proto": "<junk>" } });
    expect((await get("/en/articles/x", { headers: { "X-Forwarded-Proto": "other-junk" } })).state).toBe("HIT");
    expect(calls["/en/articles/x"]).toBe(1);
  });

  it("answers only the requests its Vary names alike, and never what says Vary: * or must-revalidate; a reader's reload does not bypass it", async () => {
    const { get, calls } = await start({
      "/fr/lang": { headers: { ...PUBLIC, Vary: "Accept-Language" } },
      "/fr/star": { headers: { ...PUBLIC, Vary: "*" } },
      "/fr/strict": { headers: { ...PUBLIC, "Cache-Control": "s-maxage=20, must-revalidate" } },
    });
    await get("/fr/lang", { headers: { "accept-language": "fr" } });
    expect((await get("/fr/lang", { headers: { "accept-language": "fr", "cache-control": "max-age=0" } })).state).toBe("HIT");
    expect((await get("/fr/lang", { headers: { "accept-language": "ar" } })).state).toBe("MISS");
    for (const path of ["/fr/star", "/fr/strict"]) {
      await get(path);
      expect((await get(path)).state, path).toBe("MISS");
    }
    expect(calls).toMatchObject({ "/fr/lang": 2, "/fr/star": 2, "/fr/strict": 2 });
  });

  it("keeps within maxBytes, dropping the least recently read", async () => {
    const { get, cache } = await start({ "/en/a": { body: "a".repeat(400) }, "/en/b": { body: "b".repeat(400) }, "/en/c": { body: "c".repeat(400) } }, { maxBytes: 1000 });
    await get("/en/a");
    await get("/en/b");
    expect((await get("/en/a")).state).toBe("HIT");
    await get("/en/c");
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
    expect((await get("/en/a")).state).toBe("HIT");
    expect((await get("/en/b")).state).toBe("MISS");
  });
});
