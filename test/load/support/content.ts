import { LOCALES } from "../../../src/i18n/locales";
import { withClient } from "../../harness/postgres";

// What readers can reach, read from the database with the visibility rule of
// src/server/articles/visibility.ts (scheduled or published, time passed, not
// trashed), per locale and page type.

export const PAGE_TYPES = ["home", "debate", "article", "author", "search", "feed"] as const;
export type PageType = (typeof PAGE_TYPES)[number];
export const LOCALE_CODES = LOCALES.map((l) => l.code);

export type ReaderUrls = Record<string, Record<PageType, string[]>>;

const enc = encodeURIComponent;

export async function readerUrls(databaseUrl: string): Promise<ReaderUrls> {
  return withClient(databaseUrl, async (c) => {
    const articles = await c.query<{ locale: string; slug: string; title: string }>(
      `SELECT v.locale, v.slug, v.title FROM "ArticleVariant" v JOIN "Article" a ON a.id = v."articleId"
        WHERE v.status IN ('PUBLISHED','SCHEDULED') AND v."publishAt" <= now() AND a."deletedAt" IS NULL`,
    );
    const debates = await c.query<{ locale: string; slug: string }>(
      `SELECT t.locale, t.slug FROM "DebateTranslation" t JOIN "Debate" d ON d.id = t."debateId" WHERE d.status = 'PUBLISHED' AND d."deletedAt" IS NULL`,
    );
    const authors = await c.query<{ slug: string }>(`SELECT slug FROM "Author" WHERE "deletedAt" IS NULL`);
    const urls: ReaderUrls = {};
    for (const locale of LOCALE_CODES) {
      const own = articles.rows.filter((a) => a.locale === locale);
      // Search terms: words of the locale's own titles, so searches find something.
      const words = [...new Set(own.flatMap((a) => a.title.split(/[\s,.:;!?«»"'()]+/u).filter((w) => w.length >= 5)))].slice(0, 20);
      urls[locale] = {
        home: [`/${locale}`],
        debate: debates.rows.filter((d) => d.locale === locale).map((d) => `/${locale}/debates/${enc(d.slug)}`),
        article: own.map((a) => `/${locale}/articles/${enc(a.slug)}`),
        author: authors.rows.map((a) => `/${locale}/authors/${enc(a.slug)}`),
        search: (words.length ? words : ["rights"]).map((w) => `/${locale}/search?q=${enc(w)}`),
        feed: [`/${locale}/feed.xml`],
      };
      for (const type of PAGE_TYPES) if (urls[locale]![type].length === 0) urls[locale]![type] = [`/${locale}`];
    }
    return urls;
  });
}

/** A minimal Tiptap document with one paragraph of text. */
export function paragraphDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}
