import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLocale } from "@/i18n/locales";
import { articleVersions, authorVersions, debateVersions, everyLocale, hreflangAlternates, isVersion, type PageVersions } from "@/lib/seo";
import { slugify } from "@/lib/slug";
import { paths, siteUrl } from "@/lib/urls";
import { debate as seedDebate } from "../../../prisma/seed/data/internationalizing-human-rights";
import { getArticleBySlug } from "../articles/queries";
import { db } from "../db";
import { getAuthorBySlug } from "../authors/queries";
import { getDebateBySlug, listArticles } from "../debates/queries";
import { seedDemo } from "../seed/demo";
import { buildSitemap, loadSitemapData } from "./sitemap";

// The pages' <link rel="alternate" hreflang> and the sitemap come from one
// function (hreflangAlternates); this checks that, on the seeded demo, they
// are also fed the same versions — page by page, as each page's metadata
// looks them up — and that no alternate names a redirect or a noindex page.

let mediaDir: string;
const previousMediaDir = process.env.MEDIA_DIR;
beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), "alternates-media-"));
  process.env.MEDIA_DIR = mediaDir;
  await seedDemo(db);
});
afterAll(async () => {
  process.env.MEDIA_DIR = previousMediaDir;
  await rm(mediaDir, { recursive: true, force: true });
});

type Page = { status: "ok"; versions: PageVersions } | { status: "redirect" | "missing" | "noindex" };

/** What the page at a public URL advertises, looked up exactly as its generateMetadata does. */
async function pageAt(url: string): Promise<Page> {
  const [, locale, kind, rawSlug] = new URL(url).pathname.split("/");
  if (!isLocale(locale)) return { status: "missing" };
  const slug = rawSlug === undefined ? undefined : decodeURIComponent(rawSlug);
  const versionsOrNoindex = (versions: PageVersions): Page => (isVersion(versions, locale) ? { status: "ok", versions } : { status: "noindex" });
  if (kind === undefined) return versionsOrNoindex(everyLocale(paths.home()));
  if (kind === "about") return versionsOrNoindex(everyLocale(paths.about()));
  if (kind === "articles") {
    const lookup = await getArticleBySlug(locale, slug!);
    if (!lookup) return { status: "missing" };
    if (lookup.kind === "redirect") return { status: "redirect" };
    if (lookup.kind === "unavailable") return { status: "noindex" };
    return versionsOrNoindex(articleVersions(lookup.article));
  }
  if (kind === "debates") {
    const lookup = await getDebateBySlug(locale, slug!);
    if (!lookup) return { status: "missing" };
    if (lookup.kind === "redirect") return { status: "redirect" };
    return versionsOrNoindex(debateVersions(lookup.debate));
  }
  if (kind === "authors") {
    const author = await getAuthorBySlug(locale, slug!);
    const items = author ? await listArticles({ authorId: author.id }, locale) : [];
    if (!items.length) return { status: "missing" };
    return versionsOrNoindex(authorVersions(author!.slug, items));
  }
  return { status: "missing" };
}

describe("hreflang alternates", () => {
  it("are the same in every public page's HTML as in the sitemap, and each names an indexable page", async () => {
    const sitemap = buildSitemap(await loadSitemapData());
    expect(sitemap.length).toBeGreaterThan(60);
    const checked = new Map<string, Page>();
    const page = async (url: string) => checked.get(url) ?? (checked.set(url, await pageAt(url)), checked.get(url)!);

    for (const entry of sitemap) {
      const html = await page(entry.url);
      expect(html.status, entry.url).toBe("ok");
      const languages = hreflangAlternates((html as { versions: PageVersions }).versions);
      expect(entry.alternates?.languages, entry.url).toEqual(languages);
      for (const [hreflang, url] of Object.entries(languages)) {
        expect(url.startsWith(`${siteUrl()}/`), url).toBe(true);
        expect((await page(url)).status, `${entry.url} → ${hreflang} ${url}`).toBe("ok");
      }
    }
  });

  it("make a debate's source language its x-default, and leave out the locales an author has no article in", async () => {
    const sitemap = buildSitemap(await loadSitemapData());
    const debate = sitemap.find((e) => e.url.endsWith(`/ar${paths.debate(slugify(seedDebate.translations.ar.title))}`));
    expect(debate?.alternates?.languages?.["x-default"]).toMatch(/\/en\/debates\/internationalizing-human-rights-organizations$/);

    // Noor Castellanos writes in English, Arabic and Hebrew: her French page is thin, neither listed nor an alternate.
    const noor = sitemap.filter((e) => e.url.includes(paths.author("noor-castellanos")));
    expect(noor.map((e) => new URL(e.url).pathname.split("/")[1]).sort()).toEqual(["ar", "en", "he"]);
    expect(await pageAt(`${siteUrl()}/fr${paths.author("noor-castellanos")}`)).toEqual({ status: "noindex" });
  });
});
