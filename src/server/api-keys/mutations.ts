import "server-only";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schemas";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError, parseInput } from "../errors";
import { assertCan } from "../permissions";
import { apiKeySummarySelect, type ApiKeySummary } from "./queries";
import { generateSecret, hashSecret, secretPrefix } from "./secret";

// Every change to an API key: validated, permission-checked here (admins only),
// one transaction with its audit event. The audit records the key's name,
// scopes and locales, never its secret or hash.

/** Makes a key; its secret is in the answer and nowhere else, ever again. */
export async function createApiKey(actor: Actor | null, input: unknown): Promise<{ key: ApiKeySummary; secret: string }> {
  assertCan(actor, "apiKey.manage");
  const data = parseInput(createApiKeySchema, input);
  const secret = generateSecret();
  const key = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name: data.name, scopes: data.scopes, locales: data.locales, secretHash: hashSecret(secret), prefix: secretPrefix(secret), createdById: actor.id },
      select: apiKeySummarySelect,
    });
    await recordAudit(tx, {
      actor,
      action: "apiKey.create",
      entityType: "ApiKey",
      entityId: created.id,
      data: { name: created.name, scopes: created.scopes, locales: created.locales, prefix: created.prefix },
    });
    return created;
  });
  return { key, secret };
}

/** Revokes a key: its very next request is refused (every request looks the key up). */
export async function revokeApiKey(actor: Actor | null, input: unknown): Promise<ApiKeySummary> {
  assertCan(actor, "apiKey.manage");
  const { id } = parseInput(revokeApiKeySchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.apiKey.findUnique({ where: { id }, select: { revokedAt: true, name: true } });
    if (!before) throw new NotFoundError("apiKey");
    const key = await tx.apiKey.update({ where: { id }, data: { revokedAt: before.revokedAt ?? new Date() }, select: apiKeySummarySelect });
    // Revoking twice changes nothing and records nothing new.
    if (!before.revokedAt) await recordAudit(tx, { actor, action: "apiKey.revoke", entityType: "ApiKey", entityId: id, data: { name: before.name } });
    return key;
  });
}
