import { expect, test } from "@playwright/test";
import { apiSession, newSignedInPage } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// An editor gives a translation to the translator with a due date; the
// translator is told on the dashboard home and finds it first in the queue,
// with its due date (overdue marked) and the number of words to translate.

const EDITOR = "editor@example.com";
const TRANSLATOR = "translator@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function ok(result: string): string {
  expect(result, result.slice(0, 400)).toContain('"ok":true');
  return result;
}
const field = (result: string, name: string) => new RegExp(`"${name}":"([^"]+)"`).exec(result)![1]!;

test("an assignment reaches the translator with its due date and word count", async ({ browser, baseURL }) => {
  const api = await apiSession(baseURL!, EDITOR);
  const author = await withDb(async (db) => (await db.query<{ id: string }>(`SELECT id FROM "Author" WHERE "deletedAt" IS NULL LIMIT 1`)).rows[0]!.id);
  const title = `Assigned piece ${run}`;
  const variantId = field(ok(await callAction(api, baseURL!, "createArticleAction", [{ locale: "en", title, debateId: null, authorIds: [author] }])), "variantId");
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Four more words here." }] }] };
  ok(await callAction(api, baseURL!, "saveVariantAction", [{ variantId, baseVersion: 1, title, slug: `assigned-${run}`, summary: "", body }]));

  const editor = await newSignedInPage(browser, "en", EDITOR);
  await editor.page.goto(`/en/dashboard/articles/${variantId}/languages`);
  const form = editor.page.getByTestId("assign-form");
  await form.locator(`select[name="locale"]`).selectOption("ar");
  await form.locator(`select[name="assigneeId"]`).selectOption({ label: "Tamar Translator" });
  await form.getByLabel("Due on").fill("2020-01-31");
  await form.getByLabel("Note for the translator").fill("For the newsletter");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(editor.page.getByTestId("work-assignment")).toContainText("Tamar Translator");

  const translator = await newSignedInPage(browser, "en", TRANSLATOR);
  await expect(translator.page.getByTestId("notice").filter({ hasText: title })).toBeVisible();
  await expect(translator.page.getByTestId("due-soon").filter({ hasText: title })).toContainText("Overdue");
  await translator.page.goto("/en/dashboard/translations");
  const row = translator.page.getByTestId("assigned-to-me").getByTestId("assignment-row").filter({ hasText: title });
  await expect(row).toHaveAttribute("data-overdue", "true");
  // The title (3 words with its token) and the text (4 words) to translate.
  await expect(row).toContainText("7 new words");
  await expect(row).toContainText("For the newsletter");
  await Promise.all([editor.context.close(), translator.context.close(), api.dispose()]);
});
