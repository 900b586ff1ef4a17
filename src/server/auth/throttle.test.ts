import { describe, expect, it } from "vitest";
import { db } from "../db";
import { clientIp } from "./client-ip";
import { accountKey, checkSignInThrottle, clearAccountFailures, ipKey, recordSignInFailure } from "./throttle";

const limits = { accountFailures: 5, ipFailures: 5, windowSeconds: 15 * 60 };
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
let n = 0;
const unique = () => ({ email: `Throttle-${Date.now()}-${++n}@Example.com`, ip: `10.9.${n % 250}.${(Date.now() % 250) + 1}` });

describe("sign-in throttle (counters in the database)", () => {
  it("blocks an account after 5 failures within 15 minutes, with the time left to wait", async () => {
    const { email } = unique();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      expect((await checkSignInThrottle({ email, ip: `10.1.1.${i}` }, { now: at(t0, i), limits })).blocked).toBe(false);
      // A different IP each time: the account counter alone must block.
      await recordSignInFailure({ email, ip: `10.1.1.${i}` }, { now: at(t0, i), limits });
    }
    const sixth = await checkSignInThrottle({ email: email.toLowerCase(), ip: "10.1.1.99" }, { now: at(t0, 60), limits });
    expect(sixth).toEqual({ blocked: true, retryAfterSeconds: 15 * 60 - 60 });
    // The window ends 15 minutes after the first failure.
    expect((await checkSignInThrottle({ email, ip: "10.1.1.99" }, { now: at(t0, 15 * 60), limits })).blocked).toBe(false);
  });

  it("blocks an IP after 5 failures on different accounts, and other IPs are unaffected", async () => {
    const { ip } = unique();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await recordSignInFailure({ email: `someone-${n}-${i}@example.com`, ip }, { now: t0, limits });
    expect((await checkSignInThrottle({ email: "fresh@example.com", ip }, { now: t0, limits })).blocked).toBe(true);
    expect((await checkSignInThrottle({ email: "fresh@example.com", ip: "10.200.0.1" }, { now: t0, limits })).blocked).toBe(false);
  });

  it("a failure after the window has ended starts a new window", async () => {
    const { email, ip } = unique();
    const t0 = new Date();
    for (let i = 0; i < 4; i++) await recordSignInFailure({ email, ip }, { now: t0, limits });
    const later = at(t0, 16 * 60);
    await recordSignInFailure({ email, ip }, { now: later, limits });
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(email) } })).failures).toBe(1);
    expect((await checkSignInThrottle({ email, ip }, { now: later, limits })).blocked).toBe(false);
  });

  it("a success clears the account's counter but not the IP's", async () => {
    const { email, ip } = unique();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await recordSignInFailure({ email, ip }, { now: t0, limits });
    await clearAccountFailures(email);
    expect(await db.authThrottle.findUnique({ where: { key: accountKey(email) } })).toBeNull();
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: ipKey(ip) } })).failures).toBe(5);
  });

  it("counts concurrent failures without losing any", async () => {
    const { email, ip } = unique();
    await Promise.all(Array.from({ length: 8 }, () => recordSignInFailure({ email, ip }, { limits })));
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(email) } })).failures).toBe(8);
  });

  it("a spoofed X-Forwarded-For does not give an attacker a fresh IP counter", async () => {
    const t0 = new Date();
    const real = `10.77.${n}.1`;
    // Our server (scripts/serve.mjs) appends the TCP peer; whatever the client sent stays to its left.
    for (let i = 0; i < 5; i++) {
      const headers = new Headers({ "x-forwarded-for": `203.0.113.${i}, ${real}` });
      await recordSignInFailure({ email: `spoof-${n}-${i}@example.com`, ip: clientIp(headers, 0) }, { now: t0, limits });
    }
    const spoofed = new Headers({ "x-forwarded-for": `198.51.100.7, ${real}` });
    expect(clientIp(spoofed, 0)).toBe(real);
    expect((await checkSignInThrottle({ email: "new@example.com", ip: clientIp(spoofed, 0) }, { now: t0, limits })).blocked).toBe(true);
  });
});

describe("client IP", () => {
  it("trusts no proxy by default: the last entry, the one our own server added", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
  });

  it("behind n trusted proxies, the address the outermost one saw", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.20, 10.0.0.2" });
    expect(clientIp(headers, 1)).toBe("198.51.100.20");
    // More hops configured than entries: the leftmost, never undefined.
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.20" }), 3)).toBe("198.51.100.20");
  });

  it("no header: one shared 'unknown' bucket, not a free pass", () => {
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });
});
