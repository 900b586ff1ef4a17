// The cache policy of the whole site, in one place (docs/caching.md lists every
// layer): how long each layer keeps what, and the hook through which a publish
// purges the server's in-memory pages.
//
// Plain JavaScript on purpose: scripts/serve.mjs and scripts/page-cache.mjs run
// in plain Node (no bundler, no TypeScript), the app (route files, src/proxy.ts,
// src/server/cache/revalidate.ts) imports the same file through its bundler.

/** Public pages (home, debate, article, author): Next re-renders them at most this often (ISR), and shared caches keep them this long (s-maxage). */
export const PAGE_REVALIDATE_SECONDS = 20;
/** RSS/Atom feeds (per locale, per debate). */
export const FEED_REVALIDATE_SECONDS = 60;
/** The sitemap's data (unstable_cache, tag SITEMAP_TAG). */
export const SITEMAP_REVALIDATE_SECONDS = 60;
export const SITEMAP_TAG = "sitemap";

/** Readers' search answers: kept in-process this long (at most SEARCH_MEMO_MAX_ENTRIES), and search pages may be shared this long. */
export const SEARCH_SECONDS = 30;
export const SEARCH_MEMO_MAX_ENTRIES = 500;
/** Search pages are rendered per request, but are the same for every reader of a URL. */
export const SEARCH_CACHE_CONTROL = `public, s-maxage=${SEARCH_SECONDS}, stale-while-revalidate=${SEARCH_SECONDS}`;

/** The server's in-memory page cache (scripts/page-cache.mjs): defaults of PAGE_CACHE_MB and PAGE_CACHE_SECONDS. */
export const PAGE_CACHE_DEFAULT_MB = 32;
export const PAGE_CACHE_DEFAULT_SECONDS = 5;
/** Next's own stale copy (`x-nextjs-cache: STALE`, re-rendering in the background) is kept this long only. */
export const PAGE_CACHE_STALE_MS = 2_000;
/** How long past its expiry an entry may still be served while one request refreshes it. */
export const PAGE_CACHE_GRACE_MS = 5_000;
/** Larger answers are never kept. */
export const PAGE_CACHE_MAX_ENTRY_BYTES = 2 * 1024 * 1024;

// The purge hook. scripts/serve.mjs registers its page cache's purge here, and
// revalidatePublicPages (src/server/cache/revalidate.ts) calls it. The two sides
// hold different copies of this module — serve.mjs loads it from disk, the app's
// code runs from Next's bundle, which has its own copy — so a module variable
// would not be shared: the hook lives on globalThis, under a name spelled only here.
const PURGE_HOOK = Symbol.for("polyglot-press.purge-page-cache");

/** Registers the server's purge (scripts/serve.mjs). */
export function registerPagePurge(purge) {
  globalThis[PURGE_HOOK] = purge;
}

/** Drops `paths` from the server's in-memory pages at once (the others: on their next visit). A no-op under `next dev` and in tests. */
export function purgeServerPages(paths) {
  const purge = globalThis[PURGE_HOOK];
  if (typeof purge === "function") purge(paths);
}
