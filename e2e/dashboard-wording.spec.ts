import { expect, test } from "@playwright/test";
import { newSignedInPage } from "./support/auth";

// Language names inside an Arabic or Hebrew dashboard sentence are written in
// that language ("العبرية", not "עברית"); the lists one picks a language from
// keep each language's own name (issue 17, point 13).

test("an Arabic dashboard names other languages in Arabic inside its sentences, and in their own on the tabs", async ({ browser }) => {
  const { page, context } = await newSignedInPage(browser, "ar", "translator@example.com");
  await page.goto("/ar/dashboard/translations?lang=he&tab=missing");
  await expect(page.locator(".translations-page .hint").first()).toContainText("باللغة العبرية");
  await expect(page.locator(".translations-page .hint").first()).not.toContainText("עברית");
  await expect(page.locator(".tabs").getByRole("link", { name: "עברית" })).toBeVisible();
  const translate = page.getByTestId("translate-into-he").first();
  await expect(translate).toHaveText("ترجمة إلى العبرية");
  await page.goto("/ar/dashboard");
  await expect(page.getByText("لغاتك: العربية والعبرية")).toBeVisible();
  await context.close();
});

test("a Hebrew dashboard says 'translate' with the language name apart, in Hebrew", async ({ browser }) => {
  const { page, context } = await newSignedInPage(browser, "he", "translator@example.com");
  await page.goto("/he/dashboard/translations?lang=ar&tab=missing");
  await expect(page.getByTestId("translate-into-ar").first()).toHaveText("תרגום: ערבית");
  await context.close();
});
