import { expect, test } from "@playwright/test";
import { apiSession, newSignedInPage } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// The translator's workflow: the queue of missing and outdated translations,
// translating beside the source, an editor publishing, a reader switching.

test.describe("translating", () => {
  test.describe.configure({ timeout: 180_000 });

  test("an Arabic translator translates a missing article side by side; an editor publishes it; a reader switching from English lands on it", async ({ browser }, testInfo) => {
    const { context, page } = await newSignedInPage(browser, "ar", "translator@example.com");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    // The dashboard home counts what is missing; the queue lists it.
    await expect(page.getByTestId("translation-counts-ar").getByTestId("count-missing")).not.toHaveText("0");
    await page.getByTestId("translation-counts-ar").getByTestId("count-missing").click();
    await expect(page.getByTestId("queue-tab-missing")).toHaveAttribute("aria-current", "page");
    // A seeded article of the debate with no Arabic version (other tests work on articles of their own).
    const { sourceTitle, debateId } = await withDb(async (db) => {
      const { rows } = await db.query<{ sourceTitle: string; debateId: string }>(
        `SELECT en.title AS "sourceTitle", a."debateId" FROM "ArticleVariant" en JOIN "Article" a ON a.id = en."articleId"
         WHERE en.locale = 'en' AND a."sourceLocale" = 'en' AND en.status = 'PUBLISHED' AND a."debateId" IS NOT NULL AND a."deletedAt" IS NULL
           AND NOT EXISTS (SELECT 1 FROM "ArticleVariant" x WHERE x."articleId" = a.id AND x.locale = 'ar')
         ORDER BY en.title LIMIT 1`,
      );
      return rows[0]!;
    });
    await page.locator('select[name="debate"]').selectOption(debateId);
    await page.locator("form.filters button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`debate=${debateId}`));
    const row = page.getByTestId("queue-row").filter({ hasText: sourceTitle });
    await row.getByTestId("translate-into-ar").click();

    // Side by side: the English source, left-to-right, beside the Arabic draft, right-to-left.
    await expect(page.getByTestId("side-by-side")).toBeVisible();
    await expect(page).toHaveURL(/\/ar\/dashboard\/articles\/[a-z0-9]+$/);
    const variantId = page.url().split("/").pop()!;
    const sourcePane = page.getByTestId("source-pane");
    await expect(sourcePane.locator(".source-body")).toHaveAttribute("dir", "ltr");
    await expect(page.getByTestId("editor-body")).toHaveAttribute("dir", "rtl");
    await expect(page.locator(".source-title")).toHaveText(sourceTitle);

    const title = `ترجمة عربية ${Date.now()}`;
    await page.locator('input[name="title"]').fill(title);
    await page.getByTestId("slug-from-title").click();
    await expect(page.locator('input[name="slug"]')).toHaveValue(/^ترجمة-عربية-\d+$/);
    await page.locator('textarea[name="summary"]').fill("ملخص المقال بالعربية.");
    await page.getByTestId("editor-body").locator("p").first().click();
    await expect(page.getByTestId("editor-body")).toBeFocused();
    await page.keyboard.type("هذه هي الفقرة الأولى من الترجمة العربية.");
    await expect(page.getByTestId("editor-body")).toContainText("هذه هي الفقرة الأولى من الترجمة العربية.");
    await expect(page.getByTestId("translators")).toHaveValue("Tamar Translator");
    await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

    // Block by block: the first paragraph of each column starts at the same height.
    // (Where its content starts: the aligner pads the block that is behind.)
    const contentTop = (selector: string) =>
      page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + parseFloat(getComputedStyle(el).paddingTop));
    await expect
      .poll(async () => Math.abs((await contentTop(".source-block")) - (await contentTop('[data-testid="editor-body"] > *'))), { timeout: 10_000 })
      .toBeLessThan(2);
    await page.screenshot({ path: testInfo.outputPath("side-by-side-ar.png"), fullPage: true });
    await testInfo.attach("side-by-side-ar", { path: testInfo.outputPath("side-by-side-ar.png"), contentType: "image/png" });

    await page.getByTestId("transition-submit").click();
    await expect(page.getByTestId("variant-status")).toHaveText("قيد المراجعة");
    await context.close();

    // The translator may not publish; an editor does.
    const editor = await newSignedInPage(browser, "en", "editor@example.com");
    await editor.page.goto(`/en/dashboard/articles/${variantId}`);
    await editor.page.getByTestId("transition-publish").click();
    await expect(editor.page.getByTestId("variant-status")).toHaveText("Published");
    await editor.context.close();

    const englishSlug = await withDb(async (db) => {
      const { rows } = await db.query<{ slug: string }>(
        `SELECT en.slug FROM "ArticleVariant" en JOIN "ArticleVariant" ar ON ar."articleId" = en."articleId" WHERE ar.id = $1 AND en.locale = 'en'`,
        [variantId],
      );
      return rows[0]!.slug;
    });
    const reader = await browser.newPage();
    await reader.goto(`/en/articles/${englishSlug}`);
    await reader.getByTestId("locale-switcher").getByRole("link", { name: "العربية" }).click();
    await expect(reader).toHaveURL(/\/ar\/articles\//);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.locator("article")).toContainText("هذه هي الفقرة الأولى من الترجمة العربية.");
    await expect(reader.locator("article")).toContainText("Tamar Translator");
    await reader.close();
  });

  test("an editor's edit of the English source makes the Arabic translation outdated, with the changed paragraph highlighted, until it is marked up to date", async ({ browser }) => {
    // A seeded article translated into Arabic.
    const { en, ar } = await withDb(async (db) => {
      const { rows } = await db.query<{ en: string; ar: string }>(
        `SELECT en.id AS en, ar.id AS ar FROM "ArticleVariant" en
         JOIN "ArticleVariant" ar ON ar."articleId" = en."articleId" AND ar.locale = 'ar' AND ar."sourceRevisionId" IS NOT NULL
         WHERE en.locale = 'en' AND en.status = 'PUBLISHED' AND en."contentVersion" <= ar."sourceVersion"
         ORDER BY en.title DESC LIMIT 1`,
      );
      return rows[0]!;
    });
    const added = `A paragraph added by the editor at ${Date.now()}.`;
    const editor = await newSignedInPage(browser, "en", "editor@example.com");
    await editor.page.goto(`/en/dashboard/articles/${en}`);
    const body = editor.page.getByTestId("editor-body");
    await body.click();
    await expect(body).toBeFocused();
    await editor.page.keyboard.press("Control+End");
    await editor.page.keyboard.press("Enter");
    await editor.page.keyboard.type(added);
    await expect(body).toContainText(added);
    await expect(editor.page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
    // The source is live: the edit waits as unpublished changes until the editor publishes them ("Update").
    await expect(editor.page.getByTestId("pending-changes")).toHaveAttribute("data-pending", "true");
    await editor.page.getByTestId("publish-changes").click();
    await expect(editor.page.getByTestId("pending-notice")).toBeVisible();
    await expect(editor.page.getByTestId("pending-changes")).toHaveAttribute("data-pending", "false");
    await editor.context.close();

    const { context, page } = await newSignedInPage(browser, "ar", "translator@example.com");
    await page.goto("/ar/dashboard/translations?lang=ar&tab=outdated");
    const row = page.getByTestId("queue-row").filter({ has: page.locator(`a[href$="/articles/${ar}"]`) });
    await expect(row.getByTestId("changed-fields")).toContainText("النص");
    await row.getByTestId("open-translation").click();

    await expect(page.getByTestId("source-status")).toHaveAttribute("data-outdated", "true");
    await expect(page.getByTestId("source-change-body").getByTestId("text-diff").locator("ins")).toContainText(added);
    const changed = page.getByTestId("source-pane").locator(".source-block[data-changed]");
    await expect(changed).toHaveCount(1);
    await expect(changed).toHaveText(added);

    await page.getByTestId("mark-up-to-date").click();
    await expect(page.getByTestId("source-status")).toHaveAttribute("data-outdated", "false");
    await expect(page.getByTestId("source-pane").locator(".source-block[data-changed]")).toHaveCount(0);
    await page.goto("/ar/dashboard/translations?lang=ar&tab=outdated");
    await expect(page.locator(`a[href$="/articles/${ar}"]`)).toHaveCount(0);
    await context.close();
  });

  test("a translator for Arabic and Hebrew posting directly cannot create a French version or edit the English one", async ({ baseURL }) => {
    const source = await withDb(async (db) => {
      const { rows } = await db.query<{ id: string; version: number; title: string; articleId: string }>(
        `SELECT en.id, en.version, en.title, en."articleId" FROM "ArticleVariant" en
         WHERE en.locale = 'en' AND NOT EXISTS (SELECT 1 FROM "ArticleVariant" fr WHERE fr."articleId" = en."articleId" AND fr.locale = 'fr')
         ORDER BY en.title LIMIT 1`,
      );
      return rows[0]!;
    });
    const translator = await apiSession(baseURL!, "translator@example.com");
    const create = await callAction(translator, baseURL!, "startTranslationAction", [{ sourceVariantId: source.id, locale: "fr" }]);
    expect(create).toContain('"error":"forbidden"');
    const edit = await callAction(translator, baseURL!, "saveVariantAction", [
      { variantId: source.id, baseVersion: source.version, title: "Hijacked", slug: "", summary: "", body: { type: "doc", content: [{ type: "paragraph" }] } },
    ]);
    expect(edit).toContain('"error":"forbidden"');
    await translator.dispose();
    await withDb(async (db) => {
      const { rows } = await db.query(`SELECT locale, title, version FROM "ArticleVariant" WHERE "articleId" = $1 AND locale IN ('en', 'fr')`, [source.articleId]);
      expect(rows).toEqual([{ locale: "en", title: source.title, version: source.version }]);
    });
  });
});
