import { expect, type Page, test } from "@playwright/test";
import { apiSession, newSignedInPage } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// Linking language versions: an editor declares that two independently written
// articles are one work, after seeing what changes and choosing whose byline
// survives (and splits them again); readers' language switcher and hreflang
// alternates follow at once. A translator is offered only what they may link,
// and a direct POST for a language they do not work in changes nothing.

const EDITOR = "editor@example.com";
const TRANSLATOR = "translator@example.com"; // works in Arabic and Hebrew
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const doc = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** A published work of its own with one language version, written straight into the database. */
async function publishedWork(key: string, locale: string, title: string) {
  const id = `link-${run}-${key}`;
  const slug = `${key}-${run}`;
  await withDb(async (db) => {
    await db.query(`INSERT INTO "Article" (id, "sourceLocale", "updatedAt") VALUES ($1, $2, now())`, [id, locale]);
    await db.query(
      `INSERT INTO "ArticleVariant" (id, "articleId", locale, title, slug, summary, body, status, "publishAt", "publishedAt", "updatedAt")
       VALUES ($1, $1, $2, $3, $4, '', $5, 'PUBLISHED', now() - interval '1 hour', now() - interval '1 hour', now())`,
      [id, locale, title, slug, doc(title)],
    );
  });
  return { variantId: id, articleId: id, slug, title };
}

/** Gives a work its byline, so that linking it to another has something to lose. */
async function addAuthor(articleId: string, name: string) {
  await withDb(async (db) => {
    const id = `author-${run}-${articleId.slice(-6)}`;
    await db.query(`INSERT INTO "Author" (id, name, slug, "updatedAt") VALUES ($1, $2, $1, now())`, [id, name]);
    await db.query(`INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) VALUES ($1, $2, 0)`, [articleId, id]);
  });
}

const authorsOf = (articleId: string) =>
  withDb(async (db) => (await db.query<{ name: string }>(`SELECT au.name FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId" WHERE aa."articleId" = $1 ORDER BY position`, [articleId])).rows.map((r) => r.name));

const articleOf = (variantId: string) =>
  withDb(async (db) => (await db.query<{ articleId: string }>(`SELECT "articleId" FROM "ArticleVariant" WHERE id = $1`, [variantId])).rows[0]?.articleId);

async function switchToSpanish(reader: Page, enSlug: string) {
  await reader.goto(`/en/articles/${enSlug}`);
  await reader.getByTestId("locale-switcher").getByRole("link", { name: "Español" }).click();
  await reader.waitForURL(/\/es\/articles\//);
}

/** The switcher names only the languages an article is in; the Spanish URL answers "not available". */
async function expectNoSpanish(reader: Page, enSlug: string) {
  await reader.goto(`/en/articles/${enSlug}`);
  await expect(reader.getByTestId("locale-switcher").getByRole("link", { name: "Español" })).toHaveCount(0);
  await reader.goto(`/es/articles/${enSlug}`);
  await expect(reader.getByTestId("article-unavailable")).toBeVisible();
}

test.describe("linking language versions", () => {
  test("an editor links two independently written articles, readers switch between them, then the editor unlinks them", async ({ browser }, testInfo) => {
    // A long journey (two sessions, a dozen page loads): more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const en = await publishedWork("en", "en", `Independent voices ${run}`);
    const es = await publishedWork("es", "es", `Voces independientes ${run}`);
    const esOther = await publishedWork("es2", "es", `Otra crónica ${run}`);
    await addAuthor(en.articleId, "Ana Autora");

    // Before: two separate works, so the switcher offers no Spanish, and the Spanish URL says there is none.
    const reader = await browser.newPage();
    await expectNoSpanish(reader, en.slug);

    const { page } = await newSignedInPage(browser, "en", EDITOR);
    // From the article's editor to its language versions.
    await page.goto(`/en/dashboard/articles/${en.variantId}`);
    await page.getByTestId("language-versions-link").click();
    await expect(page).toHaveURL(new RegExp(`/en/dashboard/articles/${en.variantId}/languages$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Language versions");
    const rows = page.getByTestId("language-version");
    await expect(rows).toHaveCount(1);
    // The only version cannot be unlinked, and the page says why.
    await expect(page.getByTestId("unlink-en")).toBeDisabled();
    await expect(page.getByText("The only version of this article")).toBeVisible();

    // Found by its Spanish title, with its languages.
    await page.getByTestId("link-search-input").fill("Voces independientes");
    const candidate = page.getByTestId("link-candidate").filter({ hasText: es.title });
    await expect(candidate).toContainText("Español");
    await testInfo.attach("link-search.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    // Linking asks first: both bylines side by side, and whose shared fields both keep.
    await candidate.getByTestId("link-candidate-button").click();
    const confirm = candidate.getByTestId("link-confirm");
    await expect(confirm).toContainText("Ana Autora");
    await expect(confirm.getByTestId("link-keep-other")).toContainText("This article's versions lose: the authors.");
    await expect(confirm.getByTestId("link-keep-other")).toContainText("Readers will see the change in the published versions in: English.");
    await expect(confirm.getByTestId("link-confirm-button")).toBeDisabled();
    expect(await articleOf(es.variantId)).toBe(es.articleId);
    await confirm.getByTestId("link-keep-this").getByRole("radio").check();
    await confirm.getByTestId("link-confirm-button").click();
    await expect(page.getByTestId("link-done")).toHaveText("Linked. Versions added to this article: Spanish.");
    await expect(rows).toHaveCount(2);
    await expect(page.locator('[data-testid="language-version"][data-locale="es"]')).toContainText(es.title);
    expect(await articleOf(es.variantId)).toBe(en.articleId);
    // The kept byline is the English article's; the Spanish one's is dropped.
    expect(await authorsOf(en.articleId)).toEqual(["Ana Autora"]);

    // A second Spanish article cannot join: it says why, and offers no link.
    await page.getByTestId("link-search-input").fill("Otra crónica");
    const clash = page.getByTestId("link-candidate").filter({ hasText: esOther.title });
    await expect(clash.getByTestId("link-refusal")).toHaveText("Cannot be linked: both articles have a version in these languages: Spanish.");
    await expect(clash.getByTestId("link-candidate-button")).toHaveCount(0);
    expect(await articleOf(esOther.variantId)).toBe(esOther.articleId);
    await expect(rows).toHaveCount(2);

    // Readers: the English article now offers its Spanish version, at once.
    await reader.goto(`/en/articles/${en.slug}`);
    await expect(reader.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", new RegExp(`/es/articles/${es.slug}$`));
    await switchToSpanish(reader, en.slug);
    await expect(reader).toHaveURL(new RegExp(`/es/articles/${es.slug}$`));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(es.title);

    // The editor splits the Spanish version off again.
    await page.getByTestId("unlink-es").click();
    await expect(page.getByTestId("unlink-confirm-es")).toContainText("Split the Spanish version off");
    await page.getByTestId("unlink-yes-es").click();
    await expect(page.getByTestId("unlink-done")).toHaveText("The Spanish version is now an article of its own.");
    await expect(rows).toHaveCount(1);
    expect(await articleOf(es.variantId)).not.toBe(en.articleId);

    // Readers: the switcher no longer leads to it, nor do the alternates.
    await reader.goto(`/en/articles/${en.slug}`);
    await expect(reader.locator('link[rel="alternate"][hreflang="es"]')).toHaveCount(0);
    await expectNoSpanish(reader, en.slug);
    // The Spanish article still stands on its own.
    await reader.goto(`/es/articles/${es.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(es.title);
  });

  test("a translator links versions in their own languages (Arabic dashboard, right-to-left), and a direct POST for a language they do not work in changes nothing", async ({ browser, baseURL }) => {
    const ar = await publishedWork("ar", "ar", `أصوات مستقلة ${run}`);
    const he = await publishedWork("he", "he", `קולות עצמאיים ${run}`);
    const en = await publishedWork("en-t", "en", `Translator cannot link ${run}`);
    const translator = await apiSession(baseURL!, TRANSLATOR);

    // Refused with the reason, whichever side's shared fields they ask to keep; and a link without that choice is invalid.
    for (const keep of ["this", "other"]) {
      const refused = await callAction(translator, baseURL!, "linkArticlesAction", [{ variantId: ar.variantId, otherVariantId: en.variantId, keep }]);
      expect(refused).toContain('"error":"linkOtherLanguages"');
      const reversed = await callAction(translator, baseURL!, "linkArticlesAction", [{ variantId: en.variantId, otherVariantId: ar.variantId, keep }]);
      expect(reversed).toContain('"error":"linkOtherLanguages"');
    }
    const unchosen = await callAction(translator, baseURL!, "linkArticlesAction", [{ variantId: ar.variantId, otherVariantId: he.variantId }]);
    expect(unchosen).toContain('"error":"validation"');
    const unlink = await callAction(translator, baseURL!, "unlinkVariantAction", [{ variantId: en.variantId }]);
    expect(unlink).not.toContain('"ok":true');
    expect(await articleOf(ar.variantId)).toBe(ar.articleId);
    expect(await articleOf(en.variantId)).toBe(en.articleId);
    const audited = await withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'translation.link' AND "entityId" IN ($1, $2)`, [ar.articleId, en.articleId])).rows[0].n);
    expect(audited).toBe(0);

    await translator.dispose();

    // Arabic and Hebrew are theirs: allowed, from the page, in an Arabic dashboard.
    const { page } = await newSignedInPage(browser, "ar", TRANSLATOR);
    await page.goto(`/ar/dashboard/articles/${ar.variantId}/languages`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The English article is not theirs to link: offered no button, told why.
    await page.getByTestId("link-search-input").fill("Translator cannot link");
    const foreign = page.getByTestId("link-candidate").filter({ hasText: en.title });
    await expect(foreign.getByTestId("link-refusal")).toHaveAttribute("data-reason", "linkOtherLanguages");
    await expect(foreign.getByTestId("link-candidate-button")).toHaveCount(0);
    await page.getByTestId("link-search-input").fill("קולות עצמאיים");
    const candidate = page.getByTestId("link-candidate").filter({ hasText: he.title });
    await expect(candidate.locator(`bdi[dir="rtl"][lang="he"]`)).toHaveText(he.title);
    await candidate.getByTestId("link-candidate-button").click();
    // Neither has authors, a debate or an image: nothing is lost, so there is nothing to choose.
    await expect(candidate.getByTestId("link-nothing-lost")).toBeVisible();
    await candidate.getByTestId("link-confirm-button").click();
    await expect(page.getByTestId("link-done")).toBeVisible();
    await expect(page.getByTestId("language-version")).toHaveCount(2);
    expect(await articleOf(he.variantId)).toBe(ar.articleId);

    // The English article is not theirs to edit, but they can read its text.
    await page.goto(`/ar/dashboard/articles/${en.variantId}`);
    await expect(page.getByTestId("read-only-version").locator('[lang="en"]')).toHaveAttribute("dir", "ltr");
    await expect(page.getByTestId("read-only-body")).toHaveText(en.title);
  });
});
