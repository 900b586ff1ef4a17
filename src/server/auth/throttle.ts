import "server-only";
import { db } from "../db";
import { throttleLimits, type ThrottleLimits } from "./settings";

/**
 * Brute-force protection for sign-in. Failures are counted per account (the
 * normalized email, whether or not it exists — so the counter reveals
 * nothing) and per client IP, in fixed windows that start at the first
 * failure. Once a key has reached its limit, every attempt on it is refused
 * until the window ends — even with the right password. The counters live in
 * Postgres: they survive restarts and are shared by every app instance.
 *
 * A success clears the account's counter (its owner knows the password) but
 * not the IP's: otherwise an attacker with one valid account could reset their
 * IP counter between guesses at others.
 */

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export interface ThrottleCheck {
  blocked: boolean;
  /** Seconds until the longest block ends (0 when not blocked). */
  retryAfterSeconds: number;
}

/** Whether a sign-in for this email from this IP may be attempted now. */
export async function checkSignInThrottle(
  { email, ip }: { email: string; ip: string },
  { now = new Date(), limits = throttleLimits() }: { now?: Date; limits?: ThrottleLimits } = {},
): Promise<ThrottleCheck> {
  const rows = await db.authThrottle.findMany({ where: { key: { in: [accountKey(email), ipKey(ip)] } } });
  let retryAfterMs = 0;
  for (const row of rows) {
    const limit = row.key.startsWith("ip:") ? limits.ipFailures : limits.accountFailures;
    const endsAt = row.windowStart.getTime() + limits.windowSeconds * 1000;
    if (row.failures >= limit && endsAt > now.getTime()) retryAfterMs = Math.max(retryAfterMs, endsAt - now.getTime());
  }
  return { blocked: retryAfterMs > 0, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
}

/** Counts one failed sign-in against the account and the IP (atomically, safe across instances). */
export async function recordSignInFailure(
  { email, ip }: { email: string; ip: string },
  { now = new Date(), limits = throttleLimits() }: { now?: Date; limits?: ThrottleLimits } = {},
): Promise<void> {
  const windowStartedBefore = new Date(now.getTime() - limits.windowSeconds * 1000);
  for (const key of [accountKey(email), ipKey(ip)]) {
    // One statement: a window that has ended starts again at 1.
    await db.$executeRaw`
      INSERT INTO "AuthThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "AuthThrottle"."windowStart" <= ${windowStartedBefore} THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "AuthThrottle"."windowStart" <= ${windowStartedBefore} THEN ${now} ELSE "AuthThrottle"."windowStart" END`;
  }
  // Ended windows are no longer needed; keeps the table small.
  await db.authThrottle.deleteMany({ where: { windowStart: { lte: windowStartedBefore } } });
}

/** After a successful sign-in: the account's failures are forgiven (the IP's are not). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: accountKey(email) } });
}
