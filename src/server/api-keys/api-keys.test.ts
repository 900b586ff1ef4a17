import { describe, expect, it } from "vitest";
import { makeActor } from "../../../test/support/actors";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { authenticateApiRequest } from "./authenticate";
import { createApiKey, revokeApiKey } from "./mutations";
import { listApiKeys } from "./queries";
import { hashSecret } from "./secret";

describe("API keys", () => {
  it("are made and revoked by admins only", async () => {
    const editor = await makeActor("EDITOR");
    await expect(createApiKey(editor, { name: "x", scopes: ["content:read"] })).rejects.toThrow(ForbiddenError);
    await expect(createApiKey(null, { name: "x", scopes: ["content:read"] })).rejects.toThrow(ForbiddenError);
    const admin = await makeActor("ADMIN");
    const { key } = await createApiKey(admin, { name: "x", scopes: ["content:read"] });
    await expect(revokeApiKey(editor, { id: key.id })).rejects.toThrow(ForbiddenError);
    await expect(listApiKeys(editor)).rejects.toThrow(ForbiddenError);
  });

  it("refuses bad input and writes nothing", async () => {
    const admin = await makeActor("ADMIN");
    const count = await db.apiKey.count();
    for (const input of [{ name: "", scopes: ["content:read"] }, { name: "x", scopes: [] }, { name: "x", scopes: ["admin"] }, { name: "x", scopes: ["content:read"], locales: ["xx"] }]) {
      await expect(createApiKey(admin, input)).rejects.toThrow(ValidationError);
    }
    expect(await db.apiKey.count()).toBe(count);
  });

  it("keeps only the secret's hash, shows it once, and audits every change without it", async () => {
    const admin = await makeActor("ADMIN");
    const { key, secret } = await createApiKey(admin, { name: "Newsletter", scopes: ["drafts:read"], locales: ["he", "ar", "ar"] });
    expect(secret).toMatch(/^ppk_[\w-]{43}$/);
    expect(key).toMatchObject({ name: "Newsletter", scopes: ["content:read", "drafts:read"], locales: ["ar", "he"], prefix: secret.slice(0, 10) });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.secretHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = (await listApiKeys(admin)).find((k) => k.id === key.id)!;
    expect(listed).toMatchObject({ createdBy: admin.name, lastUsedAt: null, revokedAt: null });
    expect(listed).not.toHaveProperty("secretHash");

    expect(await authenticateApiRequest(`Bearer ${secret}`)).toMatchObject({ ok: true, client: { kind: "key", id: key.id } });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeInstanceOf(Date);

    await revokeApiKey(admin, { id: key.id });
    await revokeApiKey(admin, { id: key.id });
    expect(await authenticateApiRequest(`Bearer ${secret}`)).toEqual({ ok: false, reason: "invalidKey" });
    const events = await db.auditEvent.findMany({ where: { entityType: "ApiKey", entityId: key.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["apiKey.create", admin.id],
      ["apiKey.revoke", admin.id],
    ]);
    expect(JSON.stringify(events)).not.toContain(secret);
    expect(JSON.stringify(events)).not.toContain(row.secretHash);
  });
});
