import "server-only";
import { randomBytes } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";
import { Webhook } from "standardwebhooks";

// One outgoing webhook call, made safely: signed per the Standard Webhooks spec
// (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 over
// "id.timestamp.body", by the `standardwebhooks` package), no redirect followed
// (a 3xx is a failure, never a second request somewhere else), one deadline for
// the whole exchange, the answer read up to a cap, and no connection to a
// private, loopback or link-local address unless the configuration allows it —
// checked on the address actually connected to (a DNS answer that changes
// between a check and the connection cannot slip past).

/** The whole exchange, connection to last byte read. */
export const WEBHOOK_TIMEOUT_MS = Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10_000);
/** How much of a receiver's answer is read (kept, shortened, in the delivery log). */
const RESPONSE_CAP_BYTES = 16 * 1024;
const LOGGED_BODY_CHARS = 500;

/** A new signing secret: `whsec_` and 24 random bytes in base64, as Standard Webhooks libraries expect. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** Why it failed, in English for the delivery log (a status, a refusal, a timeout). */
  error: string | null;
  /** The start of the receiver's answer. */
  responseBody: string;
}

/** Whether private and loopback receivers are allowed (WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true; tests and local setups). */
export function privateAddressesAllowed(): boolean {
  return process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === "true";
}

// Two lists: Node's BlockList matches an IPv4 address against an IPv6 rule for
// ::ffff:0:0/96, so the IPv6 rules must never see IPv4 checks.
const blockedV4 = new BlockList();
const blockedV6 = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blockedV4.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
  // IPv4-mapped (::ffff:127.0.0.1 is written ::ffff:7f00:1 once parsed): never a webhook receiver.
  ["::ffff:0:0", 96],
] as const) {
  blockedV6.addSubnet(net, prefix, "ipv6");
}

/** Whether `address` (an IP literal) is private, loopback, link-local, multicast or otherwise not a public host. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 6 ? blockedV6.check(address, "ipv6") : blockedV4.check(address, "ipv4");
}

/** dns.lookup, refusing private answers (unless allowed): used for the connection itself. */
function guardedLookup(hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "");
    const list = addresses as LookupAddress[];
    const refused = privateAddressesAllowed() ? undefined : list.find((a) => isPrivateAddress(a.address));
    if (refused) {
      const failure: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolves to a private address (${refused.address})`);
      failure.code = "EPRIVATE";
      return callback(failure, "");
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}

/** Checks a receiver URL as an admin types it: http(s), no credentials, and (unless allowed) not a private address literal. */
export function receiverUrlProblem(raw: string): "invalidUrl" | "privateAddress" | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalidUrl";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "invalidUrl";
  if (url.username || url.password) return "invalidUrl";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!privateAddressesAllowed() && (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && isPrivateAddress(host)))) return "privateAddress";
  return null;
}

/** POSTs `body` to `url`, signed for `msgId` with `secret`. Never throws. */
export function sendWebhook({ url, secret, msgId, body, timestamp = new Date() }: { url: string; secret: string; msgId: string; body: string; timestamp?: Date }): Promise<SendResult> {
  const started = performance.now();
  const done = (result: Omit<SendResult, "durationMs">): SendResult => ({ ...result, durationMs: Math.round(performance.now() - started) });
  const problem = receiverUrlProblem(url);
  if (problem) return Promise.resolve(done({ ok: false, statusCode: null, error: problem === "privateAddress" ? "refused: a private address" : "invalid URL", responseBody: "" }));
  const target = new URL(url);
  const signature = new Webhook(secret).sign(msgId, timestamp, body);
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "user-agent": "PolyglotPress-Webhooks/1",
    "webhook-id": msgId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": signature,
  };
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(done(result));
    };
    const request = transport.request(target, { method: "POST", headers, lookup: guardedLookup as never, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const statusCode = response.statusCode ?? null;
      const settle = () => {
        const text = Buffer.concat(chunks).toString("utf8").slice(0, LOGGED_BODY_CHARS);
        const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
        const redirect = statusCode !== null && statusCode >= 300 && statusCode < 400;
        finish({ ok, statusCode, error: ok ? null : redirect ? `redirect not followed (${statusCode})` : `HTTP ${statusCode}`, responseBody: text });
      };
      response.on("data", (chunk: Buffer) => {
        if (size < RESPONSE_CAP_BYTES) chunks.push(chunk.subarray(0, RESPONSE_CAP_BYTES - size));
        size += chunk.length;
        // Enough read: the rest is not our business.
        if (size >= RESPONSE_CAP_BYTES) {
          settle();
          response.destroy();
        }
      });
      response.on("end", settle);
      response.on("error", settle);
    });
    const deadline = setTimeout(() => {
      finish({ ok: false, statusCode: null, error: `timeout after ${WEBHOOK_TIMEOUT_MS} ms`, responseBody: "" });
      request.destroy();
    }, WEBHOOK_TIMEOUT_MS);
    request.on("error", (error: NodeJS.ErrnoException) => {
      finish({ ok: false, statusCode: null, error: error.code === "EPRIVATE" ? error.message : `${error.code ?? "error"}: ${error.message}`, responseBody: "" });
    });
    request.end(body);
  });
}
