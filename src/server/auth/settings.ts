import "server-only";

/** Reads a positive number from the environment, or the default. */
function positive(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Session limits: idle timeout and absolute lifetime (the defaults: 30 min / 12 h). */
export function sessionLimits() {
  return {
    idleSeconds: Math.round(positive("AUTH_IDLE_MINUTES", 30) * 60),
    maxSeconds: Math.round(positive("AUTH_MAX_HOURS", 12) * 3600),
  };
}
export type SessionLimits = ReturnType<typeof sessionLimits>;

/**
 * Brute-force limits (src/server/auth/throttle.ts): attempts per account from one
 * address, attempts per address on any accounts, and the per-account slowdown.
 */
export function throttleLimits() {
  return {
    pairAttempts: Math.floor(positive("AUTH_MAX_FAILURES", 5)),
    pairWindowSeconds: Math.round(positive("AUTH_THROTTLE_MINUTES", 15) * 60),
    ipAttempts: Math.floor(positive("AUTH_IP_MAX_FAILURES", 50)),
    ipWindowSeconds: Math.round(positive("AUTH_IP_THROTTLE_MINUTES", 60) * 60),
    /** Attempts on one account (from all addresses) before each further one waits. */
    slowdownAfter: Math.floor(positive("AUTH_SLOWDOWN_AFTER", 5)),
    slowdownWindowSeconds: 3600,
    /** The wait doubles from half a second up to this. */
    slowdownMaxMs: Math.round(positive("AUTH_SLOWDOWN_MAX_SECONDS", 10) * 1000),
  };
}
export type ThrottleLimits = ReturnType<typeof throttleLimits>;

/** How many reverse proxies in front of the app append to X-Forwarded-For (0: none trusted). */
export function trustedProxyHops(): number {
  const value = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(value) && value >= 0 ? value : 0;
}
