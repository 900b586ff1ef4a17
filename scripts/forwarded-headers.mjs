// What npm start (scripts/serve.mjs) lets through of a client's forwarding headers,
// before Next, the proxy (src/proxy.ts) or the page cache see the request.
//
// - X-Forwarded-For: the TCP peer's address is appended, as a reverse proxy does.
//   Next 16's server only *sets* it when a request lacks it
//   (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`),
//   so a client could send any address; now the last entry is always one we added,
//   and per-IP sign-in throttling (src/server/auth/client-ip.ts) cannot be dodged
//   with a forged header. Behind real proxies, TRUSTED_PROXY_HOPS says how many append.
// - X-Forwarded-Host, X-Forwarded-Port, Forwarded: removed. Next builds the request's
//   URL from them, so anything made from that URL (a redirect's Location, next-intl's
//   Link header) would follow a header any client can set — and a cached answer
//   would hand it to every later reader (cache poisoning). Absolute URLs come from
//   the configured site URL; the deploy/nginx proxy sends a fixed Host and none of these.

const CLIENT_CHOSEN_HOST = ["x-forwarded-host", "x-forwarded-port", "x-forwarded-server", "forwarded"];
let warnedProxy = false;

/** @param {import("node:http").IncomingMessage} req */
export function normalizeForwarding(req) {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  const previous = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  req.headers["x-forwarded-for"] = previous ? `${previous}, ${peer}` : peer;
  // Behind a proxy with TRUSTED_PROXY_HOPS=0 every client is the proxy's address to the sign-in throttle.
  if (previous && !warnedProxy && !(Number(process.env.TRUSTED_PROXY_HOPS) > 0)) {
    warnedProxy = true;
    console.warn(`\n  WARNING: a request arrived with X-Forwarded-For but TRUSTED_PROXY_HOPS=0: behind a reverse proxy, set it to the number of proxies (1 for deploy/nginx).\n`);
  }
  for (const name of CLIENT_CHOSEN_HOST) delete req.headers[name];
}
