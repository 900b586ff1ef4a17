import { expect, test } from "@playwright/test";
import { apiSession, newSignedInPage } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// The side-by-side editor's aids: a paragraph translated and published once is
// offered again (translation memory, with its score) and inserted in one click;
// the glossary's terms of a source paragraph are shown with their rendering,
// and a translated paragraph that misses one is flagged until it renders it.

const EDITOR = "editor@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const doc = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

function ok(result: string): string {
  expect(result, result.slice(0, 400)).toContain('"ok":true');
  return result;
}
const field = (result: string, name: string) => new RegExp(`"${name}":"([^"]+)"`).exec(result)![1]!;
const version = (result: string) => Number(/"version":(\d+)/.exec(result)![1]);

test("a remembered translation is offered and inserted; glossary terms are shown", async ({ browser, baseURL }) => {
  const editor = await apiSession(baseURL!, EDITOR);
  const author = await withDb(async (db) => (await db.query<{ id: string }>(`SELECT id FROM "Author" WHERE "deletedAt" IS NULL LIMIT 1`)).rows[0]!.id);
  const paragraph = `Local organisations know their communities best ${run}.`;
  const arabic = `المنظمات المحلية أعرف بمجتمعاتها ${run}.`;
  const term = `communities${run}`;

  // Article A: its Arabic translation is published, so the pair is remembered.
  const a = field(ok(await callAction(editor, baseURL!, "createArticleAction", [{ locale: "en", title: `Memory A ${run}`, debateId: null, authorIds: [author] }])), "variantId");
  ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId: a, baseVersion: 1, title: `Memory A ${run}`, slug: `memory-a-${run}`, summary: "", body: doc(paragraph) }]));
  const aAr = field(ok(await callAction(editor, baseURL!, "startTranslationAction", [{ sourceVariantId: a, locale: "ar" }])), "variantId");
  const aArSaved = ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId: aAr, baseVersion: 1, title: `ذاكرة ${run}`, slug: `memory-a-ar-${run}`, summary: "", body: doc(arabic) }]));
  ok(await callAction(editor, baseURL!, "transitionVariantAction", [{ variantId: aAr, baseVersion: version(aArSaved), transition: "publish" }]));
  ok(await callAction(editor, baseURL!, "saveGlossaryTermAction", [{ sourceLocale: "en", targetLocale: "ar", term, translation: `مجتمعات${run}` }]));

  // Article B says the same, and a term of the glossary.
  const b = field(ok(await callAction(editor, baseURL!, "createArticleAction", [{ locale: "en", title: `Memory B ${run}`, debateId: null, authorIds: [author] }])), "variantId");
  ok(await callAction(editor, baseURL!, "saveVariantAction", [{ variantId: b, baseVersion: 1, title: `Memory B ${run}`, slug: `memory-b-${run}`, summary: "", body: doc(paragraph, `Listen to the ${term}.`) }]));
  const bAr = field(ok(await callAction(editor, baseURL!, "startTranslationAction", [{ sourceVariantId: b, locale: "ar" }])), "variantId");

  const { context, page } = await newSignedInPage(browser, "en", EDITOR);
  await page.goto(`/en/dashboard/articles/${bAr}`);
  const pane = page.getByTestId("source-pane");
  const match = pane.getByTestId("memory-match").first();
  await expect(match).toContainText("100%");
  await expect(match).toContainText(arabic);
  await expect(pane.getByTestId("glossary-terms")).toContainText(`مجتمعات${run}`);

  const body = page.getByTestId("editor-body");
  await body.locator("p").first().click();
  await match.getByRole("button", { name: "Insert" }).click();
  await expect(body.locator("p").first()).toHaveText(arabic);

  // The second paragraph written without the term's required rendering: flagged, until it is there.
  await body.locator("p").nth(1).click();
  await page.keyboard.type("استمعوا إلى الناس.");
  const misses = page.getByTestId("glossary-misses");
  await expect(misses).toContainText(`“${term}” should read “مجتمعات${run}” (paragraph 2)`);
  await page.keyboard.type(` مجتمعات${run}`);
  await expect(misses).toHaveCount(0);
  await Promise.all([context.close(), editor.dispose()]);
});
