import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { DEMO_PASSWORD as PASSWORD, signInToDashboard } from "./support/auth";
import { findAction } from "./support/server-actions";
import { htmlBytes, pngBytes, svgBytes } from "../test/support/test-images";
import { withDb } from "./support/db";

// The media library: an editor uploads, finds, opens and describes an image
// (alt text in Arabic, right-to-left); the file is served with safe headers
// and resized by Next's image pipeline; SVG and disguised HTML are refused
// with a localized message; direct POSTs without the right to upload store nothing.

const EDITOR = "editor@example.com";
const TRANSLATOR = "translator@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;


async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, fields: { credit?: string; alt?: string } = {}) {
  const form = page.getByTestId("media-upload-form");
  await form.locator('input[type="file"]').setInputFiles(file);
  if (fields.credit) await form.locator('input[name="credit"]').fill(fields.credit);
  if (fields.alt) await form.locator("textarea").fill(fields.alt);
  await form.locator('button[type="submit"]').click();
}

const mediaCount = () => withDb(async (client) => Number((await client.query('SELECT count(*) AS n FROM "Media"')).rows[0].n));

test("an editor uploads a PNG with alt text, finds it, opens it and adds Arabic alt text; the file is served safely", async ({ page, request }) => {
  await signInToDashboard(page, "en", EDITOR);
  await page.getByRole("navigation", { name: "Dashboard navigation" }).getByRole("link", { name: "Media" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/media$/);
  await expect(page.getByRole("heading", { name: "Media library", level: 1 })).toBeVisible();

  const png = pngBytes(4, 3);
  const name = `red-square-${run}.png`;
  await upload(page, { name, mimeType: "image/png", buffer: png }, { credit: `Studio ${run}`, alt: `A red square ${run}` });
  await expect(page.getByText("Image uploaded.")).toBeVisible();

  // Found by its alt text.
  await page.getByRole("searchbox").fill(`red square ${run}`);
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("media-item")).toHaveCount(1);
  const thumbnail = page.getByTestId("media-item").getByRole("img", { name: `A red square ${run}` });
  await expect(thumbnail).toBeVisible();
  // The thumbnail goes through Next's image pipeline (a resized variant), and loads.
  await expect(thumbnail).toHaveAttribute("src", /\/_next\/image\?url=%2Fmedia%2F[a-z0-9]+\.png/);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await page.getByTestId("media-item").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText("4 × 3 pixels")).toBeVisible();
  const src = (await page.getByTestId("media-src").textContent())!;
  expect(src).toMatch(/^\/media\/[a-z0-9]+\.png$/);
  expect(src).not.toContain("red-square");

  // Arabic alt text: the field is marked Arabic and right-to-left.
  const arabic = page.getByTestId("alt-ar");
  await expect(arabic).toHaveAttribute("lang", "ar");
  await expect(arabic).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("alt-en")).toHaveValue(`A red square ${run}`);
  await arabic.fill(`مربع أحمر ${run}`);
  await page.getByTestId("media-texts-form").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("alt-ar")).toHaveValue(`مربع أحمر ${run}`);

  // The file itself: the bytes uploaded, with headers that keep it an image.
  const response = await request.get(src);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("image/png");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(headers["content-disposition"]).toBe("inline");
  expect(Buffer.from(await response.body())).toEqual(png);

  // A resized variant through Next's image optimizer.
  const resized = await request.get(`/_next/image?url=${encodeURIComponent(src)}&w=64&q=75`);
  expect(resized.status()).toBe(200);
  expect(resized.headers()["content-type"]).toMatch(/^image\//);

  // Unknown keys and anything that is not a key: 404, no file system access outside the folder.
  for (const bad of ["/media/0123456789abcdef.png", "/media/..%2F..%2Fpackage.json", "/media/%2E%2E%2Fowner.json", "/media/ABC.png", "/media/x.svg", "/media/.tmp-x.png"]) {
    const answer = await request.get(bad, { maxRedirects: 0 });
    expect(answer.status(), bad).toBe(404);
  }
});

test("SVG and HTML disguised as PNG are refused with a localized message, and nothing is stored", async ({ page }) => {
  const before = await mediaCount();
  await signInToDashboard(page, "ar", EDITOR);
  await page.goto("/ar/dashboard/media");
  await upload(page, { name: "logo.svg", mimeType: "image/svg+xml", buffer: svgBytes() });
  await expect(page.getByTestId("media-error")).toHaveText("ملفات SVG غير مقبولة. ارفع بدلًا منها صورة JPEG أو PNG أو WebP أو GIF أو AVIF.");

  await page.goto("/en/dashboard/media");
  await upload(page, { name: "holiday.png", mimeType: "image/png", buffer: htmlBytes() });
  await expect(page.getByTestId("media-error")).toHaveText("This file is not an image in an accepted format (JPEG, PNG, WebP, GIF or AVIF).");
  expect(await mediaCount()).toBe(before);
});

test("a translator sees the library but no upload form, and edits alt text only in their languages", async ({ page, browser }) => {
  // An image to describe, uploaded by the editor.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signInToDashboard(editorPage, "en", EDITOR);
  await editorPage.goto("/en/dashboard/media");
  await upload(editorPage, { name: `for-translation-${run}.png`, mimeType: "image/png", buffer: pngBytes(2, 2) }, { alt: `To translate ${run}` });
  await expect(editorPage.getByText("Image uploaded.")).toBeVisible();
  await editorContext.close();

  await signInToDashboard(page, "he", TRANSLATOR);
  await page.goto(`/he/dashboard/media?q=${run}`);
  await expect(page.getByTestId("media-upload-form")).toHaveCount(0);
  await page.getByTestId("media-item").filter({ hasText: `for-translation-${run}` }).getByRole("link").click();
  await expect(page.getByTestId("alt-en")).toHaveAttribute("readonly", "");
  await expect(page.getByTestId("media-delete")).toHaveCount(0);
  await page.getByTestId("alt-he").fill(`לתרגום ${run}`);
  await page.getByTestId("media-texts-form").locator('button[type="submit"]').click();
  await expect(page.getByText("נשמר.")).toBeVisible();
});



/** POSTs the upload action as a multipart form, the way Next's client sends a FormData argument. */
async function postUpload(context: APIRequestContext, baseURL: string) {
  const { id, page } = findAction("uploadMediaAction", "/media");
  const response = await context.post(page, {
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: baseURL },
    // As React sends a FormData argument: its entries prefixed "_<reference>_" (captured from a real upload).
    multipart: {
      "_1_file": { name: "sneaky.png", mimeType: "image/png", buffer: pngBytes() },
      "_1_credit": "hostile",
      "0": '["$K1"]',
    },
    maxRedirects: 0,
  });
  return `${response.status()} ${await response.text()}`;
}

test("a POST to the upload action without the right to upload stores nothing", async ({ baseURL }) => {
  const before = await mediaCount();
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const anonymousAnswer = await postUpload(anonymous, baseURL!);
  expect(anonymousAnswer).not.toContain('"ok":true');
  // Without a cookie the proxy sends it to sign-in; with a cookie it reaches the action, which refuses.
  expect(anonymousAnswer).toMatch(/^307 .*\/dashboard\/sign-in|unauthenticated/);

  const forged = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Cookie: "next-auth.session-token=forged" } });
  expect(await postUpload(forged, baseURL!)).toContain("unauthenticated");

  // A translator is signed in, but may not upload.
  const translator = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await translator.get("/api/auth/csrf")).json();
  await translator.post("/api/auth/callback/credentials", { form: { csrfToken, email: TRANSLATOR, password: PASSWORD, json: "true" } });
  expect(await postUpload(translator, baseURL!)).toContain('"error":"forbidden"');

  for (const context of [anonymous, forged, translator]) await context.dispose();
  expect(await mediaCount()).toBe(before);
});
