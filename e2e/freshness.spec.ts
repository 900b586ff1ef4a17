import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { apiSession } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// "Publish" returns, and the very next reader of every page showing the change
// gets it: the debate page, the article in each language, and where the language
// switcher of the English article leads (/ar/articles/<english-slug>) — after a
// publish, a link and an unlink. Every page is read (twice: Next's cache and
// the server's memory both hold it) just before the change, as a busy site's are.

const EDITOR = "editor@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const enc = encodeURIComponent;

function ok(result: string): string {
  expect(result, result.slice(0, 400)).toContain('"ok":true');
  return result;
}
const field = (result: string, name: string) => new RegExp(`"${name}":"([^"]+)"`).exec(result)![1]!;
const version = (result: string) => Number(/"version":(\d+)/.exec(result)![1]);

/** A reader: no cookies of staff, every request a new one over HTTP. */
async function readerOf(baseURL: string) {
  const reader = await playwrightRequest.newContext({ baseURL });
  const get = async (path: string) => {
    const r = await reader.get(path, { maxRedirects: 0 });
    return { status: r.status(), location: r.headers().location ?? "", body: await r.text(), cache: `${r.headers()["x-page-cache"]}/${r.headers()["x-nextjs-cache"]}` };
  };
  return { reader, get };
}

/** Reads each page twice: now cached by Next and by the server's memory. */
async function warm(get: (path: string) => Promise<{ status: number }>, paths: string[]) {
  for (const path of paths) for (let i = 0; i < 2; i++) await get(path);
}

async function fixture() {
  return withDb(async (db) => {
    const debate = await db.query<{ id: string; en: string; ar: string }>(
      `SELECT d.id, en.slug AS en, ar.slug AS ar FROM "Debate" d
         JOIN "DebateTranslation" en ON en."debateId" = d.id AND en.locale = 'en'
         JOIN "DebateTranslation" ar ON ar."debateId" = d.id AND ar.locale = 'ar'
       WHERE d.status = 'PUBLISHED' AND d."deletedAt" IS NULL ORDER BY d."createdAt" LIMIT 1`,
    );
    const author = await db.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Author" WHERE "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`);
    return { debate: debate.rows[0]!, authorId: author.rows[0]!.id, authorSlug: author.rows[0]!.slug };
  });
}

/** A new article in one language, written and published through the server actions, as the editor's buttons do. */
async function publishNew(editor: APIRequestContext, baseURL: string, input: { locale: string; title: string; slug: string; debateId: string; authorId: string }) {
  const created = ok(await callAction(editor, baseURL, "createArticleAction", [{ locale: input.locale, title: input.title, debateId: input.debateId, authorIds: [input.authorId] }]));
  const variantId = field(created, "variantId");
  const saved = ok(await callAction(editor, baseURL, "saveVariantAction", [{ variantId, baseVersion: 1, title: input.title, slug: input.slug, summary: `${input.title}.`, body: doc(input.title) }]));
  return { variantId, version: version(saved) };
}

async function publish(editor: APIRequestContext, baseURL: string, variantId: string, baseVersion: number) {
  ok(await callAction(editor, baseURL, "transitionVariantAction", [{ variantId, baseVersion, transition: "publish" }]));
}

test.describe("readers see a change with their very next request", () => {
  test.describe.configure({ mode: "serial" });

  test("a publish: the debate page, the article in its language and the switcher's target in another", async ({ baseURL }) => {
    const { debate, authorId, authorSlug } = await fixture();
    const editor = await apiSession(baseURL!, EDITOR);
    const { get, reader } = await readerOf(baseURL!);
    const title = `Fresh from the press ${run}`;
    const slug = `fresh-${run}`;
    const { variantId, version } = await publishNew(editor, baseURL!, { locale: "en", title, slug, debateId: debate.id, authorId });

    const enDebate = `/en/debates/${enc(debate.en)}`;
    const arDebate = `/ar/debates/${enc(debate.ar)}`;
    const pages = [enDebate, arDebate, "/en", `/en/articles/${slug}`, `/ar/articles/${slug}`, `/en/authors/${enc(authorSlug)}`, "/en/feed.xml", `/en/debates/${enc(debate.en)}/feed.xml`, "/sitemap.xml"];
    await warm(get, pages);
    expect((await get(enDebate)).body).not.toContain(title);

    await publish(editor, baseURL!, variantId, version);

    const debatePage = await get(enDebate);
    expect(debatePage.body, `debate page (${debatePage.cache})`).toContain(title);
    const article = await get(`/en/articles/${slug}`);
    expect([article.status, article.cache]).toEqual([200, expect.any(String)]);
    expect(article.body).toContain(title);
    // In Arabic: listed on the Arabic debate page (in English), and the switcher's target says it is in English only.
    expect((await get(arDebate)).body, "Arabic debate page").toContain(title);
    const unavailable = await get(`/ar/articles/${slug}`);
    expect([unavailable.status, unavailable.body.includes('data-testid="article-unavailable"')]).toEqual([200, true]);
    expect((await get("/en")).body, "home page").toContain(title);
    expect((await get(`/en/authors/${enc(authorSlug)}`)).body, "author page").toContain(title);
    expect((await get("/en/feed.xml")).body, "site feed").toContain(title);
    expect((await get(`/en/debates/${enc(debate.en)}/feed.xml`)).body, "debate feed").toContain(title);
    expect((await get("/sitemap.xml")).body, "sitemap").toContain(`/en/articles/${slug}<`);
    await Promise.all([editor.dispose(), reader.dispose()]);
  });

  test("an Arabic translation published, then linked and unlinked: the English article's switcher and both debate pages follow at once", async ({ browser, baseURL }) => {
    const { debate, authorId } = await fixture();
    const editor = await apiSession(baseURL!, EDITOR);
    const { get, reader } = await readerOf(baseURL!);
    const enTitle = `Source text ${run}`;
    const enSlug = `source-${run}`;
    const en = await publishNew(editor, baseURL!, { locale: "en", title: enTitle, slug: enSlug, debateId: debate.id, authorId });
    await publish(editor, baseURL!, en.variantId, en.version);

    // Translated into Arabic and published.
    const arTitle = `ترجمة ${run}`;
    const arSlug = `ترجمة-${run}`;
    const started = ok(await callAction(editor, baseURL!, "startTranslationAction", [{ sourceVariantId: en.variantId, locale: "ar" }]));
    const arVariantId = field(started, "variantId");
    const saved = ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId: arVariantId, baseVersion: 1, title: arTitle, slug: arSlug, summary: "ملخص.", body: doc(arTitle) }]));
    const enPage = `/en/articles/${enSlug}`;
    const switcherTarget = `/ar/articles/${enc(enSlug)}`;
    const arDebate = `/ar/debates/${enc(debate.ar)}`;
    await warm(get, [enPage, switcherTarget, arDebate]);
    expect((await get(switcherTarget)).body).toContain('data-testid="article-unavailable"');

    await publish(editor, baseURL!, arVariantId, version(saved));

    // A reader in a browser clicks "العربية" on the English article and lands on the Arabic one.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(enPage);
    await page.getByTestId("locale-switcher").getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${enc(arSlug)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(arTitle);
    await context.close();
    expect((await get(arDebate)).body, "Arabic debate page").toContain(arTitle);

    // Unlinked: the English article is in English only again, at once.
    await warm(get, [enPage, switcherTarget, `/ar/articles/${enc(arSlug)}`, arDebate]);
    ok(await callAction(editor, baseURL!, "unlinkVariantAction", [{ variantId: arVariantId }]));
    const afterUnlink = await get(switcherTarget);
    expect([afterUnlink.status, afterUnlink.body.includes('data-testid="article-unavailable"')], `after unlink (${afterUnlink.cache})`).toEqual([200, true]);
    expect((await get(enPage)).body).not.toContain(`/ar/articles/${enc(arSlug)}`);

    // Linked again (keeping the English work's shared fields): the switcher's target leads to the Arabic version at once.
    await warm(get, [enPage, switcherTarget, `/ar/articles/${enc(arSlug)}`]);
    ok(await callAction(editor, baseURL!, "linkArticlesAction", [{ variantId: en.variantId, otherVariantId: arVariantId, keep: "this" }]));
    const afterLink = await get(switcherTarget);
    expect([afterLink.status, decodeURIComponent(afterLink.location.split(", ")[0]!)], `after link (${afterLink.cache})`).toEqual([308, `/ar/articles/${arSlug}`]);
    expect((await get(enPage)).body).toContain(`/ar/articles/${enc(arSlug)}`);
    await Promise.all([editor.dispose(), reader.dispose()]);
  });
});
