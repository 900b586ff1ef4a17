import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "@/server/api-keys/mutations";
import { db } from "@/server/db";
import { uid } from "../../../../test/support/actors";
import { apiKeysFixture, call, contentFixture } from "../../../../test/support/content-api";
import { GET as getArticle } from "./articles/[id]/route";
import { GET as listArticles } from "./articles/route";

// API keys at the content API's door: revocation at once, the per-key allowance.

let fx: Awaited<ReturnType<typeof contentFixture>>;
let admin: Awaited<ReturnType<typeof apiKeysFixture>>["admin"];
beforeAll(async () => {
  fx = await contentFixture(`kestrel${uid()}`);
  ({ admin } = await apiKeysFixture());
});

describe("API keys", () => {
  afterEach(() => {
    delete process.env.API_RATE_LIMIT;
  });

  it("a revoked key is refused at its very next request", async () => {
    const { key, secret } = await createApiKey(admin, { name: "to revoke", scopes: ["drafts:read"] });
    expect((await call(getArticle, `/articles/${fx.v.fr!.id}`, { params: { id: fx.v.fr!.id }, key: secret })).status).toBe(200);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).not.toBeNull();
    await revokeApiKey(admin, { id: key.id });
    const refused = await call(getArticle, `/articles/${fx.v.fr!.id}`, { params: { id: fx.v.fr!.id }, key: secret });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: "invalid_key" });
  });

  it("answers 429 with Retry-After past a key's allowance, and only for that key", async () => {
    process.env.API_RATE_LIMIT = "3";
    const { secret } = await createApiKey(admin, { name: "busy", scopes: ["content:read"] });
    for (let i = 0; i < 3; i++) expect((await call(listArticles, "/articles?limit=1", { key: secret })).status).toBe(200);
    const refused = await call(listArticles, "/articles?limit=1", { key: secret });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "rate_limited", status: 429 });
    const { secret: other } = await createApiKey(admin, { name: "quiet", scopes: ["content:read"] });
    expect((await call(listArticles, "/articles?limit=1", { key: other })).status).toBe(200);
  });
});
