import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { uid } from "../../../test/support/actors";
import { db } from "../db";
import { pagesOf } from "./revalidate";

const locales = ["en", "es", "fr", "pt", "ar", "he"];
// Home pages and site feeds: always.
const always = locales.flatMap((l) => [`/${l}`, `/${l}/feed.xml`, `/${l}/atom.xml`]);
const enc = encodeURIComponent;

async function fixture() {
  const k = uid();
  const author = await db.author.create({ data: { name: "Someone", slug: `someone-${k}` } });
  const debate = await db.debate.create({
    data: {
      translations: {
        create: [
          { locale: "en", title: "A debate", slug: `debate-${k}` },
          { locale: "ar", title: "نقاش", slug: `نقاش-${k}` },
        ],
      },
    },
  });
  const article = await db.article.create({
    data: {
      sourceLocale: "en",
      debateId: debate.id,
      authors: { create: { authorId: author.id, position: 0 } },
      variants: {
        create: [
          { locale: "en", title: "An article", slug: `article-${k}`, body: paragraphsToDocument(["Text."]) },
          { locale: "ar", title: "مقال", slug: `مقال-${k}`, body: paragraphsToDocument(["نص."]), status: "DRAFT" },
        ],
      },
    },
    include: { variants: true },
  });
  // Another article of the same debate and author.
  await db.article.create({
    data: {
      sourceLocale: "en",
      debateId: debate.id,
      authors: { create: { authorId: author.id, position: 0 } },
      variants: { create: { locale: "en", title: "Another", slug: `another-${k}`, body: paragraphsToDocument(["Text."]) } },
    },
  });
  const debatePages = [`/en/debates/debate-${k}`, `/en/debates/debate-${k}/feed.xml`, `/ar/debates/${enc(`نقاش-${k}`)}`, `/ar/debates/${enc(`نقاش-${k}`)}/feed.xml`];
  const authorPages = locales.map((l) => `/${l}/authors/someone-${k}`);
  return { k, author, debate, article, debatePages, authorPages };
}

describe("pagesOf: the pages a change must re-render before readers see them again", () => {
  it("is every home page and site feed when nothing in particular changed", async () => {
    expect((await pagesOf({})).sort()).toEqual([...always].sort());
  });

  it("an article: its page under each of its slugs in every locale (encoded as readers' links are), its debate's pages and feeds, its authors' pages", async () => {
    const { k, article, debatePages, authorPages } = await fixture();
    const expected = [
      ...always,
      ...locales.flatMap((l) => [`/${l}/articles/article-${k}`, `/${l}/articles/${enc(`مقال-${k}`)}`]),
      ...debatePages,
      ...authorPages,
    ].sort();
    expect((await pagesOf({ articleIds: [article.id] })).sort()).toEqual(expected);
    // Named by one of its language versions: the same pages. Not the other articles of its debate or author.
    expect((await pagesOf({ variantIds: [article.variants[1]!.id] })).sort()).toEqual(expected);
  });

  it("a debate's or an author's own text: their pages and every article naming them, in its own language", async () => {
    const { k, author, debate, debatePages, authorPages } = await fixture();
    const articles = [`/en/articles/article-${k}`, `/ar/articles/${enc(`مقال-${k}`)}`, `/en/articles/another-${k}`];
    expect((await pagesOf({ debateIds: [debate.id] })).sort()).toEqual([...always, ...debatePages, ...articles].sort());
    expect((await pagesOf({ authorIds: [author.id] })).sort()).toEqual([...always, ...authorPages, ...articles].sort());
  });

  it("an article moved to another debate or other authors: the pages that listed it too", async () => {
    const before = await fixture();
    const { k, article, debatePages, authorPages } = await fixture();
    const pages = await pagesOf({ articleIds: [article.id], listedBy: { debateIds: [before.debate.id], authorIds: [before.author.id] } });
    expect(pages).toEqual(expect.arrayContaining([...before.debatePages, ...before.authorPages, ...debatePages, ...authorPages, `/fr/articles/article-${k}`]));
    // Their other articles do not show the moved one: not re-rendered.
    expect(pages).not.toContain(`/en/articles/another-${before.k}`);
  });

  it("skips ids that do not exist", async () => {
    expect((await pagesOf({ authorIds: ["no-such-author"], articleIds: ["no-such-article"], debateIds: ["no"], variantIds: ["no"] })).sort()).toEqual(
      [...always].sort(),
    );
  });
});
