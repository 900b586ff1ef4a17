import { expect, type Page, test } from "@playwright/test";
import { newSignedInPage } from "./support/auth";

// Issue 17, point 4: the shared fields (authors, debate, image credit) save
// themselves like the text, with the same rule for two people at once, and
// leaving before they are saved asks first.

async function newArticle(page: Page) {
  await page.goto("/en/dashboard/articles/new");
  // Not filed under the demo debate (the form's default): its page keeps the seeded list other specs count.
  await page.getByTestId("new-article-form").locator('select[name="debateId"]').selectOption("");
  await page.getByTestId("new-article-form").locator('input[name="title"]').fill(`Shared fields ${Date.now()}`);
  await page.getByTestId("new-article-form").getByRole("button").click();
  await expect(page.getByTestId("article-editor")).toBeVisible();
  return page.url();
}

const sharedSaved = (page: Page) => expect(page.getByTestId("shared-save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

test("an author added without 'Save shared fields' is saved, and another window's older view cannot overwrite it", async ({ browser }) => {
  const first = await newSignedInPage(browser, "en", "editor@example.com");
  const url = await newArticle(first.page);
  const second = await newSignedInPage(browser, "en", "admin@example.com");
  await second.page.goto(url);
  await expect(second.page.getByTestId("shared-fields")).toBeVisible();

  await first.page.getByTestId("author-search").fill("Mona");
  await first.page.getByTestId("author-results").getByRole("button", { name: "Mona Younis" }).click();
  await expect(first.page.getByTestId("shared-save-state")).not.toHaveAttribute("data-state", "saved");
  await sharedSaved(first.page);
  await first.page.reload();
  await expect(first.page.getByTestId("author-list")).toContainText("Mona Younis");
  // Publishing counts it.
  await expect(first.page.getByTestId("publish-checklist").locator('[data-requirement="authors"]')).toHaveAttribute("data-done", "true");

  // The second window still shows no author: its change is refused, saying why, and the author stays.
  await second.page.getByLabel("Image credit").fill("Photo: somebody");
  await expect(second.page.getByTestId("shared-fields").getByRole("alert")).toContainText("Someone else changed the shared fields", { timeout: 15_000 });
  await first.page.reload();
  await expect(first.page.getByTestId("author-list")).toContainText("Mona Younis");
  await expect(first.page.getByLabel("Image credit")).toHaveValue("");
  await first.context.close();
  await second.context.close();
});

test("leaving with a shared field not yet saved asks first", async ({ browser }) => {
  const { page, context } = await newSignedInPage(browser, "en", "editor@example.com");
  await newArticle(page);
  await page.getByLabel("Image credit").click();
  await page.keyboard.type("Photo: a photographer");
  const dialog = new Promise<string>((resolve) => page.once("dialog", (d) => (resolve(d.type()), void d.dismiss())));
  void page.goto("/en/dashboard").catch(() => undefined);
  expect(await dialog).toBe("beforeunload");
  await sharedSaved(page);
  await context.close();
});
