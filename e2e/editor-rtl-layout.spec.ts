import { expect, type Locator, type Page, test } from "@playwright/test";
import { newSignedInPage } from "./support/auth";

// An Arabic article edited in an English dashboard (issue 17, point 12): the
// content's fields are right-to-left, the dashboard's own words (labels,
// hints, toolbar) stay left-to-right; nothing is clipped or crammed; the
// toolbar's icons are drawn, the text area has a name, and the save status
// stays in sight while one types.

async function arabicArticle(page: Page) {
  await page.goto("/en/dashboard/articles/new");
  await page.getByTestId("new-article-form").locator('select[name="locale"]').selectOption("ar");
  await page.getByTestId("new-article-form").locator('input[name="title"]').fill(`مقال عن حقوق الإنسان في العالم العربي ${Date.now()}`);
  await page.getByTestId("new-article-form").getByRole("button").click();
  await expect(page.getByTestId("article-editor")).toBeVisible();
}

const direction = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).direction);
const box = async (locator: Locator) => (await locator.boundingBox())!;

test("an Arabic article in an English dashboard: RTL fields, LTR dashboard words, nothing clipped or crammed", async ({ browser }) => {
  const { page, context } = await newSignedInPage(browser, "en", "editor@example.com");
  await arabicArticle(page);

  // Content right-to-left; the dashboard's words left-to-right (the hint's full stop at its end).
  await expect(page.locator('input[name="title"]')).toHaveAttribute("dir", "rtl");
  expect(await direction(page.getByTestId("editor-body"))).toBe("rtl");
  expect(await direction(page.locator("#slug-hint"))).toBe("ltr");
  expect(await direction(page.getByRole("toolbar"))).toBe("ltr");
  expect(await direction(page.locator("#body-label"))).toBe("ltr");

  // The slug input fits its row (its start is not cut off).
  const slug = await box(page.locator("#slug-input"));
  const row = await box(page.locator(".slug-row"));
  expect(slug.x).toBeGreaterThanOrEqual(row.x - 0.5);
  expect(slug.x + slug.width).toBeLessThanOrEqual(row.x + row.width + 0.5);

  // Labels above their fields, not crammed beside them.
  for (const [label, field] of [
    [page.getByText("Add an author", { exact: true }), page.getByTestId("author-search")],
    [page.getByText("Publish on", { exact: true }), page.getByTestId("schedule-at")],
    [page.getByText("Time zone", { exact: true }), page.getByTestId("schedule-zone")],
  ] as const) {
    const l = await box(label);
    const f = await box(field);
    expect(l.y + l.height, (await label.textContent()) ?? "").toBeLessThanOrEqual(f.y + 0.5);
  }

  // The link and image tools are drawn (an emoji may be an empty box), the text area is named.
  await expect(page.getByRole("button", { name: "Link", exact: true }).locator("svg")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Image from the media library" }).locator("svg")).toHaveCount(1);
  await expect(page.getByRole("textbox", { name: "Text" })).toBeVisible();

  // Typing a long text: the save status stays on screen.
  await page.getByTestId("editor-body").click();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.type(`سطر ${i}`);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByTestId("save-state")).toBeInViewport();
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await expect(page.getByTestId("save-state")).toBeInViewport();
  await context.close();
});
