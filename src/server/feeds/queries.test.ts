import { describe, expect, it } from "vitest";
import { db } from "../db";
import { getFeedDebate, getFeedItems, getSitemapAuthors, getSitemapDebates, getSitemapWorks } from "./queries";
import { createArticle, createAuthors, createDebate, day, inFuture } from "../../../test/support/feed-fixtures";

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("feed queries", () => {
  it("list only visible variants of the locale, newest first, with ordered authors and the debate's title", async () => {
    const debate = await createDebate({ locales: ["en", "fr"] });
    const [zoe, adam] = await createAuthors(["Zoe Listed First", "Adam Listed Second"]);
    const older = await createArticle({
      debateId: debate.id,
      authors: [zoe!, adam!],
      variants: [
        { locale: "en", publishAt: day("2024-01-01") },
        { locale: "fr", title: "Plus ancien", publishAt: day("2024-01-02") },
      ],
    });
    const newer = await createArticle({
      debateId: debate.id,
      authors: [adam!],
      variants: [{ locale: "en", publishAt: day("2024-02-01") }, { locale: "fr", title: "Plus récent", publishAt: day("2024-02-01") }],
    });
    // Never in a feed: a draft, one in review, an archived one, one scheduled for later, one in the trash.
    const past = day("2024-03-01");
    await createArticle({ debateId: debate.id, variants: [{ locale: "fr", status: "DRAFT", publishAt: past }] });
    await createArticle({ debateId: debate.id, variants: [{ locale: "fr", status: "IN_REVIEW", publishAt: past }] });
    await createArticle({ debateId: debate.id, variants: [{ locale: "fr", status: "ARCHIVED", publishAt: past }] });
    await createArticle({ debateId: debate.id, variants: [{ locale: "fr", status: "SCHEDULED", publishAt: inFuture() }] });
    await createArticle({ debateId: debate.id, variants: [{ locale: "fr", status: "PUBLISHED", publishAt: null }] });
    const trashed = await createArticle({ debateId: debate.id, variants: [{ locale: "fr", publishAt: past }] });
    await db.article.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });
    // Scheduled a moment ago: due, so visible (and the newest).
    const due = await createArticle({
      debateId: debate.id,
      variants: [{ locale: "fr", status: "SCHEDULED", publishAt: new Date(Date.now() - 1000) }],
    });
    const variant = (a: Awaited<ReturnType<typeof createArticle>>, locale: string) => a.variants.find((v) => v.locale === locale)!.id;

    const fr = await getFeedItems("fr", { debateId: debate.id });
    expect(idsOf(fr)).toEqual([variant(due, "fr"), variant(newer, "fr"), variant(older, "fr")]);
    expect(fr.every((i) => i.locale === "fr")).toBe(true);
    const olderItem = fr[2]!;
    expect(olderItem.authors.map((a) => a.name)).toEqual(["Zoe Listed First", "Adam Listed Second"]);
    expect(olderItem.debate).toEqual({ title: debate.translations.find((t) => t.locale === "fr")!.title, slug: debate.translations.find((t) => t.locale === "fr")!.slug });
    expect(olderItem.publishAt).toEqual(day("2024-01-02"));
    expect(olderItem.summary).toBe("Plus ancien summary");

    // The locale feed (no debate filter) holds the same, among others, in the same order; the English one only English.
    const all = await getFeedItems("fr", { take: 10_000 });
    expect(idsOf(all).filter((id) => idsOf(fr).includes(id))).toEqual(idsOf(fr));
    expect(all.every((i) => i.locale === "fr")).toBe(true);
    const publishTimes = all.map((i) => i.publishAt.getTime());
    expect(publishTimes).toEqual([...publishTimes].sort((a, b) => b - a));
    const en = await getFeedItems("en", { debateId: debate.id });
    expect(idsOf(en)).toEqual([variant(newer, "en"), variant(older, "en")]);
  });

  it("keeps a debate's feed to that debate, and caps the feed at 50", async () => {
    const mine = await createDebate();
    const other = await createDebate();
    const inMine = await createArticle({ debateId: mine.id, variants: [{ locale: "en" }] });
    await createArticle({ debateId: other.id, variants: [{ locale: "en" }] });
    await createArticle({ debateId: null, variants: [{ locale: "en" }] });
    expect(idsOf(await getFeedItems("en", { debateId: mine.id }))).toEqual([inMine.variants[0]!.id]);

    const many = await createDebate();
    for (let i = 0; i < 26; i++) {
      await createArticle({ debateId: many.id, variants: [{ locale: "en", publishAt: new Date(Date.UTC(2023, 0, 1 + i)) }, { locale: "es", publishAt: new Date(Date.UTC(2023, 0, 1 + i)) }] });
    }
    const capped = await getFeedItems("en", { debateId: many.id, take: 20 });
    expect(capped).toHaveLength(20);
    expect(capped[0]!.publishAt).toEqual(new Date(Date.UTC(2023, 0, 26)));
    expect((await getFeedItems("en")).length).toBeLessThanOrEqual(50);
  });

  it("finds a public debate by its slug in the locale, and nothing else", async () => {
    const debate = await createDebate({ locales: ["en", "ar"] });
    const ar = debate.translations.find((t) => t.locale === "ar")!;
    expect(await getFeedDebate("ar", ar.slug)).toMatchObject({ id: debate.id, title: ar.title });
    // The Arabic slug is not the French debate's; a draft debate has no feed.
    expect(await getFeedDebate("fr", ar.slug)).toBeNull();
    const draft = await createDebate({ status: "DRAFT" });
    expect(await getFeedDebate("en", draft.translations[0]!.slug)).toBeNull();
  });
});

describe("sitemap queries", () => {
  it("group each work's visible variants (a draft or future translation is no alternate) and leave out hidden works", async () => {
    const [writer, drafter] = await createAuthors(["Sitemap Writer", "Only Drafts"]);
    const work = await createArticle({
      sourceLocale: "fr",
      authors: [writer!],
      variants: [
        { locale: "fr" },
        { locale: "ar" },
        { locale: "en", status: "DRAFT" },
        { locale: "es", status: "SCHEDULED", publishAt: inFuture() },
      ],
    });
    const draftOnly = await createArticle({ authors: [drafter!], variants: [{ locale: "en", status: "DRAFT" }] });
    const trashed = await createArticle({ authors: [drafter!], variants: [{ locale: "en" }] });
    await db.article.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

    const works = await getSitemapWorks();
    const group = works.find((w) => w.id === work.id);
    expect(group?.sourceLocale).toBe("fr");
    expect(group?.versions.map((v) => v.locale)).toEqual(["ar", "fr"]);
    expect(works.some((w) => w.id === draftOnly.id || w.id === trashed.id)).toBe(false);

    // A page of works holds whole works: each once, in id order, with all its versions.
    // (Other test files may add works meanwhile, so only this file's are compared exactly.)
    const paged = [];
    for (let skip = 0; ; skip += 7) {
      const page = await getSitemapWorks({ page: { skip, take: 7 } });
      if (page.length === 0) break;
      paged.push(...page);
    }
    const pagedIds = paged.map((w) => w.id);
    expect(new Set(pagedIds).size).toBe(pagedIds.length);
    expect(pagedIds).toEqual([...pagedIds].sort());
    expect(paged.find((w) => w.id === work.id)).toEqual(group);

    const authors = await getSitemapAuthors();
    expect(authors.find((a) => a.slug === writer!.slug)?.locales).toEqual(["ar", "fr"]);
    expect(authors.some((a) => a.slug === drafter!.slug)).toBe(false);
  });

  it("lists public debates with every translation, not draft ones", async () => {
    const published = await createDebate({ locales: ["en", "he"] });
    const draft = await createDebate({ status: "DRAFT" });
    const debates = await getSitemapDebates();
    expect(debates.find((d) => d.id === published.id)?.versions.map((v) => v.locale)).toEqual(["en", "he"]);
    expect(debates.some((d) => d.id === draft.id)).toBe(false);
  });
});
