import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { getArticleBySlug } from "../articles/queries";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError, LocaleTakenError, NotFoundError } from "../errors";
import { linkArticles, searchLinkCandidates, unlinkVariant } from "./link";
import { makeActor, uid } from "../../../test/support/actors";

const body = paragraphsToDocument(["Body."]);
const past = new Date(Date.now() - 3600_000);

let editor: Actor;
let translatorEsAr: Actor;
let authorA: string;
let authorB: string;
let authorC: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  translatorEsAr = await makeActor("TRANSLATOR", { locales: ["es", "ar"] });
  authorA = (await db.author.create({ data: { name: "First Author", slug: `first-${uid()}` } })).id;
  authorB = (await db.author.create({ data: { name: "Second Author", slug: `second-${uid()}` } })).id;
  authorC = (await db.author.create({ data: { name: "Other Author", slug: `other-${uid()}` } })).id;
});

/** A work written directly in the database: published versions in `locales`, the first one its source. */
async function work(locales: string[], { authors = [authorA], title = "Piece", heroCredit = null as string | null } = {}) {
  const key = uid();
  const article = await db.article.create({
    data: {
      sourceLocale: locales[0]!,
      heroCredit,
      authors: { create: authors.map((authorId, position) => ({ authorId, position })) },
      variants: {
        create: locales.map((locale) => ({ locale, title: `${title} ${locale} ${key}`, slug: `${locale}-${key}`, body, status: "PUBLISHED" as const, publishAt: past })),
      },
    },
    include: { variants: true },
  });
  const variant = (locale: string) => article.variants.find((v) => v.locale === locale)!;
  return { article, variant, slug: (locale: string) => `${locale}-${key}`, key };
}

const localesOf = async (articleId: string) => (await db.articleVariant.findMany({ where: { articleId }, orderBy: { locale: "asc" } })).map((v) => v.locale);

describe("linking two works", () => {
  it("moves the other work's versions over, deletes the emptied work, keeps the target's shared fields, and is audited", async () => {
    const en = await work(["en"], { authors: [authorA, authorB], heroCredit: "Target credit" });
    const es = await work(["es", "pt"], { authors: [authorC], heroCredit: "Dropped credit" });
    const result = await linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: es.variant("es").id });
    expect(result).toMatchObject({ articleId: en.article.id, mergedArticleId: es.article.id });
    expect(result.moved.map((m) => m.locale)).toEqual(["es", "pt"]);

    expect(await localesOf(en.article.id)).toEqual(["en", "es", "pt"]);
    expect(await db.article.findUnique({ where: { id: es.article.id } })).toBeNull();
    const target = await db.article.findUniqueOrThrow({ where: { id: en.article.id }, include: { authors: { orderBy: { position: "asc" } } } });
    expect(target.authors.map((a) => a.authorId)).toEqual([authorA, authorB]);
    expect(target.heroCredit).toBe("Target credit");
    expect(target.sourceLocale).toBe("en");
    // Texts untouched: only the grouping changed.
    const moved = await db.articleVariant.findUniqueOrThrow({ where: { id: es.variant("es").id } });
    expect({ title: moved.title, slug: moved.slug, status: moved.status }).toEqual({ title: es.variant("es").title, slug: es.slug("es"), status: "PUBLISHED" });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "translation.link", entityId: en.article.id } });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.data).toMatchObject({
      articleId: en.article.id,
      mergedArticleId: es.article.id,
      movedVariantIds: [es.variant("es").id, es.variant("pt").id],
      movedLocales: ["es", "pt"],
    });
  });

  it("makes readers' alternates and switcher follow the new grouping", async () => {
    const en = await work(["en"]);
    const es = await work(["es"]);
    const before = await getArticleBySlug("en", en.slug("en"));
    if (before?.kind !== "found") throw new Error("expected the English article");
    expect(before.article.languages.map((l) => l.locale)).toEqual(["en"]);
    // The Spanish reader of the English slug learns there is no Spanish version.
    expect(await getArticleBySlug("es", en.slug("en"))).toMatchObject({ kind: "unavailable" });

    await linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: es.variant("es").id });
    const after = await getArticleBySlug("en", en.slug("en"));
    if (after?.kind !== "found") throw new Error("expected the English article");
    expect(after.article.languages).toEqual([
      { locale: "en", slug: en.slug("en"), title: en.variant("en").title },
      { locale: "es", slug: es.slug("es"), title: es.variant("es").title },
    ]);
    // The switcher's link (English slug under /es) now lands on the Spanish version.
    expect(await getArticleBySlug("es", en.slug("en"))).toEqual({ kind: "redirect", slug: es.slug("es") });

    await unlinkVariant(editor, { variantId: es.variant("es").id });
    const split = await getArticleBySlug("en", en.slug("en"));
    if (split?.kind !== "found") throw new Error("expected the English article");
    expect(split.article.languages.map((l) => l.locale)).toEqual(["en"]);
    expect(await getArticleBySlug("es", en.slug("en"))).toMatchObject({ kind: "unavailable" });
    const spanish = await getArticleBySlug("es", es.slug("es"));
    if (spanish?.kind !== "found") throw new Error("expected the Spanish article");
    expect(spanish.article.languages.map((l) => l.locale)).toEqual(["es"]);
  });

  it("refuses, naming the locales, when both works have a version in the same language — and changes nothing", async () => {
    const a = await work(["en", "es", "fr"]);
    const b = await work(["es", "fr", "pt"]);
    const auditsBefore = await db.auditEvent.count({ where: { action: "translation.link" } });
    const refused = await linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: b.variant("pt").id }).catch((e) => e);
    expect(refused).toBeInstanceOf(LocaleTakenError);
    expect((refused as LocaleTakenError).reason).toBe("localeTaken");
    expect((refused as LocaleTakenError).locales).toEqual(["es", "fr"]);
    expect(await localesOf(a.article.id)).toEqual(["en", "es", "fr"]);
    expect(await localesOf(b.article.id)).toEqual(["es", "fr", "pt"]);
    expect(await db.auditEvent.count({ where: { action: "translation.link" } })).toBe(auditsBefore);
  });

  it("refuses versions of one work, and trashed or missing ones", async () => {
    const a = await work(["en", "es"]);
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: a.variant("es").id })).rejects.toMatchObject({ reason: "alreadyLinked" });
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: a.variant("en").id })).rejects.toMatchObject({ reason: "alreadyLinked" });

    const trashed = await work(["fr"]);
    await db.article.update({ where: { id: trashed.article.id }, data: { deletedAt: new Date() } });
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: trashed.variant("fr").id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(linkArticles(editor, { variantId: trashed.variant("fr").id, otherVariantId: a.variant("en").id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: "no-such-variant" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await localesOf(trashed.article.id)).toEqual(["fr"]);
    expect(await localesOf(a.article.id)).toEqual(["en", "es"]);
  });

  it("lets a translator link versions in their own locales, and refuses one in a locale they do not work in", async () => {
    const es = await work(["es"]);
    const ar = await work(["ar"]);
    await linkArticles(translatorEsAr, { variantId: es.variant("es").id, otherVariantId: ar.variant("ar").id });
    expect(await localesOf(es.article.id)).toEqual(["ar", "es"]);

    const en = await work(["en"]);
    const ar2 = await work(["ar"]);
    for (const [variantId, otherVariantId] of [
      [ar2.variant("ar").id, en.variant("en").id],
      [en.variant("en").id, ar2.variant("ar").id],
    ]) {
      await expect(linkArticles(translatorEsAr, { variantId, otherVariantId })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await localesOf(en.article.id)).toEqual(["en"]);
    expect(await localesOf(ar2.article.id)).toEqual(["ar"]);
    await expect(linkArticles(null, { variantId: en.variant("en").id, otherVariantId: ar2.variant("ar").id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets exactly one of two concurrent links of a same-locale version into one work succeed", async () => {
    const target = await work(["en"]);
    const first = await work(["es"]);
    const second = await work(["es"]);
    const results = await Promise.allSettled([
      linkArticles(editor, { variantId: target.variant("en").id, otherVariantId: first.variant("es").id }),
      linkArticles(editor, { variantId: target.variant("en").id, otherVariantId: second.variant("es").id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(LocaleTakenError);
    expect((refused.reason as LocaleTakenError).locales).toEqual(["es"]);
    expect(await localesOf(target.article.id)).toEqual(["en", "es"]);
    // The loser's work is intact.
    const loser = results[0]!.status === "rejected" ? first : second;
    expect(await localesOf(loser.article.id)).toEqual(["es"]);
  });
});

describe("unlinking a version", () => {
  it("moves it into a new work with a copy of the shared fields, as its own source, translating nothing", async () => {
    const debate = await db.debate.create({ data: { translations: { create: { locale: "en", title: "A debate", slug: `debate-${uid()}` } } } });
    const hero = await db.media.create({ data: { storageKey: `${uid()}.png`, originalName: "hero.png", mimeType: "image/png", size: 1 } });
    const w = await work(["en", "fr", "es"], { authors: [authorB, authorA], heroCredit: "Photo: someone" });
    await db.article.update({ where: { id: w.article.id }, data: { debateId: debate.id, heroImageId: hero.id } });
    // The French version is a translation of the English one; the Spanish one translates the French.
    const enRevision = await db.revision.create({ data: { variantId: w.variant("en").id, version: 1, title: "t", slug: "s", summary: "", body } });
    const frRevision = await db.revision.create({ data: { variantId: w.variant("fr").id, version: 1, title: "t", slug: "s", summary: "", body } });
    await db.articleVariant.update({ where: { id: w.variant("fr").id }, data: { sourceRevisionId: enRevision.id, sourceVersion: 1 } });
    await db.articleVariant.update({ where: { id: w.variant("es").id }, data: { sourceRevisionId: frRevision.id, sourceVersion: 1 } });

    const result = await unlinkVariant(editor, { variantId: w.variant("fr").id });
    expect(result).toMatchObject({ fromArticleId: w.article.id, locale: "fr" });
    const split = await db.article.findUniqueOrThrow({ where: { id: result.articleId }, include: { authors: { orderBy: { position: "asc" } }, variants: true } });
    expect(split).toMatchObject({ sourceLocale: "fr", debateId: debate.id, heroImageId: hero.id, heroCredit: "Photo: someone" });
    expect(split.authors.map((a) => a.authorId)).toEqual([authorB, authorA]);
    expect(split.variants.map((v) => [v.id, v.sourceRevisionId, v.sourceVersion])).toEqual([[w.variant("fr").id, null, null]]);

    expect(await localesOf(w.article.id)).toEqual(["en", "es"]);
    const original = await db.article.findUniqueOrThrow({ where: { id: w.article.id }, include: { authors: { orderBy: { position: "asc" } } } });
    expect(original.authors.map((a) => a.authorId)).toEqual([authorB, authorA]);
    // The Spanish version followed the French one, which left: it follows nothing now.
    expect(await db.articleVariant.findUniqueOrThrow({ where: { id: w.variant("es").id } })).toMatchObject({ sourceRevisionId: null, sourceVersion: null });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "translation.unlink", entityId: w.article.id } });
    expect(audit.data).toMatchObject({ fromArticleId: w.article.id, newArticleId: split.id, variantId: w.variant("fr").id, locale: "fr", remainingLocales: ["en", "es"] });
  });

  it("gives the work left behind a source language it still has", async () => {
    const w = await work(["en", "ar"]);
    await unlinkVariant(editor, { variantId: w.variant("en").id });
    expect((await db.article.findUniqueOrThrow({ where: { id: w.article.id } })).sourceLocale).toBe("ar");
  });

  it("refuses to split off the only version of a work, and a translator's foreign locale", async () => {
    const alone = await work(["es"]);
    await expect(unlinkVariant(editor, { variantId: alone.variant("es").id })).rejects.toMatchObject({ reason: "onlyVariant" });
    expect(await db.article.count({ where: { id: alone.article.id } })).toBe(1);

    const w = await work(["en", "es"]);
    await expect(unlinkVariant(translatorEsAr, { variantId: w.variant("en").id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await localesOf(w.article.id)).toEqual(["en", "es"]);
    await unlinkVariant(translatorEsAr, { variantId: w.variant("es").id });
    expect(await localesOf(w.article.id)).toEqual(["en"]);
    await expect(unlinkVariant(null, { variantId: w.variant("en").id })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("finding the article to link", () => {
  it("finds works by a title in any language, with all their versions, leaving out trashed works and the current one", async () => {
    const key = uid();
    const ar = await work(["ar", "en"], { title: `حقوق الإنسان ${key}` });
    const other = await work(["es"], { title: `Derechos ${key}` });
    const trashed = await work(["fr"], { title: `Droits ${key}` });
    await db.article.update({ where: { id: trashed.article.id }, data: { deletedAt: new Date() } });

    const found = await searchLinkCandidates(editor, { query: "حقوق" });
    const hit = found.find((c) => c.articleId === ar.article.id);
    expect(hit?.variants.map((v) => v.locale)).toEqual(["ar", "en"]);
    expect(hit?.variants[0]).toMatchObject({ id: ar.variant("ar").id, status: "PUBLISHED" });

    expect((await searchLinkCandidates(editor, { query: key })).map((c) => c.articleId).sort()).toEqual([ar.article.id, other.article.id].sort());
    expect((await searchLinkCandidates(editor, { query: key.toUpperCase(), excludeArticleId: ar.article.id })).map((c) => c.articleId)).toEqual([other.article.id]);
    // LIKE wildcards are text, not patterns.
    expect(await searchLinkCandidates(editor, { query: "%_%" })).toEqual([]);
    expect(await searchLinkCandidates(editor, { query: "x" })).toEqual([]);
  });

  it("is for staff only", async () => {
    await expect(searchLinkCandidates(null, { query: "Piece" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
