import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { DEMO_PASSWORD as PASSWORD, signInToDashboard } from "./support/auth";
import { findAction } from "./support/server-actions";
import { htmlBytes, pngBytes, svgBytes } from "../test/support/test-images";
import { gifBomb } from "../test/support/image-bombs";
import { withDb } from "./support/db";
import { e2eDataDir } from "./support/env";

// The media library: an editor uploads, finds, opens and describes an image
// (alt text in Arabic, right-to-left); the file is served with safe headers
// and resized by Next's image pipeline; SVG and disguised HTML are refused
// with a localized message, and so is a decompression bomb; direct POSTs
// without the right to upload, from another site, or over their endpoint's
// body limit store nothing.

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



/** POSTs an upload to the upload route as a browser's form does (Origin: our own pages unless told otherwise). */
async function postUpload(context: APIRequestContext, baseURL: string, { origin = baseURL, buffer = pngBytes() } = {}) {
  const response = await context.post("/api/media", {
    headers: { Origin: origin },
    multipart: { file: { name: "sneaky.png", mimeType: "image/png", buffer }, credit: "hostile" },
    maxRedirects: 0,
  });
  return `${response.status()} ${await response.text()}`;
}

async function signedIn(baseURL: string, email: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, json: "true" } });
  return context;
}

test("a POST to the upload route without the right to upload, or from another site, stores nothing", async ({ baseURL }) => {
  const before = await mediaCount();
  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect(await postUpload(anonymous, baseURL!)).toBe('401 {"ok":false,"error":"unauthenticated"}');
  const forged = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Cookie: "next-auth.session-token=forged" } });
  expect(await postUpload(forged, baseURL!)).toBe('401 {"ok":false,"error":"unauthenticated"}');
  // A translator is signed in, but may not upload.
  const translator = await signedIn(baseURL!, TRANSLATOR);
  expect(await postUpload(translator, baseURL!)).toBe('403 {"ok":false,"error":"forbidden"}');
  // An editor's session, used by another site's page (CSRF): refused as server actions refuse it.
  const editor = await signedIn(baseURL!, EDITOR);
  expect(await postUpload(editor, baseURL!, { origin: "https://evil.example" })).toBe('403 {"ok":false,"error":"forbidden"}');

  for (const context of [anonymous, forged, translator, editor]) await context.dispose();
  expect(await mediaCount()).toBe(before);
});

test("a GIF whose 1×1 screen hides a 12000×12000 frame is refused with a localized message, and nothing is stored", async ({ page }) => {
  const before = await mediaCount();
  await signInToDashboard(page, "fr", EDITOR);
  await page.goto("/fr/dashboard/media");
  await upload(page, { name: "pixel.gif", mimeType: "image/gif", buffer: gifBomb({ screen: 1, width: 12_000, height: 12_000 }) });
  await expect(page.getByTestId("media-error")).toHaveText(
    "Cette image est trop grande pour être traitée sans risque : 144 mégapixels dans une seule image, alors que ce type de fichier en admet au plus 53,6. Réduisez sa largeur et sa hauteur, puis réessayez.",
  );
  expect(await mediaCount()).toBe(before);
});

test("a bomb stored before uploads were measured is neither served nor decoded by the image optimizer", async ({ request }) => {
  const key = `bomb${run}.gif`;
  await mkdir(path.join(e2eDataDir, "media"), { recursive: true });
  await writeFile(path.join(e2eDataDir, "media", key), gifBomb({ screen: 1, width: 12_000, height: 12_000 }));
  expect((await request.get(`/media/${key}`)).status()).toBe(410);
  const optimized = await request.get(`/_next/image?url=${encodeURIComponent(`/media/${key}`)}&w=640&q=75`);
  expect(optimized.status()).toBeGreaterThanOrEqual(400);
});

test("bodies over their endpoint's limit are answered 413: a server action's over 1 MB, an upload's over MEDIA_MAX_BYTES", async ({ baseURL }) => {
  const editor = await signedIn(baseURL!, EDITOR);
  const { id, page } = findAction("saveVariantAction");
  const action = await editor.post(page, {
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([{ variantId: "x", title: "y".repeat(2 * 1024 * 1024) }]),
    maxRedirects: 0,
  });
  expect(action.status()).toBe(413);
  const before = await mediaCount();
  const big = await postUpload(editor, baseURL!, { buffer: Buffer.concat([pngBytes(), Buffer.alloc(11 * 1024 * 1024)]) });
  expect(big).toMatch(/^413 .*"fileTooLarge"/);
  expect(await mediaCount()).toBe(before);
  await editor.dispose();
});
