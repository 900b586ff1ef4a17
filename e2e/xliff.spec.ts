import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { apiSession, newSignedInPage } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// The agency journey in a browser: a debate downloaded as XLIFF from the
// dashboard, translated by a script standing in for a CAT tool (a <target> per
// unit, codes kept, attributes reordered, re-indented), brought back through the
// import form — the Arabic drafts exist, right to left, with the bold and the
// link where the translator put them; a unit whose source changed meanwhile is
// flagged.

const EDITOR = "editor@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function ok(result: string): string {
  expect(result, result.slice(0, 400)).toContain('"ok":true');
  return result;
}
const field = (result: string, name: string) => new RegExp(`"${name}":"([^"]+)"`).exec(result)![1]!;
const version = (result: string) => Number(/"version":(\d+)/.exec(result)![1]);

/** The CAT tool: each unit's source turned into an Arabic target, inline codes and their ids kept. */
function catTool(xml: string): string {
  let n = 0;
  return xml.replace(/<unit id="([^"]+)">([\s\S]*?)<segment><source>([\s\S]*?)<\/source><\/segment>/g, (_all, id: string, middle: string, source: string) => {
    if (id === "slug") return `<unit id="${id}">${middle}<segment><source>${source}</source></segment>`;
    const target = source.replace(/>([^<]+)</g, () => `>ترجمة ${++n}<`).replace(/^([^<]+)/, () => `ترجمة ${++n}`);
    return `<unit id="${id}">${middle}<segment state="translated">\n  <source>${source}</source>\n  <target>${target}</target>\n</segment>`;
  });
}

test("a debate goes out as XLIFF and comes back as Arabic drafts with their marks", async ({ browser, baseURL }) => {
  const editor = await apiSession(baseURL!, EDITOR);
  const debate = ok(await callAction(editor, baseURL!, "createDebateAction", [{ locale: "en", title: `Agency debate ${run}`, intro: "An introduction." }]));
  const debateId = field(debate, "debateId");
  const author = await withDb(async (db) => (await db.query<{ id: string }>(`SELECT id FROM "Author" WHERE "deletedAt" IS NULL LIMIT 1`)).rows[0]!.id);
  const created = ok(await callAction(editor, baseURL!, "createArticleAction", [{ locale: "en", title: `Agency article ${run}`, debateId, authorIds: [author] }]));
  const variantId = field(created, "variantId");
  const body = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Rights are " }, { type: "text", text: "universal", marks: [{ type: "bold" }] }, { type: "text", text: "." }] },
      { type: "paragraph", content: [{ type: "text", text: "Read the " }, { type: "text", text: "charter", marks: [{ type: "link", attrs: { href: "https://example.org/charter" } }] }] },
      { type: "paragraph", content: [{ type: "text", text: "A paragraph that will change." }] },
    ],
  };
  const saved = ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId, baseVersion: 1, title: `Agency article ${run}`, slug: `agency-${run}`, summary: "Standfirst.", body }]));

  const { context, page } = await newSignedInPage(browser, "en", EDITOR);
  await page.goto("/en/dashboard/translations");
  await page.getByRole("link", { name: "Files for translation agencies" }).click();
  const exportForm = page.getByTestId("xliff-export-form");
  await exportForm.getByLabel("Debate (its texts and all its articles)").selectOption(debateId);
  await exportForm.getByLabel("Into").selectOption("ar");
  const [download] = await Promise.all([page.waitForEvent("download"), exportForm.getByRole("button", { name: "Download XLIFF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.en-ar\.xlf$/);
  const xml = await readFile((await download.path())!, "utf8");
  expect(xml).toContain(`<file id="variant:${variantId}"`);

  // Meanwhile the author changes the third paragraph.
  const changed = { ...body, content: [...body.content.slice(0, 2), { type: "paragraph", content: [{ type: "text", text: "A paragraph that changed." }] }] };
  ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId, baseVersion: version(saved), title: `Agency article ${run}`, slug: `agency-${run}`, summary: "Standfirst.", body: changed }]));

  const importForm = page.getByTestId("xliff-import-form");
  await importForm.getByLabel("Translated XLIFF file").setInputFiles({ name: "back.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(catTool(xml)) });
  await importForm.getByRole("button", { name: "Import" }).click();
  const report = page.getByTestId("xliff-report");
  await expect(report.getByTestId("xliff-report-row")).toHaveCount(2);
  const articleRow = report.getByTestId("xliff-report-row").filter({ hasText: "ترجمة" }).filter({ has: page.locator('a[href*="/dashboard/articles/"]') });
  await expect(articleRow).toHaveAttribute("data-outcome", "created");
  await expect(articleRow).toContainText("b3");

  // The Arabic draft: right to left, bold and link in place, the changed paragraph left to translate.
  await articleRow.getByRole("link").click();
  const editorBody = page.locator(".ProseMirror");
  await expect(editorBody).toBeVisible();
  await expect(page.locator('[lang="ar"][dir="rtl"]').first()).toBeVisible();
  await expect(editorBody.locator("strong")).toHaveText(/ترجمة/);
  await expect(editorBody.locator('a[href="https://example.org/charter"]')).toHaveText(/ترجمة/);
  await expect(editorBody).not.toContainText("changed");
  const ar = await withDb(async (db) => (await db.query<{ status: string; locale: string }>(`SELECT v.status, v.locale FROM "ArticleVariant" v JOIN "ArticleVariant" s ON s."articleId" = v."articleId" WHERE s.id = $1 AND v.locale = 'ar'`, [variantId])).rows[0]);
  expect(ar).toEqual({ status: "DRAFT", locale: "ar" });
  await Promise.all([context.close(), editor.dispose()]);
});
