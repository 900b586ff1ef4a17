import "server-only";
import { trustedProxyHops } from "./settings";

/**
 * The client's address, for per-address sign-in throttling.
 *
 * `npm start` serves Next through scripts/serve.mjs, which appends the TCP
 * peer's address to X-Forwarded-For (Next 16's own server only *sets* the
 * header when it is absent — base-server.js `??=` — so on its own a client
 * could name any address). Entries to the left of the ones added by servers we
 * trust are the client's to write, so they are never believed: with no trusted
 * proxy we take the last entry (our own server's); behind n trusted proxies
 * that each append, the n-th from the end is the address the outermost proxy saw.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>, hops = trustedProxyHops()): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  warnIfProxyUntrusted(entries, hops);
  const entry = entries[Math.max(0, entries.length - 1 - hops)];
  return normalizeIp(entry ?? "unknown");
}

let warned = false;

/**
 * More than our own server's entry with TRUSTED_PROXY_HOPS=0 means a proxy in
 * front (or a client writing the header): behind a proxy every staff member
 * then has the proxy's address, and the per-address limits are shared by all.
 * Said once per process, loudly; scripts/serve.mjs says it at the first request.
 */
export function warnIfProxyUntrusted(entries: string[], hops: number): void {
  if (warned || hops > 0 || entries.length < 2) return;
  warned = true;
  console.warn(
    `WARNING: requests arrive with X-Forwarded-For (${entries.join(", ")}) while TRUSTED_PROXY_HOPS=0. ` +
      "Behind a reverse proxy every client then counts as the proxy's address for sign-in throttling: " +
      "set TRUSTED_PROXY_HOPS to the number of proxies that append to the header (1 for deploy/nginx).",
  );
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normalizeIp(ip: string): string {
  // An address is at most 45 characters (IPv6 with an IPv4 tail); anything longer is not one.
  const lower = ip.toLowerCase().slice(0, 64);
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}
