import "server-only";
import type { ApiKeyScope } from "@/lib/api-keys/schemas";
import { db } from "../db";
import { consumeApiRequest, type ApiRateLimit } from "./rate-limit";
import { hashSecret, looksLikeSecret } from "./secret";

/** Who is reading the content API: a reader (no key), or a key with its scopes and locales. */
export type ApiClient =
  | { kind: "anonymous" }
  | { kind: "key"; id: string; scopes: ApiKeyScope[]; /** empty: every locale */ locales: string[] };

export type ApiAuthentication =
  | { ok: true; client: ApiClient; rate?: { limit: number; remaining: number } }
  | { ok: false; reason: "invalidKey" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number; limit: number };

const LAST_USED_EVERY_MS = 60_000;

/**
 * The client of one request, from its `Authorization: Bearer <key>` header
 * (none: a reader). The key is looked up on every request — no cache — so a
 * revoked key is refused on its very next request, on every instance. Counts
 * the request against the key's allowance, and notes when it was last used (at
 * most once a minute: a write per request would be a hot row).
 */
export async function authenticateApiRequest(authorization: string | null, { limit }: { limit?: ApiRateLimit } = {}): Promise<ApiAuthentication> {
  if (authorization === null || authorization.trim() === "") return { ok: true, client: { kind: "anonymous" } };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match || !looksLikeSecret(match[1]!)) return { ok: false, reason: "invalidKey" };
  const key = await db.apiKey.findUnique({ where: { secretHash: hashSecret(match[1]!) }, select: { id: true, scopes: true, locales: true, revokedAt: true } });
  if (!key || key.revokedAt) return { ok: false, reason: "invalidKey" };

  const decision = await consumeApiRequest(key.id, limit);
  if (!decision.allowed) return { ok: false, reason: "rateLimited", retryAfterSeconds: decision.retryAfterSeconds, limit: decision.limit };

  const now = new Date();
  await db.apiKey.updateMany({
    where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_EVERY_MS) } }] },
    data: { lastUsedAt: now },
  });
  return {
    ok: true,
    client: { kind: "key", id: key.id, scopes: key.scopes as ApiKeyScope[], locales: key.locales },
    rate: { limit: decision.limit, remaining: decision.remaining },
  };
}

/** Whether this client may read drafts, scheduled and pending versions. */
export const mayReadDrafts = (client: ApiClient) => client.kind === "key" && client.scopes.includes("drafts:read");

/** Whether this client may read content in `locale` (a key may be limited to some locales). */
export const mayReadLocale = (client: ApiClient, locale: string) => client.kind === "anonymous" || client.locales.length === 0 || client.locales.includes(locale);
