import { expect, test } from "@playwright/test";
import { pngBytes } from "../test/support/test-images";
import { newSignedInPage } from "./support/auth";
import { createArticle, waitSaved } from "./support/editor";

const EDITOR = "editor@example.com";

test.describe("an editor", () => {
  test("writes an article with a link and a list, adds two authors, schedules it, and readers see it after that time", async ({ browser }, testInfo) => {
    test.setTimeout(300_000);
    const { page } = await newSignedInPage(browser, "en", EDITOR);
    const title = `Rights in a changing world ${Date.now()}`;
    await createArticle(page, title);

    await page.locator('textarea[name="summary"]').fill("Why local groups matter.");
    const body = page.getByTestId("editor-body");
    await body.click();
    await page.keyboard.type("Read the ");
    await page.keyboard.type("report");
    await page.keyboard.press("Shift+Home");
    // A link through the dialog (a javascript: address is refused there).
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await page.getByLabel("Link address").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Only web" })).toBeVisible();
    await page.getByLabel("Link address").fill("example.org/report");
    await page.getByRole("button", { name: "Apply" }).click();
    await body.click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Bulleted list" }).click();
    await page.keyboard.type("first point");
    await page.keyboard.press("Enter");
    await page.keyboard.type("second point");
    await waitSaved(page);
    await expect(body.locator('a[href="https://example.org/report"]')).toHaveCount(1);
    await expect(body.locator("ul li")).toHaveCount(2);

    // Two authors, in order.
    for (const name of ["Mona Younis", "Kenneth Roth"]) {
      await page.getByTestId("author-search").fill(name.split(" ")[0]!);
      await page.getByTestId("author-results").getByRole("button", { name }).click();
    }
    await page.getByTestId("save-shared").click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await testInfo.attach("editor-en.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

    // Schedule two minutes ahead, in the site's time zone (the picker shows it).
    await expect(page.getByTestId("schedule-zone")).toContainText("UTC");
    const at = new Date(Date.now() + 2 * 60_000 + 30_000);
    const local = at.toISOString().slice(0, 16); // site zone is UTC in tests
    await page.getByTestId("schedule-at").fill(local);
    await page.getByTestId("transition-schedule").click();
    await expect(page.getByTestId("variant-status")).toHaveText("Scheduled");

    const slug = await page.locator('input[name="slug"]').inputValue();
    const reader = await browser.newPage();
    expect((await reader.goto(`/en/articles/${slug}`))!.status()).toBe(404);
    await expect
      .poll(async () => (await reader.goto(`/en/articles/${slug}`))!.status(), { timeout: 200_000, intervals: [10_000] })
      .toBe(200);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.locator("article")).toContainText("Mona Younis and Kenneth Roth");
    await expect(reader.locator('.prose a[href="https://example.org/report"]')).toHaveCount(1);
    await expect(reader.locator(".prose ul li")).toHaveCount(2);
  });

  test("writes an Arabic article in an English dashboard, right-to-left", async ({ browser }, testInfo) => {
    const { page } = await newSignedInPage(browser, "en", EDITOR);
    await createArticle(page, `مقال تجريبي ${Date.now()}`, "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    const body = page.getByTestId("editor-body");
    await expect(body).toHaveAttribute("dir", "rtl");
    await body.click();
    await page.keyboard.type("نص عربي للتجربة");
    await waitSaved(page);
    await expect(body.locator("p").first()).toHaveAttribute("dir", "rtl");
    // The field is right-to-left; its label, in the dashboard's language, is not.
    await expect(page.locator('input[name="title"]')).toHaveAttribute("dir", "rtl");
    await testInfo.attach("editor-ar-content.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  });

  test("two people editing the same article: the second save is refused and both texts survive", async ({ browser }) => {
    const { page: alice } = await newSignedInPage(browser, "en", EDITOR);
    const url = await createArticle(alice, `Shared draft ${Date.now()}`);
    const { page: bob } = await newSignedInPage(browser, "en", "admin@example.com");
    await bob.goto(url);
    await expect(bob.getByTestId("article-editor")).toBeVisible();

    await alice.getByTestId("editor-body").click();
    await alice.keyboard.type("Alice's paragraph.");
    await waitSaved(alice);

    await bob.getByTestId("editor-body").click();
    await bob.keyboard.type("Bob's paragraph.");
    await expect(bob.getByTestId("conflict")).toBeVisible({ timeout: 15_000 });
    await expect(bob.getByTestId("conflict-theirs")).toContainText("Alice's paragraph.");
    await expect(bob.getByTestId("conflict-mine")).toContainText("Bob's paragraph.");
    // Nothing of Alice's was overwritten.
    await alice.reload();
    await expect(alice.getByTestId("editor-body")).toContainText("Alice's paragraph.");
    // Bob chooses to keep his text: it is saved on top, Alice's stays in the history.
    await bob.getByTestId("keep-mine").click();
    await waitSaved(bob);
    await bob.goto(`${url}/revisions`);
    await expect(bob.getByTestId("revision-list").locator("li")).toHaveCount(3);
  });

  test("two windows of the same editor: the conflict says so, and both texts stay in the history", async ({ browser }) => {
    const { page: first } = await newSignedInPage(browser, "en", EDITOR);
    const url = await createArticle(first, `Two windows ${Date.now()}`);
    const { page: second } = await newSignedInPage(browser, "en", EDITOR);
    await second.goto(url);
    await expect(second.getByTestId("article-editor")).toBeVisible();

    await first.getByTestId("editor-body").click();
    await first.keyboard.type("The first window's paragraph.");
    await waitSaved(first);
    await second.getByTestId("editor-body").click();
    await second.keyboard.type("The second window's paragraph.");
    await expect(second.getByTestId("conflict")).toBeVisible({ timeout: 15_000 });
    await expect(second.getByTestId("conflict")).toContainText("in another window");
    await second.getByTestId("keep-mine").click();
    await waitSaved(second);
    // Created, the first window's save, the second's: the first window's text was not coalesced away.
    await second.goto(`${url}/revisions`);
    await expect(second.getByTestId("revision-list").locator("li")).toHaveCount(3);
  });

  test("an edit of a published article waits as unpublished changes until 'Publish changes'", async ({ browser }) => {
    const editor = await newSignedInPage(browser, "en", EDITOR);
    const url = await createArticle(editor.page, `Live edit ${Date.now()}`);
    await editor.page.getByTestId("editor-body").click();
    await editor.page.keyboard.type("The published paragraph.");
    await waitSaved(editor.page);
    await editor.page.getByTestId("author-search").fill("Mona");
    await editor.page.getByTestId("author-results").getByRole("button", { name: "Mona Younis" }).click();
    await editor.page.getByTestId("save-shared").click();
    await expect(editor.page.getByText("Saved.")).toBeVisible();
    await editor.page.getByTestId("transition-publish").click();
    await expect(editor.page.getByTestId("variant-status")).toHaveText("Published");
    const slug = await editor.page.locator("#slug-input").inputValue();

    await editor.page.goto(url);
    await expect(editor.page.getByTestId("pending-changes")).toHaveAttribute("data-pending", "false");
    await editor.page.getByTestId("editor-body").click();
    await editor.page.keyboard.press("Control+End");
    await editor.page.keyboard.type(" An unpublished sentence.");
    await waitSaved(editor.page);
    await expect(editor.page.getByTestId("pending-changes")).toHaveAttribute("data-pending", "true");

    const reader = await browser.newPage();
    await reader.goto(`/en/articles/${slug}`);
    await expect(reader.locator("article")).toContainText("The published paragraph.");
    await expect(reader.locator("article")).not.toContainText("An unpublished sentence.");

    await editor.page.getByTestId("publish-changes").click();
    await expect(editor.page.getByTestId("pending-notice")).toBeVisible();
    await reader.reload();
    await expect(reader.locator("article")).toContainText("An unpublished sentence.");
    await reader.close();
    await editor.context.close();
  });

  test("sees the dashboard in Arabic right-to-left, with the editor following the content's language", async ({ browser }, testInfo) => {
    const { page } = await newSignedInPage(browser, "ar", EDITOR);
    await page.goto("/ar/dashboard/articles?lang=en&q=hazards");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByTestId("article-row").filter({ hasText: "The hazards of international NGOs going local" }).getByRole("link").click();
    await expect(page.getByTestId("editor-body")).toHaveAttribute("dir", "ltr");
    await testInfo.attach("editor-ar-dashboard.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  });

  test("uploads an image with alt text from the editor and uses it in the article", async ({ browser }) => {
    const { page } = await newSignedInPage(browser, "en", EDITOR);
    await createArticle(page, `With a picture ${Date.now()}`);
    await page.getByTestId("editor-body").click();
    await page.getByRole("button", { name: "Image from the media library" }).click();
    const picker = page.getByTestId("article-editor").getByTestId("media-picker");
    await expect(picker).toBeVisible();
    const alt = `Protesters in Nairobi ${Date.now()}`;
    await picker.locator("details.media-picker-upload summary").click();
    await picker.locator('input[type="file"]').setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: pngBytes(40, 30) });
    await picker.locator('textarea[name="alt.en"]').fill(alt);
    await picker.locator('form[data-testid="media-upload-form"] button[type="submit"]').click();
    await picker.getByRole("button", { name: new RegExp(alt) }).click();
    await expect(page.getByTestId("editor-body").locator(`img[alt="${alt}"]`)).toHaveAttribute("src", /^\/media\/[a-z0-9]+\.png$/);
    await waitSaved(page);
    // The image the body points at is served.
    const src = await page.getByTestId("editor-body").locator(`img[alt="${alt}"]`).getAttribute("src");
    expect((await page.request.get(src!)).headers()["content-type"]).toBe("image/png");
  });
});
