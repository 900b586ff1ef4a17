// Database fixtures for the feed and sitemap tests: every slug is unique, so
// the tests share a database with the rest of the suite without colliding.
import { randomUUID } from "node:crypto";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { db } from "@/server/db";

export const unique = () => randomUUID().slice(0, 8);
export const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
export const inFuture = () => new Date(Date.now() + 7 * 24 * 3600 * 1000);

export async function createDebate({
  status = "PUBLISHED",
  locales = ["en", "fr"],
}: { status?: "DRAFT" | "PUBLISHED"; locales?: string[] } = {}) {
  const id = unique();
  return db.debate.create({
    data: {
      status,
      sourceLocale: "en",
      publishedAt: new Date(),
      translations: {
        create: locales.map((locale) => ({ locale, title: `Debate ${locale} ${id}`, subtitle: `Sub ${locale}`, slug: `feeds-debate-${locale}-${id}` })),
      },
    },
    include: { translations: true },
  });
}

export interface VariantFixture {
  locale: string;
  title?: string;
  slug?: string;
  summary?: string;
  status?: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  publishAt?: Date | null;
}

export async function createAuthors(names: string[]) {
  const rows = [];
  for (const name of names) {
    rows.push(await db.author.create({ data: { name, slug: `feeds-${name.toLowerCase().replace(/\W+/g, "-")}-${unique()}` } }));
  }
  return rows;
}

export async function createArticle({
  debateId = null,
  sourceLocale = "en",
  authors = [],
  variants,
}: {
  debateId?: string | null;
  sourceLocale?: string;
  authors?: { id: string }[];
  variants: VariantFixture[];
}) {
  return db.article.create({
    data: {
      debateId,
      sourceLocale,
      authors: { create: authors.map((a, position) => ({ authorId: a.id, position })) },
      variants: {
        create: variants.map((v) => {
          const title = v.title ?? `Feeds ${v.locale} ${unique()}`;
          return {
            locale: v.locale,
            title,
            slug: v.slug ?? `feeds-${v.locale}-${unique()}`,
            summary: v.summary ?? `${title} summary`,
            body: paragraphsToDocument([`${title} body`]),
            status: v.status ?? "PUBLISHED",
            publishAt: v.publishAt === undefined ? day("2024-06-01") : v.publishAt,
          };
        }),
      },
    },
    include: { variants: true },
  });
}
