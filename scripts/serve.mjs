// The production server `npm start` runs: Next's own request handler behind a
// plain Node HTTP server, for one reason first — the client's forwarding headers:
// the client's real address is appended to X-Forwarded-For, and the headers that
// would let a client choose the host Next builds URLs from are removed
// (scripts/forwarded-headers.mjs).
//
// It also answers readers' repeated requests for public pages from memory
// (scripts/page-cache.mjs), by the same rules as the caching proxy of deploy/nginx.
//
// Usage: node scripts/serve.mjs --port 3000   (NODE_ENV=production, after `next build`)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { PAGE_CACHE_DEFAULT_MB, PAGE_CACHE_DEFAULT_SECONDS, registerPagePurge } from "../src/server/cache/policy.mjs";
import { refuseOversizedBody } from "./body-limit.mjs";
import { normalizeForwarding } from "./forwarded-headers.mjs";
import { createPageCache } from "./page-cache.mjs";
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
  maxBytes: Number(process.env.PAGE_CACHE_MB ?? PAGE_CACHE_DEFAULT_MB) * 1024 * 1024,
  maxTtlMs: Number(process.env.PAGE_CACHE_SECONDS ?? PAGE_CACHE_DEFAULT_SECONDS) * 1000,
});
registerPagePurge(pageCache.purge);

const server = createServer((req, res) => {
  normalizeForwarding(req);
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
// Next stamps revalidations and cached pages with the wall clock but checks them against
// the monotonic one (docs/caching.md): if the wall clock jumps ahead (a VM resumed from a
// pause), publishes reach readers that much later. Say so, once, rather than leave it a mystery.
const clockCheck = setInterval(() => {
  const drift = Date.now() - (performance.timeOrigin + performance.now());
  if (Math.abs(drift) < 1000) return;
  console.warn(`⚠ The wall clock is ${(drift / 1000).toFixed(1)} s off this process's monotonic clock: Next applies a publish's revalidation that much late. Restart the server to realign them.`);
  clearInterval(clockCheck);
}, 60_000);
clockCheck.unref();

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
