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

/** Brute-force limits: failures allowed per account and per client IP within one window. */
export function throttleLimits() {
  return {
    accountFailures: Math.floor(positive("AUTH_MAX_FAILURES", 5)),
    ipFailures: Math.floor(positive("AUTH_IP_MAX_FAILURES", 5)),
    windowSeconds: Math.round(positive("AUTH_THROTTLE_MINUTES", 15) * 60),
  };
}
export type ThrottleLimits = ReturnType<typeof throttleLimits>;

/** How many reverse proxies in front of the app append to X-Forwarded-For (0: none trusted). */
export function trustedProxyHops(): number {
  const value = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(value) && value >= 0 ? value : 0;
}
