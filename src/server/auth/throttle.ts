import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { throttleLimits, type ThrottleLimits } from "./settings";

/**
 * Brute-force protection for sign-in, after Drupal's flood control and OWASP
 * ASVS v5 §6.3: nothing a stranger does can lock an account's owner out.
 *
 * - **account + address** ("pair"): 5 attempts in 15 minutes. The only hard
 *   limit that names an account — it binds the guesser's own address, not the
 *   owner's, who signs in from theirs.
 * - **address**: 50 attempts an hour on any accounts (one address spraying).
 * - **account**, from every address: no limit, a *slowdown* — past 5 attempts
 *   in an hour each further one waits 0.5 s, 1 s, 2 s … up to 10 s before its
 *   password is checked.
 *
 * An attempt is *reserved* before the password is verified — one atomic
 * increment per counter (an `INSERT … ON CONFLICT DO UPDATE`) — so concurrent
 * guesses are all counted and at most the limit of them reach the password
 * check. A success gives its own attempt back (pair counter cleared, one point
 * returned to the address and account) and leaves the other guesses counted: an
 * attacker with one valid account cannot reset their address between guesses at
 * others.
 *
 * The counters are rate-limiter-flexible's, in its Prisma store (the
 * `SignInLimit` table): shared by every instance, surviving restarts. Keys are
 * `<limiter>:<subject>`; the pair's subject is `<address>|<email>` so an account's
 * throttles are the keys ending in `|<email>` (addresses never contain `|`).
 */

const normalEmail = (email: string) => email.trim().toLowerCase();
const pairKey = (email: string, ip: string) => `${ip}|${normalEmail(email)}`;

type Limiters = { pair: RateLimiterPrisma; ip: RateLimiterPrisma; account: RateLimiterPrisma };
const built = new Map<string, Limiters>();

function limitersFor(limits: ThrottleLimits): Limiters {
  const id = JSON.stringify(limits);
  let limiters = built.get(id);
  if (!limiters) {
    const store = { storeClient: db, tableName: "signInLimit" };
    limiters = {
      pair: new RateLimiterPrisma({ ...store, keyPrefix: "pair", points: limits.pairAttempts, duration: limits.pairWindowSeconds }),
      ip: new RateLimiterPrisma({ ...store, keyPrefix: "ip", points: limits.ipAttempts, duration: limits.ipWindowSeconds }),
      // Never refuses (no limit): its count only sets the wait.
      account: new RateLimiterPrisma({ ...store, keyPrefix: "account", points: Number.MAX_SAFE_INTEGER, duration: limits.slowdownWindowSeconds }),
    };
    built.set(id, limiters);
  }
  return limiters;
}

export type ThrottleLimiter = "pair" | "ip";

export interface ThrottleCheck {
  blocked: boolean;
  /** Seconds until the block ends (0 when not blocked). */
  retryAfterSeconds: number;
  /** Which limit refused. */
  limiter?: ThrottleLimiter;
}

export type Reservation =
  | { allowed: false; retryAfterSeconds: number; limiter: ThrottleLimiter; /** the first refusal of this window */ firstRefusal: boolean }
  | { allowed: true; /** how long to wait before checking the password */ delayMs: number; /** attempts on the account this hour, this one included */ accountAttempts: number };

/** The per-account wait before the `attempts`-th attempt of the hour (the first few: none). */
export function slowdownMs(attempts: number, limits: Pick<ThrottleLimits, "slowdownAfter" | "slowdownMaxMs"> = throttleLimits()): number {
  const over = attempts - limits.slowdownAfter;
  if (over <= 0) return 0;
  return Math.min(limits.slowdownMaxMs, 500 * 2 ** Math.min(over - 1, 30));
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Reserves one sign-in attempt for this email from this address, before the
 * password is checked. Refused when the pair or the address is over its limit
 * (the refused attempt still counts there).
 */
export async function reserveSignInAttempt(
  { email, ip }: { email: string; ip: string },
  { limits = throttleLimits() }: { limits?: ThrottleLimits } = {},
): Promise<Reservation> {
  const limiters = limitersFor(limits);
  for (const [limiter, key] of [
    ["ip", ip],
    ["pair", pairKey(email, ip)],
  ] as const) {
    try {
      await limiters[limiter].consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const limit = limiter === "ip" ? limits.ipAttempts : limits.pairAttempts;
      return { allowed: false, limiter, retryAfterSeconds: seconds(error.msBeforeNext), firstRefusal: error.consumedPoints === limit + 1 };
    }
  }
  const account = await limiters.account.consume(normalEmail(email));
  return { allowed: true, delayMs: slowdownMs(account.consumedPoints, limits), accountAttempts: account.consumedPoints };
}

/** After the password check: a success gives its attempt back (and forgives the pair). */
export async function settleSignInAttempt(
  { email, ip }: { email: string; ip: string },
  succeeded: boolean,
  { limits = throttleLimits() }: { limits?: ThrottleLimits } = {},
): Promise<void> {
  if (!succeeded) return;
  const limiters = limitersFor(limits);
  await limiters.pair.delete(pairKey(email, ip));
  await limiters.ip.reward(ip);
  await limiters.account.reward(normalEmail(email));
}

/** Whether a sign-in would be refused now, without counting one (for the 429 answer). */
export async function peekSignInThrottle(
  { email, ip }: { email: string; ip: string },
  { limits = throttleLimits() }: { limits?: ThrottleLimits } = {},
): Promise<ThrottleCheck> {
  const limiters = limitersFor(limits);
  for (const [limiter, key, limit] of [
    ["ip", ip, limits.ipAttempts],
    ["pair", pairKey(email, ip), limits.pairAttempts],
  ] as const) {
    const res = await limiters[limiter].get(key);
    if (res && res.consumedPoints >= limit && res.msBeforeNext > 0) {
      return { blocked: true, limiter, retryAfterSeconds: seconds(res.msBeforeNext) };
    }
  }
  return { blocked: false, retryAfterSeconds: 0 };
}

export interface AccountThrottle {
  /** "pair" (this account from one address) or "account" (the slowdown counter). */
  kind: "pair" | "account";
  /** The address, for a pair. */
  ip: string | null;
  attempts: number;
  /** Whether further attempts are refused (pair) or delayed (account). */
  active: boolean;
  until: Date | null;
}

function accountRows(email: string) {
  const subject = normalEmail(email);
  return { OR: [{ key: { startsWith: "pair:", endsWith: `|${subject}` } }, { key: `account:${subject}` }] };
}

/** The live throttle counters naming this account (for the users admin). */
export async function listAccountThrottles(email: string, { limits = throttleLimits() }: { limits?: ThrottleLimits } = {}): Promise<AccountThrottle[]> {
  const now = new Date();
  const rows = await db.signInLimit.findMany({ where: { AND: [accountRows(email), { OR: [{ expire: null }, { expire: { gt: now } }] }] }, orderBy: { key: "asc" } });
  return rows.map((row) => {
    const kind = row.key.startsWith("pair:") ? "pair" : "account";
    const ip = kind === "pair" ? row.key.slice("pair:".length, row.key.lastIndexOf("|")) : null;
    const active = kind === "pair" ? row.points >= limits.pairAttempts : slowdownMs(row.points + 1, limits) > 0;
    return { kind, ip, attempts: row.points, active, until: row.expire };
  });
}

/** Clears every throttle naming this account (an admin's decision); returns how many there were. */
export async function clearAccountThrottles(email: string): Promise<number> {
  return (await db.signInLimit.deleteMany({ where: accountRows(email) })).count;
}
