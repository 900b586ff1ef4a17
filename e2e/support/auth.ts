import { type APIRequestContext, type Browser, expect, type Page, request as playwrightRequest } from "@playwright/test";

/** The seeded demo accounts' password in the e2e run (playwright.config.ts sets DEMO_PASSWORD). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "e2e-demo-password";

/** Fills and sends the sign-in form (whether it succeeds is the caller's to check). */
export async function signIn(page: Page, locale: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`/${locale}/dashboard/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** Signs in and waits for the dashboard. */
export async function signInToDashboard(page: Page, locale: string, email: string, password = DEMO_PASSWORD) {
  await signIn(page, locale, email, password);
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
}

/** A separate browser session (its own cookies), signed in and on the dashboard. */
export async function newSignedInPage(browser: Browser, locale: string, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToDashboard(page, locale, email, password);
  return { context, page };
}

/** A request context signed in through next-auth's own endpoints (csrf token + credentials). */
export async function apiSession(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return context;
}
