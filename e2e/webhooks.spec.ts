import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { apiSession, newSignedInPage } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// Webhooks and scheduled publishing against the real app (`npm start`, its job
// queue running in the server process): an admin registers a receiver in the
// dashboard, an editor publishes, the receiver gets a signed request and the
// dashboard's log says it was delivered; a scheduled version reaches its
// debate's readers at its time, not at the page's next refresh (20 s).

const ADMIN = "admin@example.com";
const EDITOR = "editor@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function ok(result: string): string {
  expect(result, result.slice(0, 400)).toContain('"ok":true');
  return result;
}
const field = (result: string, name: string) => new RegExp(`"${name}":"([^"]+)"`).exec(result)![1]!;
const version = (result: string) => Number(/"version":(\d+)/.exec(result)![1]);

async function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((go) => server.listen(0, "127.0.0.1", go));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/polyglot`, received, close: () => new Promise<void>((go) => server.close(() => go())) };
}

async function demoFixture() {
  return withDb(async (db) => {
    const debate = await db.query<{ id: string; slug: string }>(
      `SELECT d.id, t.slug FROM "Debate" d JOIN "DebateTranslation" t ON t."debateId" = d.id AND t.locale = 'en'
       WHERE d.status = 'PUBLISHED' AND d."deletedAt" IS NULL ORDER BY d."createdAt" LIMIT 1`,
    );
    const author = await db.query<{ id: string }>(`SELECT id FROM "Author" WHERE "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`);
    return { debate: debate.rows[0]!, authorId: author.rows[0]!.id };
  });
}

test.describe("webhooks and scheduled publishing", () => {
  test.describe.configure({ mode: "serial" });

  test("an admin registers a receiver; a publish reaches it signed, and the log says delivered", async ({ browser, baseURL }) => {
    const receiver = await startReceiver();
    const { context, page } = await newSignedInPage(browser, "en", ADMIN);
    await page.goto("/en/dashboard/webhooks");
    const form = page.getByTestId("webhook-create-form");
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByLabel("Description (optional)").fill(`e2e ${run}`);
    await form.getByRole("checkbox", { name: /version\.published/ }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const secret = await page.getByTestId("webhook-secret").locator("input").inputValue();
    expect(secret).toMatch(/^whsec_/);

    const { debate, authorId } = await demoFixture();
    const editor = await apiSession(baseURL!, EDITOR);
    const title = `Hooked ${run}`;
    const created = ok(await callAction(editor, baseURL!, "createArticleAction", [{ locale: "en", title, debateId: debate.id, authorIds: [authorId] }]));
    const variantId = field(created, "variantId");
    const saved = ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId, baseVersion: 1, title, slug: `hooked-${run}`, summary: "S.", body: doc(title) }]));
    ok(await callAction(editor, baseURL!, "transitionVariantAction", [{ variantId, baseVersion: version(saved), transition: "publish" }]));

    await expect.poll(() => receiver.received.filter((r) => r.body.includes(variantId)).length, { timeout: 15_000 }).toBe(1);
    const delivery = receiver.received.find((r) => r.body.includes(variantId))!;
    const payload = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as { type: string; data: { id: string; url: string } };
    expect(payload).toMatchObject({ type: "version.published", data: { id: variantId } });
    expect(payload.data.url).toMatch(new RegExp(`/en/articles/hooked-${run}$`));

    await expect(async () => {
      await page.reload();
      const endpoint = page.getByTestId("webhook-endpoint").filter({ hasText: `e2e ${run}` });
      await expect(endpoint.getByTestId("webhook-delivery").first()).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await Promise.all([context.close(), editor.dispose(), receiver.close()]);
  });

  test("a scheduled version appears on its debate's page at its time, for a reader who had the page cached", async ({ baseURL }) => {
    const { debate, authorId } = await demoFixture();
    const editor = await apiSession(baseURL!, EDITOR);
    const title = `On the hour ${run}`;
    const created = ok(await callAction(editor, baseURL!, "createArticleAction", [{ locale: "en", title, debateId: debate.id, authorIds: [authorId] }]));
    const variantId = field(created, "variantId");
    ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId, baseVersion: 1, title, slug: `on-the-hour-${run}`, summary: "S.", body: doc(title) }]));
    // Scheduled 6 s ahead (the dashboard asks for a minute at least; the time is what matters here).
    const publishAt = await withDb(async (db) => {
      const { rows } = await db.query<{ publishAt: Date }>(
        `UPDATE "ArticleVariant" SET status = 'SCHEDULED', "publishAt" = now() + interval '6 seconds' WHERE id = $1 RETURNING "publishAt"`,
        [variantId],
      );
      return rows[0]!.publishAt.getTime();
    });
    const reader = await playwrightRequest.newContext({ baseURL });
    const debatePage = `/en/debates/${encodeURIComponent(debate.slug)}`;
    // Read (and so cached, by Next and by the server's memory) before its time.
    for (let i = 0; i < 2; i++) expect(await (await reader.get(debatePage)).text()).not.toContain(title);

    // Its time, plus the 5 s the job queue may take: long before the page's own refresh (20 s).
    await new Promise((go) => setTimeout(go, Math.max(0, publishAt + 5_000 - Date.now())));
    expect(await (await reader.get(debatePage)).text()).toContain(title);
    const status = await withDb(async (db) => (await db.query<{ status: string }>(`SELECT status FROM "ArticleVariant" WHERE id = $1`, [variantId])).rows[0]!.status);
    expect(status).toBe("PUBLISHED");
    await Promise.all([editor.dispose(), reader.dispose()]);
  });
});
