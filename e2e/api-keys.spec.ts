import { expect, test } from "@playwright/test";
import { signInToDashboard } from "./support/auth";

// An admin makes a content API key in the dashboard, sees its secret once, the
// key reads drafts through /api/v1, and revoking it refuses its next request.

test("an admin creates a key, uses it, and revokes it", async ({ page, request }) => {
  const name = `Partner app ${Date.now()}`;
  await signInToDashboard(page, "en", "admin@example.com");
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/api-keys$/);

  const form = page.getByTestId("create-api-key-form");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel(/drafts:read/).check();
  await form.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("api-key-secret").textContent())!;
  expect(secret).toMatch(/^ppk_[\w-]{43}$/);

  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText("content:read, drafts:read");
  await expect(row.getByTestId("api-key-last-used")).toHaveText("Never");
  // The page never shows the secret again.
  await page.reload();
  await expect(page.getByTestId("api-key-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  const headers = { authorization: `Bearer ${secret}` };
  const answer = await request.get("/api/v1/articles?limit=1", { headers });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toBe("private, no-store");
  await page.reload();
  await expect(row.getByTestId("api-key-last-used")).not.toHaveText("Never");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByTestId("revoke-api-key").click();
  await expect(row.getByTestId("api-key-revoked")).toBeVisible();
  const refused = await request.get("/api/v1/articles?limit=1", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});

test("the page is for admins only", async ({ page }) => {
  await signInToDashboard(page, "en", "editor@example.com");
  await expect(page.getByRole("link", { name: "API keys" })).toHaveCount(0);
  const response = await page.goto("/en/dashboard/api-keys");
  expect(response?.status()).toBe(403);
});

test("the page is right-to-left in Arabic, its paths left-to-right", async ({ page }) => {
  await signInToDashboard(page, "ar", "admin@example.com");
  await page.goto("/ar/dashboard/api-keys");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مفاتيح API");
  await expect(page.locator("bdi[dir=ltr] code", { hasText: "/api/v1" })).toBeVisible();
});
