// Next's page cache (ISR), exactly as Next keeps it — its own FileSystemCache,
// memory first, then .next/server — with one guard: a page whose render began
// before an edit and ended after it is not kept as the page's fresh copy.
//
// Why: Next stamps a cached entry with the time it is STORED (`lastModified:
// Date.now()` in FileSystemCache#set), and counts an entry expired by
// `revalidatePath`/`revalidateTag` only when the tag's expiry is LATER than
// that stamp (`areTagsExpired(tags, lastModified)`,
// tags-manifest.external.js). A render that read the rows before a publish
// committed — a reader's stale-while-revalidate refresh, or any render slowed
// down by load — and finished after the publish's revalidatePath was stored as
// newer than the publish, old rows and all, and readers got it
// (`x-nextjs-cache: HIT`) until its `revalidate` (20 s) ran out. Reproduced by
// e2e/render-race.spec.ts.
//
// The guard: the handler remembers, per cache key, when the earliest `get`
// that found nothing usable (nothing, or a stale or expired entry: what makes
// Next render the page) was asked — a render reads its rows after that. When
// the render's result comes to `set`, and one of its tags (the page's path and
// layouts, the `x-next-cache-tags` header Next stores with it) was expired at
// or after that moment, the result is not stored: the entry Next holds stays
// expired, so the next request renders the page anew, with the new rows. The
// reader whose request started that render still gets its result (it asked
// before the edit). Everything else is Next's own code.
//
// Relies on Next 16.4's internals (checked against 16.4.6; re-check on an
// upgrade): `cacheHandler` in next.config is a class Next constructs per
// request (`new CurCacheHandler(ctx)`, incremental-cache/index.js) with
// get(key, ctx)/set(key, data, ctx)/revalidateTag(tags, durations); keys are
// the same in a get and the set after it (getRouteCacheKey); the response
// cache calls get, then — on a miss or a stale entry — renders and calls set
// (response-cache/index.js); revalidatePath/revalidateTag reach
// revalidateTag here once the action's work ends (revalidation-utils.js),
// after its transaction committed, and the action awaits them before it
// renders its answer when a path was revalidated (action-handler.js,
// executeRevalidates); FileSystemCache is the default class
// (incremental-cache/file-system-cache.js, `default` export); a route cache
// key ends in `/$<page path>` (route-cache-key.js) and a revalidatePath tag is
// `_N_T_<path>`, percent-encoded (web/spec-extension/revalidate.js); a batch
// of requests for one page lasts until its render stored (lib/batcher.js).
//
// And a reader whose request arrives while such a render still runs would
// share it (Next batches concurrent requests for one page, lib/batcher.js,
// until the render is over — a stale-while-revalidate refresh hands every one
// of them the stale page meanwhile). So `revalidateTag` — the end of the
// publishing action, before its answer is sent — waits until the renders of the
// revalidated paths that were under way have ended (at most WAIT_MS): the
// editor's "Publish" returns when the next reader's request renders anew.
// A get Next does not follow with a render (a router prefetch of a stale page,
// `isPrefetch` in response-cache/index.js, is not visible here) makes a
// publish of that page wait WAIT_MS, once: a render waited for in vain is not
// waited for again (its result is still refused if it comes).
//
// Not covered: `unstable_cache` data (FETCH entries, the sitemap's) is left to Next.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/** The kinds of entries that are rendered responses (pages, route handlers). */
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);
const TAGS_HEADER = "x-next-cache-tags";
/** A render that never stored anything (an error, a page that turned out dynamic) is forgotten after this long. */
const RENDER_FORGET_MS = 60_000;
/**
 * How long a revalidation waits, at most, for the renders of its paths under way.
 * A page renders in 50–300 ms here, about 1 s under the load test; a get that led
 * to no stored render (a 404 of a draft's page, a prefetch) is waited for in full
 * once, so this is also what an editor's save may cost: 5 s made CI's "Saved."
 * checks (5 s) flaky on saves of a debate whose page had just answered 404.
 */
export const WAIT_MS = 1_500;
/** Renders asked longer ago than this are not waited for (one that never stores anything is not waited for forever). */
const WAIT_RECENT_MS = 30_000;
const IMPLICIT_TAG = "_N_T_";
/** How many expiry times are kept per tag, and how long. */
const EXPIRIES_PER_TAG = 4;
const EXPIRY_KEEP_MS = 10 * 60_000;

/**
 * Shared by every instance (Next makes one per request) and kept on
 * globalThis in case the module is loaded twice.
 * @type {{ renders: Map<string, number>, expiries: Map<string, number[]>, waiters: Map<string, Set<() => void>>, waitedInVain: Set<string> }}
 */
const state = (/** @type {any} */ (globalThis).__polyglotNextCacheGuard ??= { renders: new Map(), expiries: new Map(), waiters: new Map(), waitedInVain: new Set() });

const decode = (/** @type {string} */ path) => {
  try {
    path = decodeURIComponent(path);
  } catch {
    // kept as it is
  }
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return trimmed === "/index" ? "/" : trimmed;
};
/** The page path of a route cache key (`/_route-cache/<kind>/<route hash>/$<path>`); undefined when it has no such part. */
function pathOfKey(key) {
  const at = key.indexOf("/$/");
  return at === -1 ? undefined : decode(key.slice(at + 2));
}
/** The page path a `revalidatePath` tag names; undefined for other tags. */
function pathOfTag(tag) {
  return tag.startsWith(IMPLICIT_TAG + "/") ? decode(tag.slice(IMPLICIT_TAG.length)) : undefined;
}

/** The render for `key` is over: whoever waits for it goes on, once Next has let go of its batch. */
function renderEnded(key) {
  state.waitedInVain.delete(key);
  const waiting = state.waiters.get(key);
  if (!waiting) return;
  state.waiters.delete(key);
  setTimeout(() => waiting.forEach((go) => go()), 0);
}

/** Waits (at most WAIT_MS) until the renders under way since before `now` of the pages at `paths` have ended. */
async function renderingOf(paths, now) {
  if (!paths.size) return;
  const keys = [...state.renders]
    .filter(([key, at]) => at <= now && now - at < WAIT_RECENT_MS && !state.waitedInVain.has(key) && (pathOfKey(key) === undefined || paths.has(pathOfKey(key))))
    .map(([key]) => key);
  if (!keys.length) return;
  if (GuardedCacheHandler.debug) console.log("GuardedCacheHandler: waiting for the renders of", keys);
  let timer;
  const ended = keys.map(
    (key) =>
      new Promise((go) => {
        const waiting = state.waiters.get(key) ?? new Set();
        waiting.add(go);
        state.waiters.set(key, waiting);
      }),
  );
  const inTime = await Promise.race([Promise.all(ended).then(() => true), new Promise((go) => (timer = setTimeout(() => go(false), WAIT_MS)))]);
  clearTimeout(timer);
  if (!inTime) {
    if (GuardedCacheHandler.debug) console.log("GuardedCacheHandler: waited in vain for", keys.filter((key) => state.renders.has(key)));
    for (const key of keys) if (state.renders.has(key)) state.waitedInVain.add(key);
  }
}

/** Whether `entry` (what FileSystemCache#get returned) makes Next render the page. */
function leadsToRender(entry, now) {
  if (!entry || !entry.value) return true;
  const revalidate = entry.cacheControl?.revalidate;
  const lastModified = entry.lastModified;
  if (typeof lastModified !== "number") return false;
  if (lastModified === -1) return true;
  if (typeof revalidate === "number" && lastModified + revalidate * 1000 < now) return true;
  const expire = entry.cacheControl?.expire;
  if (typeof expire === "number" && lastModified + expire * 1000 < now) return true;
  return tagsOf(entry.value).some((tag) => (state.expiries.get(tag) ?? []).some((at) => at > lastModified && at <= now));
}

/** @param {any} value */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** Whether one of `tags` was expired at or after `since` (and by now). */
function expiredSince(tags, since, now = Date.now()) {
  return tags.some((tag) => (state.expiries.get(tag) ?? []).some((at) => at >= since && at <= now));
}

/** Keeps both maps small: entries nobody will ask about again go once there are many. */
function prune(now) {
  if (state.renders.size > 10_000) {
    for (const [key, at] of state.renders) {
      if (now - at > RENDER_FORGET_MS) {
        state.renders.delete(key);
        state.waitedInVain.delete(key);
      }
    }
  }
  if (state.expiries.size > 10_000) for (const [tag, times] of state.expiries) if (Math.max(...times) < now - EXPIRY_KEEP_MS) state.expiries.delete(tag);
}

export default class GuardedCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const askedAt = Date.now();
    const entry = await super.get(key, ctx);
    if (RESPONSE_KINDS.has(ctx?.kind)) {
      const pending = state.renders.get(key);
      const abandoned = pending !== undefined && askedAt - pending > RENDER_FORGET_MS;
      // The earliest ask of a render still to come stays: its rows may be the oldest.
      if ((pending === undefined || abandoned) && leadsToRender(entry, Date.now())) {
        state.renders.set(key, askedAt);
        state.waitedInVain.delete(key);
        prune(askedAt);
      }
    }
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const since = state.renders.get(key);
    if (since === undefined || ctx?.fetchCache) return super.set(key, data, ctx);
    state.renders.delete(key);
    try {
      if (data && expiredSince(tagsOf(data), since)) {
        if (GuardedCacheHandler.debug) console.log("GuardedCacheHandler: not kept, rendered from rows older than a revalidation", key);
        return;
      }
      return await super.set(key, data, ctx);
    } finally {
      renderEnded(key);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
  async revalidateTag(tags, durations) {
    const now = Date.now();
    // As FileSystemCache#revalidateTag: no durations, expired now; with a profile, at now + expire (if any).
    const at = !durations ? now : durations.expire !== undefined ? now + durations.expire * 1000 : undefined;
    if (at !== undefined) {
      for (const tag of typeof tags === "string" ? [tags] : tags) {
        const times = (state.expiries.get(tag) ?? []).filter((t) => t > now - EXPIRY_KEEP_MS);
        times.push(at);
        state.expiries.set(tag, times.slice(-EXPIRIES_PER_TAG));
      }
      prune(now);
    }
    await super.revalidateTag(tags, durations);
    if (at !== undefined && at <= now) await renderingOf(new Set((typeof tags === "string" ? [tags] : tags).flatMap((tag) => pathOfTag(tag) ?? [])), now);
  }
}
