import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { db } from "../db";
import { getDebateArticles, getPublishedDebates } from "./queries";

const unique = () => randomUUID().slice(0, 8);
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

async function createDebate() {
  const id = unique();
  return db.debate.create({
    data: {
      status: "PUBLISHED",
      sourceLocale: "en",
      publishedAt: new Date(),
      translations: {
        create: [
          { locale: "en", title: `Debate ${id}`, subtitle: "Why?", slug: `debate-${id}` },
          { locale: "ar", title: `نقاش ${id}`, subtitle: "لماذا؟", slug: `نقاش-${id}` },
        ],
      },
    },
  });
}

async function createArticle(
  debateId: string,
  authors: string[],
  variants: { locale: string; title: string; status?: "DRAFT" | "PUBLISHED" | "SCHEDULED"; publishAt: Date }[],
) {
  const authorRows = [];
  for (const name of authors) {
    authorRows.push(await db.author.create({ data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${unique()}` } }));
  }
  return db.article.create({
    data: {
      debateId,
      sourceLocale: "en",
      authors: { create: authorRows.map((a, position) => ({ authorId: a.id, position })) },
      variants: {
        create: variants.map((v) => ({
          locale: v.locale,
          title: v.title,
          slug: `${v.locale}-${unique()}`,
          summary: `${v.title} — summary`,
          body: paragraphsToDocument([`${v.title} — body`]),
          status: v.status ?? "PUBLISHED",
          publishAt: v.publishAt,
        })),
      },
    },
  });
}

describe("debate listings (the queries the public pages use)", () => {
  it("reads back an article with ordered authors in the reader's language, and in another when not translated", async () => {
    const debate = await createDebate();
    const translated = await createArticle(debate.id, ["Zoe Second-Alphabetically", "Adam First"], [
      { locale: "en", title: "Rights without borders", publishAt: day("2024-03-01") },
      { locale: "ar", title: "حقوق بلا حدود", publishAt: day("2024-03-05") },
    ]);
    const englishOnly = await createArticle(debate.id, ["Mona Solo"], [
      { locale: "en", title: "Only in English", publishAt: day("2024-04-01") },
    ]);

    const arabic = await getDebateArticles(debate.id, "ar");
    expect(arabic.map((a) => a.articleId)).toEqual([englishOnly.id, translated.id]); // newest first

    const [first, second] = arabic;
    expect(first).toMatchObject({ locale: "en", inReaderLocale: false, title: "Only in English" });
    expect(second).toMatchObject({ locale: "ar", inReaderLocale: true, title: "حقوق بلا حدود" });
    // Authors keep their order (not alphabetical), and the work's date is the source's.
    expect(second!.authors.map((a) => a.name)).toEqual(["Zoe Second-Alphabetically", "Adam First"]);
    expect(second!.date).toEqual(day("2024-03-01"));
    expect(second!.languages.map((l) => l.locale).sort()).toEqual(["ar", "en"]);

    const english = await getDebateArticles(debate.id, "en");
    expect(english.every((a) => a.inReaderLocale && a.locale === "en")).toBe(true);

    const debates = await getPublishedDebates("ar");
    const listed = debates.find((d) => d.id === debate.id);
    expect(listed).toMatchObject({ locale: "ar", subtitle: "لماذا؟" });
    expect(listed!.languages.map((l) => l.locale).sort()).toEqual(["ar", "en"]);
  });

  it("shows readers nothing that is a draft, scheduled for later, or in the trash", async () => {
    const debate = await createDebate();
    const future = new Date(Date.now() + 24 * 3600 * 1000);
    await createArticle(debate.id, ["Draft Author"], [{ locale: "en", title: "A draft", status: "DRAFT", publishAt: day("2024-01-01") }]);
    await createArticle(debate.id, ["Future Author"], [{ locale: "en", title: "Tomorrow", status: "SCHEDULED", publishAt: future }]);
    const due = await createArticle(debate.id, ["Due Author"], [
      { locale: "en", title: "Due now", status: "SCHEDULED", publishAt: new Date(Date.now() - 1000) },
    ]);
    const trashed = await createArticle(debate.id, ["Trashed Author"], [{ locale: "en", title: "Trashed", publishAt: day("2024-01-02") }]);
    await db.article.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

    const items = await getDebateArticles(debate.id, "en");
    expect(items.map((i) => i.articleId)).toEqual([due.id]);
  });

  it("enforces slug uniqueness per locale in the database, not across locales", async () => {
    const article = await db.article.create({ data: { sourceLocale: "en" } });
    const other = await db.article.create({ data: { sourceLocale: "en" } });
    const slug = `same-slug-${unique()}`;
    const body = paragraphsToDocument(["x"]);
    await db.articleVariant.create({ data: { articleId: article.id, locale: "en", title: "One", slug, body } });

    await expect(
      db.articleVariant.create({ data: { articleId: other.id, locale: "en", title: "Two", slug, body } }),
    ).rejects.toMatchObject({ code: "P2002" });
    // The same slug in another locale is fine.
    await expect(db.articleVariant.create({ data: { articleId: other.id, locale: "es", title: "Dos", slug, body } })).resolves.toBeTruthy();
    // And one work has at most one variant per locale.
    await expect(
      db.articleVariant.create({ data: { articleId: article.id, locale: "en", title: "Dup", slug: `${slug}-2`, body } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
