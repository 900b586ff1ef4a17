import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { uid } from "../../../test/support/actors";
import { db } from "../db";
import { pagesOf } from "./revalidate";

const homes = ["/en", "/es", "/fr", "/pt", "/ar", "/he"];

describe("pagesOf: the pages a change must re-render before readers see them again", () => {
  it("is every home page when nothing in particular changed", async () => {
    expect((await pagesOf({})).sort()).toEqual([...homes].sort());
  });

  it("an article: each of its languages (encoded as readers' links are), its debate in each language, and the homes", async () => {
    const k = uid();
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
        variants: {
          create: [
            { locale: "en", title: "An article", slug: `article-${k}`, body: paragraphsToDocument(["Text."]) },
            { locale: "ar", title: "مقال", slug: `مقال-${k}`, body: paragraphsToDocument(["نص."]), status: "DRAFT" },
          ],
        },
      },
      include: { variants: true },
    });
    const expected = [
      ...homes,
      `/en/articles/article-${k}`,
      `/ar/articles/${encodeURIComponent(`مقال-${k}`)}`,
      `/en/debates/debate-${k}`,
      `/ar/debates/${encodeURIComponent(`نقاش-${k}`)}`,
    ].sort();
    expect((await pagesOf({ articleIds: [article.id] })).sort()).toEqual(expected);
    // Named by one of its language versions: the same pages.
    expect((await pagesOf({ variantIds: [article.variants[1]!.id] })).sort()).toEqual(expected);
    // A debate on its own: its pages and the homes.
    expect((await pagesOf({ debateIds: [debate.id] })).sort()).toEqual(
      [...homes, `/en/debates/debate-${k}`, `/ar/debates/${encodeURIComponent(`نقاش-${k}`)}`].sort(),
    );
  });

  it("an author: their page in every language; unknown ids add nothing", async () => {
    const k = uid();
    const author = await db.author.create({ data: { name: "Someone", slug: `someone-${k}` } });
    expect((await pagesOf({ authorIds: [author.id, "no-such-author"], articleIds: ["no-such-article"] })).sort()).toEqual(
      [...homes, ...homes.map((h) => `${h}/authors/someone-${k}`)].sort(),
    );
  });
});
