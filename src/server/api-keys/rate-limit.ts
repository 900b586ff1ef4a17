import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";

// Requests per key, counted in Postgres by rate-limiter-flexible's Prisma store
// (the ApiKeyLimit table) as the sign-in throttle counts attempts
// (src/server/auth/throttle.ts): one atomic increment per request, shared by
// every instance, so N instances do not give a key N times its allowance.

export interface ApiRateLimit {
  /** Requests a key may make per window. */
  points: number;
  windowSeconds: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** API_RATE_LIMIT requests per API_RATE_LIMIT_SECONDS (defaults 600 per 60 s), read at each call. */
export function apiRateLimit(): ApiRateLimit {
  return { points: positive(process.env.API_RATE_LIMIT, 600), windowSeconds: positive(process.env.API_RATE_LIMIT_SECONDS, 60) };
}

const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(limit: ApiRateLimit): RateLimiterPrisma {
  const id = `${limit.points}/${limit.windowSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: db, tableName: "apiKeyLimit", keyPrefix: "key", points: limit.points, duration: limit.windowSeconds });
    limiters.set(id, limiter);
  }
  return limiter;
}

export type RateDecision = { allowed: true; remaining: number; limit: number } | { allowed: false; retryAfterSeconds: number; limit: number };

/** Counts one request of this key; refused past its allowance, with the seconds until the window ends. */
export async function consumeApiRequest(keyId: string, limit: ApiRateLimit = apiRateLimit()): Promise<RateDecision> {
  try {
    const res = await limiterFor(limit).consume(keyId);
    return { allowed: true, remaining: res.remainingPoints, limit: limit.points };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)), limit: limit.points };
  }
}
