import { expect, test, type Browser, type Page } from "@playwright/test";
import { ONE_DATABASE_IS_ENOUGH, renderedFonts } from "./support/fonts";

// Issue 18, point 6: each page loads the fonts of the scripts its text is in,
// labels in other scripts never fall back to a system font that does not
// match, and font swaps do not move the page (CLS ≤ 0.02).

test.skip(Boolean(process.env.DATABASE_URL), ONE_DATABASE_IS_ENOUGH);

const DEBATE = "/debates/internationalizing-human-rights-organizations";
const HAZARDS = "/articles/the-hazards-of-international-ngos-going-local";

type Fonts = { urls: string[]; bytes: number; families: string[] };

/** Opens a page in a fresh context (an empty cache) and reports the fonts it downloaded and used. */
async function fontsOf(browser: Browser, path: string): Promise<Fonts & { page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "font") bodies.push(response.body().then((b) => ({ url: response.url(), bytes: b.length })));
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
  const fonts = await Promise.all(bodies);
  const families = await page.evaluate(() => [...new Set([...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")))]);
  return { urls: fonts.map((f) => f.url), bytes: fonts.reduce((n, f) => n + f.bytes, 0), families, page, close: () => context.close() };
}


test.describe("fonts per page", () => {
  for (const path of [`/en${HAZARDS}`, "/en", `/es${DEBATE}`, "/fr/search?q=droits"]) {
    test(`${path}, a Latin page, downloads no Arabic or Hebrew text font`, async ({ browser }) => {
      const fonts = await fontsOf(browser, path);
      // (The "… Fallback" faces are local system fonts, resized: nothing is downloaded for them.)
      expect(fonts.families.filter((f) => /arabic|hebrew/i.test(f) && !/Fallback$/.test(f))).toEqual([]);
      // Inter and Source Serif's Latin subsets (≈ 100 KB), and the language names' few glyphs.
      expect(fonts.bytes).toBeLessThan(110 * 1024);
      // Yet the Arabic and Hebrew language names are drawn with real fonts, not a mismatched system fallback.
      expect(await renderedFonts(fonts.page, '[data-testid="locale-switcher"] :lang(ar), [data-testid="locale-switcher"] :lang(he)')).not.toContainEqual(
        expect.stringMatching(/DejaVu/),
      );
      await fonts.close();
    });
  }

  for (const [locale, other] of [
    ["ar", "he"],
    ["he", "ar"],
  ] as const) {
    test(`/${locale}: the ${other} language name is not drawn with DejaVu Sans, and no ${other} text font is loaded`, async ({ browser }) => {
      const fonts = await fontsOf(browser, `/${locale}`);
      const rendered = await renderedFonts(fonts.page, `[data-testid="locale-switcher"] [lang="${other}"]`);
      expect(rendered.length).toBeGreaterThan(0);
      expect(rendered.filter((f) => /DejaVu/.test(f))).toEqual([]);
      expect(fonts.families.filter((f) => new RegExp(other === "ar" ? "Noto Sans Arabic" : "Noto Sans Hebrew").test(f) && !/Fallback$/.test(f))).toEqual([]);
      await fonts.close();
    });
  }
});

/**
 * The page's cumulative layout shift, with its fonts held back until the page
 * has been painted once (what a reader on a slow connection sees: the fallback
 * first, then the swap).
 */
async function cumulativeLayoutShift(browser: Browser, path: string, options: { delayFonts: boolean }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push(`${entry.value.toFixed(4)} ${entry.sources?.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? "?").join(" | ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  if (options.delayFonts) {
    await page.route(/\.woff2(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
  }
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
  // Two frames after the last font: its shift, if any, has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
  await context.close();
  return result;
}

test.describe("no layout shift from fonts (CLS ≤ 0.02)", () => {
  const pages = [
    ["home", ""],
    ["debate", DEBATE],
    ["article", HAZARDS],
    ["author", "/authors/mona-younis"],
    ["search", "/search?q=%QUERY%"],
    ["about", "/about"],
    ["404", "/no-such-page"],
  ] as const;
  const queries: Record<string, string> = { en: "rights", es: "derechos", ar: "حقوق", he: "זכויות" };
  for (const locale of ["en", "es", "ar", "he"] as const) {
    for (const [type, path] of pages) {
      test(`${type} in ${locale}`, async ({ browser }) => {
        const url = `/${locale}${path.replace("%QUERY%", encodeURIComponent(queries[locale]!))}`;
        const { cls, shifts } = await cumulativeLayoutShift(browser, url, { delayFonts: true });
        expect(cls, `${url}\n${shifts.join("\n")}`).toBeLessThanOrEqual(0.02);
      });
    }
  }
});
