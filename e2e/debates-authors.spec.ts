import { expect, test } from "@playwright/test";
import { apiSession, newSignedInPage } from "./support/auth";
import { callAction } from "./support/server-actions";

// Debates and authors in the dashboard, and the audit log: an editor writes a
// debate with an Arabic translation (typed right-to-left) and publishes it for
// readers; an author with an English bio; a translator edits the Arabic text
// but cannot publish, not even by POSTing the action directly; the admin finds
// the publish event in the audit log.

const ADMIN = "admin@example.com";
const EDITOR = "editor@example.com";
const TRANSLATOR = "translator@example.com";
// Production pages render on first visit; the journeys are long.
test.describe.configure({ timeout: 120_000 });

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;






test("an editor creates a debate with an Arabic translation (right-to-left), publishes it, readers see it; the admin finds the publish in the audit log", async ({ browser, page: reader }) => {
  const title = `Rights across borders ${run}`;
  const arabicTitle = `حقوق عبر الحدود ${run}`;
  const editor = await newSignedInPage(browser, "en", EDITOR);
  await editor.page.getByRole("navigation", { name: "Dashboard navigation" }).getByRole("link", { name: "Debates" }).click();
  await editor.page.getByRole("link", { name: "New debate" }).click();
  const create = editor.page.getByTestId("create-debate-form");
  await create.getByLabel("Title", { exact: true }).fill(title);
  await create.getByLabel("Subtitle", { exact: true }).fill("Why, how, and at what cost?");
  await create.getByLabel("Introduction", { exact: true }).fill("An introduction in English.");
  await create.getByRole("button", { name: "Create debate" }).click();
  await expect(editor.page).toHaveURL(/\/en\/dashboard\/debates\/(?!new$)[a-z0-9]+$/);
  const debateId = editor.page.url().split("/").pop()!;

  // The Arabic section: every field is Arabic, right-to-left, in an English dashboard.
  const arabic = editor.page.getByTestId("debate-translation-ar");
  await expect(arabic).toHaveAttribute("data-state", "missing");
  for (const name of ["title", "subtitle", "intro", "slug"]) {
    await expect(arabic.locator(`[name="${name}"]`)).toHaveAttribute("dir", "rtl");
    await expect(arabic.locator(`[name="${name}"]`)).toHaveAttribute("lang", "ar");
  }
  await expect(editor.page.locator("html")).toHaveAttribute("dir", "ltr");
  await arabic.getByLabel("Title", { exact: true }).fill(arabicTitle);
  await arabic.getByLabel("Introduction", { exact: true }).fill("مقدمة بالعربية.");
  await arabic.getByRole("button", { name: "Save" }).click();
  await expect(arabic.getByRole("status")).toHaveText("Saved.");
  await expect(arabic).toHaveAttribute("data-state", "current");
  const arabicSlug = await arabic.locator('[name="slug"]').inputValue();
  expect(arabicSlug).toBe(`حقوق-عبر-الحدود-${run}`);

  // Not public before it is published.
  expect((await reader.goto(`/ar/debates/${encodeURIComponent(arabicSlug)}`))!.status()).toBe(404);
  await editor.page.getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.getByTestId("debate-status")).toHaveText("Status: Published");

  const response = await reader.goto(`/ar/debates/${encodeURIComponent(arabicSlug)}`);
  expect(response!.status()).toBe(200);
  await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(arabicTitle);
  await editor.context.close();

  // The admin filters the audit log by action and sees this publish.
  const admin = await newSignedInPage(browser, "en", ADMIN);
  await admin.page.getByRole("navigation", { name: "Dashboard navigation" }).getByRole("link", { name: "Audit log" }).click();
  const filters = admin.page.getByTestId("audit-filters");
  await filters.locator('select[name="action"]').selectOption("debate.publish");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(admin.page).toHaveURL(/action=debate\.publish/);
  const rows = admin.page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  for (const action of await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-action")))) expect(action).toBe("debate.publish");
  const ours = rows.filter({ has: admin.page.locator(`a[href="/en/dashboard/debates/${debateId}"]`) });
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText("Debate published");
  await expect(ours).toContainText("Eddie Editor");
  await admin.context.close();
});

test("an editor creates an author with an English bio; it is in the dashboard list", async ({ browser }) => {
  const name = `Nadia Author ${run}`;
  const { context, page } = await newSignedInPage(browser, "en", EDITOR);
  await page.goto("/en/dashboard/authors/new");
  await page.getByTestId("create-author-form").getByLabel("Name", { exact: true }).fill(name);
  await page.getByTestId("create-author-form").getByRole("button", { name: "Create author" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/authors\/(?!new$)[a-z0-9]+$/);
  const english = page.getByTestId("author-bio-en");
  await english.locator('textarea[name="bio"]').fill("Nadia writes about refugees' rights.");
  await english.getByRole("button", { name: "Save" }).click();
  await expect(english.getByRole("status")).toHaveText("Saved.");
  await expect(english).toHaveAttribute("data-state", "source");
  await expect(page.getByTestId("author-bio-he").locator('textarea[name="bio"]')).toHaveAttribute("dir", "rtl");

  await page.goto(`/en/dashboard/authors?q=${encodeURIComponent(run)}`);
  await expect(page.getByTestId("authors-table")).toContainText(name);
  // A duplicate slug is refused next to the field.
  await page.goto("/en/dashboard/authors/new");
  const form = page.getByTestId("create-author-form");
  await form.getByLabel("Name", { exact: true }).fill("Someone else");
  await form.locator('input[name="slug"]').fill(`nadia-author-${run}`);
  await form.getByRole("button", { name: "Create author" }).click();
  await expect(form.locator("#author-slug-error")).toHaveText("Another author already uses this slug.");
  await context.close();
});

test("a translator (ar) edits the Arabic text but sees no publish button, and a direct POST of the publish action changes nothing", async ({ browser, baseURL }) => {
  const editorApi = await apiSession(baseURL!, EDITOR);
  const created = await callAction(editorApi, baseURL!, "createDebateAction", [{ locale: "en", title: `Translator test ${run}` }]);
  expect(created).toContain('"ok":true');
  const debateId = /"debateId":"([a-z0-9]+)"/.exec(created)![1]!;
  const slug = /"slug":"([^"]+)"/.exec(created)![1]!;
  await editorApi.dispose();

  const translator = await newSignedInPage(browser, "en", TRANSLATOR);
  await translator.page.goto(`/en/dashboard/debates/${debateId}`);
  await expect(translator.page.getByTestId("debate-status")).toHaveText("Status: Draft");
  await expect(translator.page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(translator.page.getByRole("button", { name: "Move to trash" })).toHaveCount(0);
  // English is read-only for them; Arabic is theirs.
  await expect(translator.page.getByTestId("debate-translation-en").getByRole("button", { name: "Save" })).toHaveCount(0);
  const arabic = translator.page.getByTestId("debate-translation-ar");
  await arabic.getByLabel("Title", { exact: true }).fill(`نص المترجم ${run}`);
  await arabic.getByRole("button", { name: "Save" }).click();
  await expect(arabic.getByRole("status")).toHaveText("Saved.");

  const api = await apiSession(baseURL!, TRANSLATOR);
  const publish = await callAction(api, baseURL!, "setDebateStatusAction", [{ debateId, status: "PUBLISHED" }]);
  expect(publish).toContain('"error":"forbidden"');
  const trash = await callAction(api, baseURL!, "setDebateTrashedAction", [{ debateId, trashed: true }]);
  expect(trash).toContain('"error":"forbidden"');
  const english = await callAction(api, baseURL!, "saveDebateTranslationAction", [{ debateId, locale: "en", title: "Hijacked" }]);
  expect(english).toContain('"error":"forbidden"');
  await api.dispose();

  await translator.page.reload();
  await expect(translator.page.getByTestId("debate-status")).toHaveText("Status: Draft");
  await expect(translator.page.getByTestId("debate-translation-en").getByLabel("Title", { exact: true })).toHaveValue(`Translator test ${run}`);
  expect((await translator.page.goto(`/en/debates/${slug}`))!.status()).toBe(404);
  // And the audit log is not theirs to read.
  expect((await translator.page.goto("/en/dashboard/audit"))!.status()).toBe(403);
  await translator.context.close();
});
