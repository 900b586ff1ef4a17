import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { assertCan } from "../permissions";

export const apiKeySummarySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  locales: true,
  createdById: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const satisfies Prisma.ApiKeySelect;

export type ApiKeySummary = Prisma.ApiKeyGetPayload<{ select: typeof apiKeySummarySelect }>;

/** Every key, newest first, with the name of whoever made it (for the admins' page). */
export async function listApiKeys(actor: Actor | null): Promise<(ApiKeySummary & { createdBy: string | null })[]> {
  assertCan(actor, "apiKey.manage");
  const keys = await db.apiKey.findMany({ select: apiKeySummarySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  const ids = [...new Set(keys.flatMap((k) => (k.createdById ? [k.createdById] : [])))];
  const users = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return keys.map((k) => ({ ...k, createdBy: k.createdById ? (users.get(k.createdById) ?? null) : null }));
}
