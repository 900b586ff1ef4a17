import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { clientIp, warnIfProxyUntrusted } from "./client-ip";
import { clearAccountThrottles, listAccountThrottles, peekSignInThrottle, reserveSignInAttempt, settleSignInAttempt, slowdownMs } from "./throttle";

const limits = {
  pairAttempts: 5,
  pairWindowSeconds: 15 * 60,
  ipAttempts: 50,
  ipWindowSeconds: 3600,
  slowdownAfter: 5,
  slowdownWindowSeconds: 3600,
  slowdownMaxMs: 10_000,
};
let n = 0;
const unique = () => ({ email: `Throttle-${Date.now()}-${++n}@Example.com`, ip: `10.9.${n % 250}.${(Date.now() % 250) + 1}` });

describe("sign-in throttle (rate-limiter-flexible counters in the database)", () => {
  it("refuses an account from one address after 5 attempts; the same account from another address goes on", async () => {
    const { email, ip } = unique();
    for (let i = 0; i < 5; i++) expect((await reserveSignInAttempt({ email, ip }, { limits })).allowed).toBe(true);
    const sixth = await reserveSignInAttempt({ email: email.toLowerCase(), ip }, { limits });
    expect(sixth).toMatchObject({ allowed: false, limiter: "pair", firstRefusal: true });
    expect(sixth.allowed === false && sixth.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((await peekSignInThrottle({ email, ip }, { limits })).blocked).toBe(true);
    // Nobody else's address is refused: no hard lock on the account.
    expect(await reserveSignInAttempt({ email, ip: "10.200.0.1" }, { limits })).toMatchObject({ allowed: true });
    expect((await peekSignInThrottle({ email, ip: "10.200.0.2" }, { limits })).blocked).toBe(false);
  });

  it("refuses an address after 50 attempts on any accounts; other addresses are unaffected", async () => {
    const { ip } = unique();
    for (let i = 0; i < 50; i++) expect((await reserveSignInAttempt({ email: `spray-${n}-${i}@example.com`, ip }, { limits })).allowed).toBe(true);
    expect(await reserveSignInAttempt({ email: "fresh@example.com", ip }, { limits })).toMatchObject({ allowed: false, limiter: "ip" });
    expect((await peekSignInThrottle({ email: "fresh@example.com", ip }, { limits })).limiter).toBe("ip");
    expect((await reserveSignInAttempt({ email: "fresh@example.com", ip: "10.201.0.1" }, { limits })).allowed).toBe(true);
  });

  it("slows an account down from all addresses (growing, capped), never refuses it", async () => {
    const { email } = unique();
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const attempt = await reserveSignInAttempt({ email, ip: `10.202.${n}.${i}` }, { limits });
      expect(attempt.allowed).toBe(true);
      if (attempt.allowed) delays.push(attempt.delayMs);
    }
    expect(delays).toEqual([0, 0, 0, 0, 0, 500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(slowdownMs(1000, limits)).toBe(10_000);
  });

  it("reserves concurrent attempts atomically: of 40 at once from one address, 5 are allowed", async () => {
    const { email, ip } = unique();
    const results = await Promise.all(Array.from({ length: 40 }, () => reserveSignInAttempt({ email, ip }, { limits })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    // The first refusal of the window is marked once (it is the one audited).
    expect(results.filter((r) => !r.allowed && r.firstRefusal)).toHaveLength(1);
  });

  it("a success forgives its pair and gives its attempt back, and leaves other guesses counted", async () => {
    const { email, ip } = unique();
    for (let i = 0; i < 4; i++) await reserveSignInAttempt({ email, ip }, { limits });
    await reserveSignInAttempt({ email, ip }, { limits });
    await settleSignInAttempt({ email, ip }, true, { limits });
    expect(await listAccountThrottles(email, { limits })).toEqual([expect.objectContaining({ kind: "account", attempts: 4, active: false })]);
    expect((await db.signInLimit.findUniqueOrThrow({ where: { key: `ip:${ip}` } })).points).toBe(4);
  });

  it("an admin sees and clears the throttles naming an account", async () => {
    const { email, ip } = unique();
    for (let i = 0; i < 6; i++) await reserveSignInAttempt({ email, ip }, { limits });
    const throttles = await listAccountThrottles(email.toUpperCase(), { limits });
    expect(throttles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "pair", ip, attempts: 6, active: true }),
        expect.objectContaining({ kind: "account", attempts: 5, active: true }),
      ]),
    );
    expect(await clearAccountThrottles(email)).toBe(2);
    expect((await reserveSignInAttempt({ email, ip }, { limits })).allowed).toBe(true);
    // The address's own counter is not the account's to clear.
    expect((await db.signInLimit.findUniqueOrThrow({ where: { key: `ip:${ip}` } })).points).toBe(7);
  });
});

describe("client address", () => {
  // First: the warning is said once per process, and clientIp() below says it.
  it("warns loudly, once, when requests arrive through a proxy while TRUSTED_PROXY_HOPS=0", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      // Our own server's entry only: no proxy in front.
      warnIfProxyUntrusted(["127.0.0.1"], 0);
      warnIfProxyUntrusted(["198.51.100.20", "10.0.0.2"], 1);
      expect(warn).not.toHaveBeenCalled();
      warnIfProxyUntrusted(["198.51.100.20", "10.0.0.2"], 0);
      warnIfProxyUntrusted(["198.51.100.21", "10.0.0.2"], 0);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/TRUSTED_PROXY_HOPS/);
    } finally {
      warn.mockRestore();
    }
  });

  it("trusts no proxy by default: the last entry, the one our own server added", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
  });

  it("behind n trusted proxies, the address the outermost one saw; a forged entry to its left changes nothing", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.20, 10.0.0.2" });
    expect(clientIp(headers, 1)).toBe("198.51.100.20");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.20" }), 3)).toBe("198.51.100.20");
  });

  it("no header: one shared 'unknown' bucket, not a free pass", () => {
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });
});
