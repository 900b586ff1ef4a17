import { resolveSitemap } from "next/dist/build/webpack/loaders/metadata/resolve-route-data";
import { describe, expect, it } from "vitest";
import { localeCodes } from "@/i18n/locales";
import { absoluteUrl, paths } from "@/lib/urls";
import { db } from "../db";
import { buildSitemap, loadSitemapData } from "./sitemap";
import { createArticle, createAuthors, createDebate, inFuture, unique } from "../../../test/support/feed-fixtures";
import { findAll, parseXml, textOf, type XmlElement } from "../../../test/support/parse-xml";

const hreflangs = (url: XmlElement) =>
  Object.fromEntries(findAll(url, "xhtml:link").map((l) => [l.attributes.hreflang!, l.attributes.href!]));

describe("sitemap", () => {
  it("lists each visible language version with exactly the visible versions as alternates, x-default the source", async () => {
    const [author] = await createAuthors(["Sitemap Author"]);
    const id = unique();
    const work = await createArticle({
      sourceLocale: "es",
      authors: [author!],
      variants: [
        { locale: "es", slug: `sitemap-es-${id}` },
        { locale: "ar", slug: `خريطة-${id}` },
        { locale: "en", slug: `sitemap-en-${id}` },
        { locale: "fr", slug: `sitemap-fr-${id}`, status: "DRAFT" },
        { locale: "he", slug: `sitemap-he-${id}`, status: "SCHEDULED", publishAt: inFuture() },
      ],
    });
    const debate = await createDebate({ locales: ["en", "pt"] });

    const entries = buildSitemap(await loadSitemapData());
    const xml = resolveSitemap(entries);
    const urlset = parseXml(xml);
    const byLoc = new Map(findAll(urlset, "url").map((u) => [textOf(findAll(u, "loc")[0]!), u]));

    const expected = {
      es: absoluteUrl("es", paths.article(`sitemap-es-${id}`)),
      ar: absoluteUrl("ar", paths.article(`خريطة-${id}`)),
      en: absoluteUrl("en", paths.article(`sitemap-en-${id}`)),
    };
    for (const url of Object.values(expected)) {
      const entry = byLoc.get(url);
      expect(entry, url).toBeDefined();
      expect(hreflangs(entry!)).toEqual({ ...expected, "x-default": expected.es });
      expect(textOf(findAll(entry!, "lastmod")[0]!)).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    // The draft and the future translation are neither listed nor alternates.
    expect(xml).not.toContain(`sitemap-fr-${id}`);
    expect(xml).not.toContain(`sitemap-he-${id}`);
    expect(work.variants).toHaveLength(5);

    // Debates, with their translations as alternates; the author in the locales of their visible articles.
    const debateEn = absoluteUrl("en", paths.debate(debate.translations.find((t) => t.locale === "en")!.slug));
    const debatePt = absoluteUrl("pt", paths.debate(debate.translations.find((t) => t.locale === "pt")!.slug));
    expect(hreflangs(byLoc.get(debatePt)!)).toEqual({ en: debateEn, pt: debatePt, "x-default": debateEn });
    for (const locale of ["ar", "en", "es"] as const) expect(byLoc.has(absoluteUrl(locale, paths.author(author!.slug)))).toBe(true);
    expect(byLoc.has(absoluteUrl("fr", paths.author(author!.slug)))).toBe(false);

    // Home and about in every locale; English is the home pages' x-default (`/` redirects: never an alternate).
    for (const locale of localeCodes) {
      expect(hreflangs(byLoc.get(absoluteUrl(locale, paths.home()))!)["x-default"]).toBe(absoluteUrl("en", paths.home()));
      expect(byLoc.has(absoluteUrl(locale, paths.about()))).toBe(true);
    }

    // Once a translation is published, it is an alternate of the others.
    await db.articleVariant.updateMany({ where: { articleId: work.id, locale: "fr" }, data: { status: "PUBLISHED" } });
    const after = buildSitemap(await loadSitemapData()).find((e) => e.url === expected.es)!;
    expect(Object.keys(after.alternates!.languages!).sort()).toEqual(["ar", "en", "es", "fr", "x-default"]);
  });

  it("keeps odd slugs inert and well-formed", async () => {
    const id = unique();
    const hostile = `x&y<z>"q"'a']]>\u202E${id}`;
    await createArticle({ variants: [{ locale: "en", slug: hostile }, { locale: "he", slug: `${hostile}-he` }] });
    const xml = resolveSitemap(buildSitemap(await loadSitemapData()));
    expect(xml).not.toContain("<z>");
    const locs = findAll(parseXml(xml), "loc").map(textOf);
    expect(locs).toContain(absoluteUrl("en", paths.article(hostile)));
  });
});
