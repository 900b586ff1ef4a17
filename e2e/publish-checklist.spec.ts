import { expect, test } from "@playwright/test";
import { newSignedInPage } from "./support/auth";
import { createArticle, waitSaved } from "./support/editor";

// The editor's publish panel (issue 17, points 9, 11 and 14's "after publishing"):
// what publishing needs is listed before "Publish", a refusal's errors go as
// each requirement is met, the published page is one click away, and "minor
// edit" applies to one save only.

const EDITOR = "editor@example.com";

test.describe("the publish panel", () => {
  test("lists what publishing needs, clears each error as it is met, then links the published page", async ({ browser }) => {
    const { page, context } = await newSignedInPage(browser, "en", EDITOR);
    await createArticle(page, `Checklist ${Date.now()}`);
    const checklist = page.getByTestId("publish-checklist");
    const item = (name: string) => checklist.locator(`[data-requirement="${name}"]`);
    // Before any click: the title and slug are there, the text and an author are not.
    await expect(item("title")).toHaveAttribute("data-done", "true");
    await expect(item("slug")).toHaveAttribute("data-done", "true");
    await expect(item("body")).toHaveAttribute("data-done", "false");
    await expect(item("authors")).toHaveAttribute("data-done", "false");
    await expect(item("authors")).toContainText("author");

    // Publishing anyway is refused, naming both.
    await page.getByTestId("transition-publish").click();
    const error = page.getByTestId("workflow-error");
    await expect(error).toContainText("Add at least one author.");
    await expect(error).toContainText("The text is empty.");

    // Writing the text takes its error away, and ticks it.
    await page.getByTestId("editor-body").click();
    await page.keyboard.type("Now there is a text.");
    await waitSaved(page);
    await expect(item("body")).toHaveAttribute("data-done", "true");
    await expect(error).not.toContainText("The text is empty.");
    await expect(error).toContainText("Add at least one author.");

    // Adding an author: the error is gone without another click on "Publish".
    await page.getByTestId("author-search").fill("Mona");
    await page.getByTestId("author-results").getByRole("button", { name: "Mona Younis" }).click();
    await page.getByTestId("save-shared").click();
    await expect(item("authors")).toHaveAttribute("data-done", "true");
    await expect(error).toHaveCount(0);

    await page.getByTestId("transition-publish").click();
    await expect(page.getByTestId("variant-status")).toHaveText("Published");
    const slug = await page.locator("#slug-input").inputValue();
    const view = page.getByTestId("public-link");
    await expect(view).toHaveAttribute("href", `/en/articles/${slug}`);
    const reader = await browser.newPage();
    expect((await reader.goto((await view.getAttribute("href"))!))!.status()).toBe(200);
    await reader.close();
    await context.close();
  });

  test("'minor edit' is unticked once the save it applied to is done", async ({ browser }) => {
    const { page, context } = await newSignedInPage(browser, "en", EDITOR);
    const url = await createArticle(page, `Minor edit ${Date.now()}`);
    await page.getByTestId("editor-body").click();
    await page.keyboard.type("A first text.");
    await waitSaved(page);
    // A second language makes "minor edit" meaningful.
    await page.getByTestId("translate-into-es").click();
    await expect(page.getByTestId("side-by-side")).toBeVisible();
    await page.goto(url);

    const minor = page.getByTestId("minor-edit");
    await minor.check();
    await page.getByTestId("editor-body").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Typo fixed.");
    await waitSaved(page);
    await expect(minor).not.toBeChecked();
    await context.close();
  });
});
