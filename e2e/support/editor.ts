import { expect, type Page } from "@playwright/test";

/** A new article from the dashboard's form (in `locale`, no debate), on its editor page; returns that page's URL. */
export async function createArticle(page: Page, title: string, locale = "en"): Promise<string> {
  await page.goto("/en/dashboard/articles/new");
  const form = page.getByTestId("new-article-form");
  await form.locator('select[name="locale"]').selectOption(locale);
  // Not filed under the demo debate (the form's default): its page keeps the seeded list other specs count.
  await form.locator('select[name="debateId"]').selectOption("");
  await form.locator('input[name="title"]').fill(title);
  await form.getByRole("button").click();
  await expect(page.getByTestId("article-editor")).toBeVisible();
  return page.url();
}

/** Until the editor says its text is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}
