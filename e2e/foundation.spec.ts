import { expect, test } from "@playwright/test";

test.describe("locale routing", () => {
  test("/ sends an Arabic-speaking browser to /ar", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar$/);
    await context.close();
  });

  for (const [header, target] of [
    ["ar,en;q=0.5", "/ar"],
    ["es-MX,es;q=0.9,en;q=0.3", "/es"],
    ["he-IL", "/he"],
    ["sw,zu;q=0.8", "/en"],
  ] as const) {
    test(`/ with Accept-Language "${header}" redirects to ${target}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(target);
    });
  }

  test("a remembered choice wins over Accept-Language", async ({ request }) => {
    const response = await request.get("/", {
      headers: { "Accept-Language": "ar", Cookie: "NEXT_LOCALE=fr" },
      maxRedirects: 0,
    });
    expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe("/fr");
  });

  for (const locale of ["ar", "he"]) {
    test(`/${locale} is laid out right-to-left`, async ({ page }) => {
      await page.goto(`/${locale}`);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", locale);
      await expect(html).toHaveAttribute("dir", "rtl");
      // Logical CSS: the header's start edge is on the right in RTL.
      const box = await page.locator(".site-name").boundingBox();
      expect(box!.x).toBeGreaterThan(page.viewportSize()!.width / 2);
    });
  }

  test("/en is left-to-right", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("an unknown locale or page gets a 404 page in a language", async ({ page }) => {
    const response = await page.goto("/xx/some-page");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

    const arabic = await page.goto("/ar/no-such-page");
    expect(arabic!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
  });

  // Without JavaScript: what a crawler, a screen reader before hydration, or a reader with scripts off gets.
  for (const [path, lang, dir, title] of [
    ["/en/no-such-page", "en", "ltr", "Page not found"],
    ["/ar/articles/no-such-article", "ar", "rtl", "الصفحة غير موجودة"],
    ["/he/debates/no-such-debate", "he", "rtl", "הדף לא נמצא"],
    ["/fr/authors/no-such-author", "fr", "ltr", "Page introuvable"],
  ] as const) {
    test(`${path} is a whole 404 page without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page).toHaveTitle(`${title} — Polyglot Press`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("header.site-header nav")).toBeVisible();
      await expect(page.getByTestId("locale-switcher").getByRole("link")).toHaveCount(5);
      await context.close();
    });
  }

  test("an unknown top-level path lands on a 404 page in the reader's language", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es" });
    const page = await context.newPage();
    const response = await page.goto("/no/such/thing");
    expect(response!.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
    await context.close();
  });
});

test.describe("the seeded debate", () => {
  test("/en shows the seed debate, whose page lists its 32 articles under its hero image", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "Internationalizing Human Rights Organizations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Internationalizing Human Rights Organizations" })).toBeVisible();
    await expect(page.getByText("Why, how, and at what cost?", { exact: true })).toBeVisible();
    const hero = page.getByTestId("hero-image");
    await expect(hero).toBeVisible();
    await expect(hero).toHaveAttribute("alt", /^A globe drawn in thin lines/);
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
    await expect(page.getByText("Image: Polyglot Press (generated illustration, CC0)")).toBeVisible();
    await expect(page.getByTestId("article-teaser")).toHaveCount(32);
    // Newest first: our own complete article, then the transcribed ones.
    await expect(page.getByTestId("article-teaser").first().getByRole("heading")).toHaveText("Regardless of frontiers: reading one debate in six languages");
    const first = page.getByTestId("article-teaser").nth(1);
    await expect(first.getByRole("heading")).toHaveText("The hazards of international NGOs going local");
    await expect(first).toContainText("May 22, 2018");
    await expect(first).toContainText("Mona Younis");
    // Its other languages, each named in itself.
    await expect(first.getByRole("link", { name: "العربية" })).toHaveAttribute("hreflang", "ar");
    await expect(first.getByRole("link", { name: "Español" })).toBeVisible();
    // Several authors, in order, joined as the locale joins lists.
    const funding = page.getByTestId("article-teaser").filter({ hasText: "Addressing systemic inequality" });
    await expect(funding).toContainText("Barbara Klugman, Ravindran Daniel, Denise Dora, and Maimouna Jallow");
  });

  test("/ar lists Arabic versions in Arabic and still lists the others, marked", async ({ page }) => {
    await page.goto("/ar");
    await page.getByRole("link", { name: "تدويل منظمات حقوق الإنسان" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "تدويل منظمات حقوق الإنسان" })).toBeVisible();
    const teasers = page.getByTestId("article-teaser");
    await expect(teasers).toHaveCount(32);
    await expect(teasers.locator("h3[lang=ar]")).toHaveCount(12);
    await expect(page.getByTestId("hero-image")).toHaveAttribute("alt", /^كرة أرضية/);
    await expect(page.getByText("غير متوفر بالعربية بعد").first()).toBeVisible();
  });
});
