import { type Browser, expect, type Page } from "@playwright/test";

/** The seeded demo accounts' password in the e2e run (playwright.config.ts sets DEMO_PASSWORD). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "e2e-demo-password";

export async function signIn(page: Page, locale: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`/${locale}/dashboard/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
}

/** A separate browser session (its own cookies), signed in. */
export async function newSignedInPage(browser: Browser, locale: string, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, locale, email, password);
  return page;
}
