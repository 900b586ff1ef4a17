import { expect, test } from "@playwright/test";
import { ONE_DATABASE_IS_ENOUGH, renderedFonts } from "./support/fonts";

// Issue 18, point 7: typography of right-to-left pages.

test.skip(Boolean(process.env.DATABASE_URL), ONE_DATABASE_IS_ENOUGH);

test.describe("right-to-left typography", () => {
  for (const [locale, query] of [
    ["ar", "حقوق"],
    ["he", "זכויות"],
    ["en", "rights"],
  ] as const) {
    test(`search highlights in ${locale} stay within their own line (they do not paint over the line above)`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
      await page.evaluate(() => document.fonts.ready);
      const marks = page.locator(".search-result mark");
      expect(await marks.count()).toBeGreaterThan(0);
      // A mark's background covers its box: each line's box must fit in that line's height.
      const overflowing = await marks.evaluateAll((ms) =>
        ms.flatMap((m) => {
          const lineHeight = parseFloat(getComputedStyle(m.parentElement!).lineHeight);
          return [...m.getClientRects()].filter((r) => r.height > lineHeight + 0.5).map((r) => `${m.textContent}: ${r.height.toFixed(1)} px in a ${lineHeight} px line`);
        }),
      );
      expect(overflowing).toEqual([]);
    });
  }

  test("untranslated English titles and teasers in an Arabic list line up with the Arabic ones (no zig-zag)", async ({ page }) => {
    await page.goto("/ar/debates/تدويل-منظمات-حقوق-الإنسان");
    await page.evaluate(() => document.fonts.ready);
    const teasers = page.getByTestId("article-teaser");
    await expect(teasers.locator("h3[lang=en]").first()).toBeVisible();
    // Every line of every title and teaser ends at the list's start edge (the right, in Arabic).
    const misaligned = await teasers.locator("h3, .summary").evaluateAll((blocks) =>
      blocks.flatMap((block) => {
        const right = block.getBoundingClientRect().right - parseFloat(getComputedStyle(block).paddingRight);
        const range = document.createRange();
        range.selectNodeContents(block);
        const lines = [...range.getClientRects()];
        const last = lines[lines.length - 1];
        return last && Math.abs(last.right - right) > 2 ? [`${block.getAttribute("lang")}: ${block.textContent!.slice(0, 40)} ends ${Math.round(right - last.right)} px short`] : [];
      }),
    );
    expect(misaligned).toEqual([]);
  });

  test("the wordmark keeps one typeface in every script", async ({ page }) => {
    const faces: string[][] = [];
    for (const locale of ["en", "ar", "he"]) {
      await page.goto(`/${locale}/about`);
      await page.evaluate(() => document.fonts.ready);
      faces.push(await renderedFonts(page, ".site-name"));
    }
    expect(faces[1]).toEqual(faces[0]);
    expect(faces[2]).toEqual(faces[0]);
  });
});
