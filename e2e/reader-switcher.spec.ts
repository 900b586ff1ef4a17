import { devices, expect, test, type Page } from "@playwright/test";

// Issue 18, point 8: one language switcher, on every readers' page, naming the
// languages the page exists in and leading to the same page in each.

const DEBATE_EN = "/en/debates/internationalizing-human-rights-organizations";
const HAZARDS_EN = "/en/articles/the-hazards-of-international-ngos-going-local";
const HAZARDS_AR_TITLE = "مخاطر تحوّل المنظمات غير الحكومية الدولية إلى منظمات محلية";

const switcher = (page: Page) => page.getByTestId("locale-switcher");

/** The switcher's links as {hreflang: path}. */
async function switcherLinks(page: Page): Promise<Record<string, string>> {
  const links = await switcher(page)
    .locator("a")
    .evaluateAll((as) => as.map((a) => [a.getAttribute("hreflang")!, new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search]));
  return Object.fromEntries(links);
}

/** The page's hreflang alternates other than itself and x-default, as {hreflang: path}. */
async function alternates(page: Page, current: string): Promise<Record<string, string>> {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((ls) => ls.map((l) => [l.getAttribute("hreflang")!, new URL((l as HTMLLinkElement).href).pathname]));
  return Object.fromEntries(links.filter(([lang]) => lang !== "x-default" && lang !== current));
}

test.describe("the language switcher", () => {
  test("on an article: only the languages it exists in, each its own version, and no separate 'Read in' row", async ({ page, request }) => {
    await page.goto(HAZARDS_EN);
    await expect(switcher(page).locator('[aria-current="true"]')).toHaveText("English");
    const links = await switcherLinks(page);
    expect(Object.keys(links).sort()).toEqual(["ar", "es"]);
    expect(links).toEqual(await alternates(page, "en"));
    for (const href of Object.values(links)) {
      const response = await request.get(href, { maxRedirects: 0 });
      expect(response.status(), href).toBe(200);
      expect(await response.text(), href).not.toContain('data-testid="article-unavailable"');
    }
    await expect(page.locator("article").getByText("Read in")).toHaveCount(0);
  });

  test("on an article's 'not available' page: the languages it is in", async ({ page }) => {
    await page.goto("/he/articles/the-hazards-of-international-ngos-going-local");
    await expect(page.getByTestId("article-unavailable")).toBeVisible();
    expect(Object.keys(await switcherLinks(page)).sort()).toEqual(["ar", "en", "es"]);
  });

  test("on a debate: its translation in the other language", async ({ page }) => {
    await page.goto(DEBATE_EN);
    const links = await switcherLinks(page);
    expect(links).toEqual(await alternates(page, "en"));
    await switcher(page).getByRole("link", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("تدويل منظمات حقوق الإنسان");
  });

  test("on an author's page: the languages their articles are in", async ({ page }) => {
    await page.goto("/en/authors/mona-younis");
    expect(await switcherLinks(page)).toEqual(await alternates(page, "en"));
  });

  test("on search: present, and the same search in the other language", async ({ page }) => {
    await page.goto("/en/search?q=rights");
    await expect(switcher(page).getByRole("link")).toHaveCount(5);
    await expect(switcher(page).getByRole("link", { name: "Español" })).toHaveAttribute("href", "/es/search?q=rights");
    await switcher(page).getByRole("link", { name: "Español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("searchbox")).toHaveValue("rights");
  });

  test("on a 404: present, leading to each language's home page", async ({ page }) => {
    await page.goto("/fr/no-such-page");
    await expect(switcher(page).getByRole("link", { name: "English" })).toHaveAttribute("href", "/en");
  });

  test("works without JavaScript: the same article in Arabic", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(HAZARDS_EN);
    await switcher(page).getByRole("link", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HAZARDS_AR_TITLE);
    await context.close();
  });

  for (const path of [HAZARDS_EN, "/ar/search?q=حقوق", "/he", "/fr/no-such-page"]) {
    test(`on a phone, ${decodeURI(path)}: every switcher and header link is at least 44 × 44 px`, async ({ browser }) => {
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
      const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      const page = await context.newPage();
      await page.goto(path);
      const targets = page.locator('[data-testid="locale-switcher"] a, .site-header a');
      expect(await targets.count()).toBeGreaterThan(3);
      const small = await targets.evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent, box: a.getBoundingClientRect() })).filter((t) => t.box.height < 44 || t.box.width < 44).map((t) => `${t.text}: ${Math.round(t.box.width)}×${Math.round(t.box.height)}`),
      );
      expect(small).toEqual([]);
      await context.close();
    });
  }
});
