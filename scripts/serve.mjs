// The production server `npm start` runs: Next's own request handler behind a
// plain Node HTTP server, for one reason — the client's address.
//
// Next 16's server only *sets* X-Forwarded-For when a request lacks it
// (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`),
// so a client can send any address and the app cannot tell. Here the TCP
// peer's address is appended, as a reverse proxy does: the last entry is
// always one we added, and per-IP sign-in throttling (src/server/auth/client-ip.ts)
// cannot be dodged with a forged header. Behind real proxies, set
// TRUSTED_PROXY_HOPS to how many of them append to the header.
//
// It also answers readers' repeated requests for public pages from memory
// (scripts/page-cache.mjs), by the same rules as the caching proxy of deploy/nginx.
//
// Usage: node scripts/serve.mjs --port 3000   (NODE_ENV=production, after `next build`)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { refuseOversizedBody } from "./body-limit.mjs";
import { createPageCache, PURGE_PAGE_CACHE } from "./page-cache.mjs";
import { forgetEarlierRuns } from "./run-caches.mjs";

const portArg = process.argv.indexOf("--port");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));

// Pages cached on disk by an earlier run may come from another database (scripts/run-caches.mjs).
forgetEarlierRuns(path.join(process.cwd(), ".next"));

// Every interface, as `next start` does. (Not $HOSTNAME: Docker sets it to the container id.)
const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

// Overload: past this many requests in flight, answer 503 with Retry-After at once,
// rather than queue them until a database connection times out and the page is a
// 500 (npm run loadtest: a spike to 500 readers on 2 cores). 0 turns it off.
const maxInFlight = Number(process.env.MAX_IN_FLIGHT ?? 150);
let inFlight = 0;

// Public pages kept in memory: PAGE_CACHE_MB in all (0 turns it off), each for
// its s-maxage but at most PAGE_CACHE_SECONDS. A publish in this process drops the
// changed pages at once and has the others refreshed on their next visit; other
// instances' copies expire within those seconds.
const pageCache = createPageCache({
  maxBytes: Number(process.env.PAGE_CACHE_MB ?? 32) * 1024 * 1024,
  maxTtlMs: Number(process.env.PAGE_CACHE_SECONDS ?? 5) * 1000,
});
globalThis[PURGE_PAGE_CACHE] = pageCache.purge;

let warnedProxy = false;
const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  const previous = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  req.headers["x-forwarded-for"] = previous ? `${previous}, ${peer}` : peer;
  // Behind a proxy with TRUSTED_PROXY_HOPS=0 every client is the proxy's address to the sign-in throttle.
  if (previous && !warnedProxy && !(Number(process.env.TRUSTED_PROXY_HOPS) > 0)) {
    warnedProxy = true;
    console.warn(`\n  WARNING: a request arrived with X-Forwarded-For but TRUSTED_PROXY_HOPS=0: behind a reverse proxy, set it to the number of proxies (1 for deploy/nginx).\n`);
  }
  // A path whose percent-encoding is not UTF-8 (`/%E0%A4%A`, a lone surrogate `%ED%A0%80`)
  // makes Next answer 500 before any route runs (found by `npm run fuzz`): it is the client's error.
  if (!decodablePath(req.url)) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad Request");
    return;
  }
  // A body over the limit that fits its endpoint: 413 before Next reads it (scripts/body-limit.mjs).
  if (refuseOversizedBody(req, res)) return;
  // Next caches a feed's (a cached route handler's) answer to any method as its answer to
  // every reader: one DELETE made /en/atom.xml a 405 for everyone (found by `npm run fuzz`).
  // Files (feeds, the sitemap, robots.txt, media) are only ever read.
  if (req.method !== "GET" && req.method !== "HEAD" && FILE_PATH.test(req.url ?? "/")) {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end("Method Not Allowed");
    return;
  }
  // Answered from memory when it can be (that costs next to nothing, so is never shed);
  // otherwise Next's turn, if there is room.
  pageCache.serve(req, res, () => {
    if (maxInFlight > 0 && inFlight >= maxInFlight) {
      res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" }).end("Busy: try again in a few seconds.");
      return;
    }
    inFlight++;
    res.once("close", () => inFlight--);
    void handle(req, res);
  });
});

// A path ending in a file name with an extension, outside /api and Next's own /_next.
const FILE_PATH = /^(?!\/(api|_next)\/)[^?]*\/[^/?]+\.[A-Za-z0-9]+(\?|$)/;

function decodablePath(url = "/") {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}
// Requests a proxy keeps alive must not be cut by Node's shorter default.
server.keepAliveTimeout = 65_000;
server.listen(port, () => {
  console.log(`✓ Ready on port ${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
