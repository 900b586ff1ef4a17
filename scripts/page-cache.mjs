// Readers' pages kept in memory in front of Next's handler (scripts/serve.mjs).
//
// Next already caches public pages (ISR), but answering from that cache still
// runs its whole request pipeline — routing, the proxy, headers, streaming the
// stored HTML — ≈3 ms of CPU per page in one Node process, which is what a
// shared debate's readers queue behind (npm run loadtest, npm run bench). This
// keeps the finished responses — status, headers and (compressed) body, as
// Next sent them — for a few seconds and answers the next readers of the same
// URL from memory. It keeps exactly what deploy/nginx/polyglot-press.conf
// keeps, by the same rules, so the app alone behaves like the app behind it:
//
// - only GET/HEAD of a locale's public pages (/{locale}/…), never staff pages,
//   previews or /api, never a request with a staff session cookie or one of
//   the Next router's own headers (client navigations ask for RSC payloads);
// - only a 200 whose Cache-Control is shared (`s-maxage`, not private /
//   no-store / no-cache), setting no cookie but the reader's language;
// - for s-maxage, at most `maxTtlMs` (2 s for a page Next itself answered stale
//   while re-rendering it); when an entry expires one request asks Next again
//   while the others still get the stale copy (a few seconds at most);
// - when the app publishes a change (`purge`, registered with and called through
//   src/server/cache/policy.mjs) the changed pages go at once, and every other page is
//   asked of Next again by its next reader (search pages must be: their results
//   are forgotten); a response already being rendered then is not kept. The
//   least recently read pages go past `maxBytes`.
//
// Answers carry `X-Page-Cache: HIT | STALE | MISS | EXPIRED | BYPASS`.
//
// The entries live in an `lru-cache` bounded by their bytes; whether an answer may
// be kept and for how long is `http-cache-semantics`' reading of its headers as a
// shared cache reads them (s-maxage, private, no-store, no-cache, Age, Vary: *).
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import { PAGE_CACHE_GRACE_MS, PAGE_CACHE_MAX_ENTRY_BYTES, PAGE_CACHE_STALE_MS } from "../src/server/cache/policy.mjs";

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];
const PUBLIC_PATH = /^\/[a-z]{2,3}(-[A-Za-z0-9]{2,8})?(\/|$)/;
const PRIVATE_PATH = /^\/api(\/|$)|^\/[^/]+\/(dashboard|preview)(\/|$)/;
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?next-auth\.session-token=/i;
const LOCALE_COOKIE = /^NEXT_LOCALE=[A-Za-z-]+;/;
// Set again for every answer by Node (or meaningless once stored).
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-page-cache"]);

/**
 * @param {{ maxBytes: number, maxTtlMs: number, now?: () => number }} options
 */
export function createPageCache({ maxBytes, maxTtlMs, now = Date.now }) {
  /** @type {LRUCache<string, Entry> | null} The least recently read go first past maxBytes. */
  const entries =
    maxBytes > 0
      ? new LRUCache({ maxSize: maxBytes, maxEntrySize: Math.min(maxBytes, PAGE_CACHE_MAX_ENTRY_BYTES), sizeCalculation: (entry) => Math.max(1, entry.body.length) })
      : null;
  // Bumped whenever pages are dropped: a response begun before is not kept.
  let generation = 0;
  // The app's purges: how many, and the latest ones' paths (undefined: all).
  let purges = 0;
  /** @type {{ purge: number, paths: Set<string> | undefined }[]} */
  const purged = [];
  /** The policy's clock is the cache's (tests move it). */
  class Policy extends CachePolicy {
    now() {
      return now();
    }
  }

  /**
   * Answers `req` from the cache, or lets `next` (Next's handler) answer it and keeps the answer.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => void} next
   */
  function serve(req, res, next) {
    const key = entries ? cacheKey(req) : null;
    if (!key || !entries) {
      res.setHeader("X-Page-Cache", "BYPASS");
      // A request that purged (a server action publishing) may have let readers'
      // requests store pages between its purge and Next applying its own
      // revalidation, which happens before the action answers: drop its pages
      // again then (only those: the others were merely marked for refreshing).
      if (req.method !== "GET" && req.method !== "HEAD") {
        const before = purges;
        res.once("close", () => {
          if (purges === before) return;
          const since = purged.filter((p) => p.purge > before);
          drop(since.some((p) => !p.paths) ? undefined : new Set(since.flatMap((p) => [...p.paths])));
        });
      }
      return next();
    }
    const stored = entries.get(key); // also makes it the most recently used
    // Vary (and must-revalidate) as the answer's headers say, by http-cache-semantics. A
    // reader's own Cache-Control (a reload) is not asked of a shared cache, as of nginx.
    const entry = stored && usableFor(stored, req) ? stored : undefined;
    const at = now();
    if (entry && (at < entry.expiresAt || (entry.refreshing && at < entry.expiresAt + PAGE_CACHE_GRACE_MS))) {
      return answer(req, res, entry, at < entry.expiresAt ? "HIT" : "STALE", at);
    }
    // A HEAD answered by Next has no body to keep; a conditional request may be answered 304.
    if (req.method === "HEAD" || req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined) {
      res.setHeader("X-Page-Cache", "MISS");
      return next();
    }
    if (entry) entry.refreshing = true;
    const startedIn = generation;
    res.setHeader("X-Page-Cache", entry ? "EXPIRED" : "MISS");
    record(res, (response) => {
      if (entry) entry.refreshing = false;
      if (startedIn !== generation || !response) return;
      const kept = keptFor(req, response, key);
      if (kept) {
        const storedAt = now();
        entries.set(key, { ...response, policy: kept.policy, path: pathOf(key), storedAt, expiresAt: storedAt + kept.ttlMs, refreshing: false });
      } else if (response.status < 500 && entries.peek(key) === stored) {
        // Gone, moved or now private: forget it. (A failure keeps it expired for the next reader to refresh.)
        entries.delete(key);
      }
    });
    next();
  }

  /** How long `response` to `req` may be kept under `key` (ms) and its policy, or null. */
  function keptFor(req, response, key) {
    const { status, headers } = response;
    if (status !== 200 || response.body.length > PAGE_CACHE_MAX_ENTRY_BYTES) return null;
    // The reader's language is the only cookie a kept page may set (the same for every reader of the URL).
    const cookies = [headers["set-cookie"] ?? []].flat();
    if (!cookies.every((cookie) => LOCALE_COOKIE.test(cookie))) return null;
    const encoding = String(headers["content-encoding"] ?? "identity").toLowerCase();
    if (encoding !== "identity" && !key.startsWith(`${encoding}\n`)) return null;
    // (http-cache-semantics refuses any cookie-setting answer to a shared cache: the locale cookie was vetted above.)
    const policy = new Policy(asCacheRequest(req), { status, headers: withoutCookies(headers) }, { shared: true });
    // Shared caches keep what the app marks for them: s-maxage (max-age alone is the browser's).
    if (!policy.storable() || policy.toObject().rescc["s-maxage"] === undefined) return null;
    const freshMs = (policy.maxAge() - policy.age()) * 1000;
    if (freshMs <= 0) return null;
    return { policy, ttlMs: Math.min(freshMs, maxTtlMs, servedStale(response) ? PAGE_CACHE_STALE_MS : Infinity) };
  }

  /** Drops the pages at `paths` (all when undefined); with `others: "expire"`, every other page is to be refreshed by its next reader. */
  function drop(paths, others = "keep") {
    generation++;
    if (!entries) return;
    const at = now();
    // (A copy: lru-cache's iterators must not see deletions while they run.)
    for (const [key, entry] of [...entries.entries()]) {
      if (!paths || paths.has(entry.path)) entries.delete(key);
      else if (others === "expire") entry.expiresAt = Math.min(entry.expiresAt, at);
    }
  }

  /**
   * After a publish, an edit, an unpublish…: the pages at `paths` (all if none are
   * given) are dropped — their next reader waits for the new page, as Next's
   * revalidatePath makes them; every other page is asked of Next again by its next
   * reader while the others still get it from before (stale-while-revalidate).
   * @param {string[]} [paths]
   */
  function purge(paths) {
    const set = paths && new Set(paths.map(decodedPath));
    drop(set, "expire");
    purged.push({ purge: ++purges, paths: set });
    if (purged.length > 100) purged.shift();
  }

  return { serve, purge, stats: () => ({ entries: entries?.size ?? 0, bytes: entries?.calculatedSize ?? 0 }) };
}

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer }} Recorded
 * @typedef {Recorded & { policy: CachePolicy, path: string, storedAt: number, expiresAt: number, refreshing: boolean }} Entry
 */

/** The key of a request that may be answered from the cache, or null. */
function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "/";
  const path = url.split("?")[0];
  if (!PUBLIC_PATH.test(path) || PRIVATE_PATH.test(path)) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined) || req.headers.range !== undefined) return null;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return null;
  const encoding = acceptedEncoding(String(req.headers["accept-encoding"] ?? ""));
  if (!encoding) return null;
  // HSTS is sent over https only (proto); the host names the site. Nothing else of a
  // request may shape an answer: no header from a client reaches Next unvetted
  // (scripts/forwarded-headers.mjs), and absolute URLs come from the site URL.
  const https = /^https$/.test(String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim()) ? "https" : "";
  return [encoding, https, String(req.headers.host ?? "").toLowerCase(), url].join("\n");
}

/** "gzip", "identity", or null when Next's choice cannot be told in advance (weights, deflate only). */
function acceptedEncoding(header) {
  if (header.includes("q=")) return null;
  if (/\bgzip\b/i.test(header)) return "gzip";
  if (/\bdeflate\b/i.test(header)) return null;
  return "identity";
}

/** Whether `entry` may answer `req` by its policy (URL, host, Vary, must-revalidate); freshness is the entry's own. */
function usableFor(entry, req) {
  return entry.policy.evaluateRequest(asCacheRequest(req)).response !== undefined;
}

/** The request as a shared cache weighs it: a HEAD is answered from a GET, the reader's Cache-Control and Pragma are not a shared cache's to follow. */
function asCacheRequest(req) {
  const headers = { ...req.headers };
  delete headers["cache-control"];
  delete headers.pragma;
  return { method: "GET", url: req.url, headers };
}

function withoutCookies(headers) {
  const copy = { ...headers };
  delete copy["set-cookie"];
  return copy;
}

/** The decoded path of a key's URL (keys end with the URL). */
function pathOf(key) {
  return decodedPath(key.slice(key.lastIndexOf("\n") + 1));
}

function decodedPath(url) {
  const path = url.split("?")[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function servedStale({ headers }) {
  return String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE";
}

function answer(req, res, entry, state, at) {
  const headers = { ...entry.headers, "X-Page-Cache": state, Age: String(Math.floor((at - entry.storedAt) / 1000)) };
  const etag = entry.headers.etag;
  if (etag && req.headers["if-none-match"] === etag) {
    const notModified = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(length|encoding|type)$/i.test(name)));
    res.writeHead(304, notModified).end();
    return;
  }
  res.writeHead(entry.status, { ...headers, "Content-Length": String(entry.body.length) });
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

/** Calls `done` with what was sent on `res` once it is finished (null if it was cut off). */
function record(res, done) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let headArgs = [];
  const keep = (chunk, encoding) => {
    if (chunk == null || typeof chunk === "function" || size > PAGE_CACHE_MAX_ENTRY_BYTES) return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
    size += buffer.length;
    chunks.push(buffer);
  };
  const { writeHead, write, end } = res;
  res.writeHead = function (...args) {
    headArgs = args.slice(1);
    return writeHead.apply(this, args);
  };
  res.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  res.once("close", () => {
    if (!res.writableFinished) return done(null);
    const headers = {};
    for (const [name, value] of Object.entries({ ...res.getHeaders(), ...headerObject(headArgs) })) {
      if (value !== undefined && !NOT_KEPT.has(name)) headers[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    done({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
  });
}

/** The headers passed to writeHead(status, [message], headers), lower-cased. */
function headerObject(args) {
  const headers = typeof args[0] === "string" ? args[1] : args[0];
  const out = {};
  if (!headers) return out;
  if (Array.isArray(headers)) {
    const flat = Array.isArray(headers[0]) ? headers.flat() : headers;
    for (let i = 0; i + 1 < flat.length; i += 2) out[String(flat[i]).toLowerCase()] = flat[i + 1];
    return out;
  }
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
