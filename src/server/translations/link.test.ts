import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { getArticleBySlug } from "../articles/queries";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError, LinkRefusedError, LocaleTakenError, NotFoundError, ValidationError } from "../errors";
import { linkArticles, previewLink, searchLinkCandidates, unlinkRefusals, unlinkVariant } from "./link";
import { startTranslation } from "./translate";
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
async function work(
  locales: string[],
  { authors = [authorA], title = "Piece", heroCredit = null as string | null, status = "PUBLISHED" as "PUBLISHED" | "DRAFT", debateId = null as string | null } = {},
) {
  const key = uid();
  const article = await db.article.create({
    data: {
      sourceLocale: locales[0]!,
      heroCredit,
      debateId,
      authors: { create: authors.map((authorId, position) => ({ authorId, position })) },
      variants: {
        create: locales.map((locale) => ({
          locale,
          title: `${title} ${locale} ${key}`,
          slug: `${locale}-${key}`,
          body,
          status,
          publishAt: status === "PUBLISHED" ? past : null,
          // Every save writes a revision: a translation follows its source's newest one.
          revisions: { create: { version: 1, title: `${title} ${locale} ${key}`, slug: `${locale}-${key}`, summary: "", body } },
        })),
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
    const result = await linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: es.variant("es").id, keep: "this" });
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

    await linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: es.variant("es").id, keep: "this" });
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
    const refused = await linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: b.variant("pt").id, keep: "this" }).catch((e) => e);
    expect(refused).toBeInstanceOf(LocaleTakenError);
    expect((refused as LocaleTakenError).reason).toBe("localeTaken");
    expect((refused as LocaleTakenError).locales).toEqual(["es", "fr"]);
    expect(await localesOf(a.article.id)).toEqual(["en", "es", "fr"]);
    expect(await localesOf(b.article.id)).toEqual(["es", "fr", "pt"]);
    expect(await db.auditEvent.count({ where: { action: "translation.link" } })).toBe(auditsBefore);
  });

  it("refuses versions of one work, and trashed or missing ones", async () => {
    const a = await work(["en", "es"]);
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: a.variant("es").id, keep: "this" })).rejects.toMatchObject({ reason: "alreadyLinked" });
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: a.variant("en").id, keep: "this" })).rejects.toMatchObject({ reason: "alreadyLinked" });

    const trashed = await work(["fr"]);
    await db.article.update({ where: { id: trashed.article.id }, data: { deletedAt: new Date() } });
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: trashed.variant("fr").id, keep: "this" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(linkArticles(editor, { variantId: trashed.variant("fr").id, otherVariantId: a.variant("en").id, keep: "this" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(linkArticles(editor, { variantId: a.variant("en").id, otherVariantId: "no-such-variant", keep: "this" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await localesOf(trashed.article.id)).toEqual(["fr"]);
    expect(await localesOf(a.article.id)).toEqual(["en", "es"]);
  });

  it("lets a translator link versions in their own locales, and refuses one in a locale they do not work in", async () => {
    const es = await work(["es"]);
    const ar = await work(["ar"]);
    await linkArticles(translatorEsAr, { variantId: es.variant("es").id, otherVariantId: ar.variant("ar").id, keep: "this" });
    expect(await localesOf(es.article.id)).toEqual(["ar", "es"]);

    const en = await work(["en"]);
    const ar2 = await work(["ar"]);
    for (const [variantId, otherVariantId] of [
      [ar2.variant("ar").id, en.variant("en").id],
      [en.variant("en").id, ar2.variant("ar").id],
    ]) {
      await expect(linkArticles(translatorEsAr, { variantId, otherVariantId, keep: "this" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await localesOf(en.article.id)).toEqual(["en"]);
    expect(await localesOf(ar2.article.id)).toEqual(["ar"]);
    await expect(linkArticles(null, { variantId: en.variant("en").id, otherVariantId: ar2.variant("ar").id, keep: "this" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets exactly one of two concurrent links of a same-locale version into one work succeed", async () => {
    const target = await work(["en"]);
    const first = await work(["es"]);
    const second = await work(["es"]);
    const results = await Promise.allSettled([
      linkArticles(editor, { variantId: target.variant("en").id, otherVariantId: first.variant("es").id, keep: "this" }),
      linkArticles(editor, { variantId: target.variant("en").id, otherVariantId: second.variant("es").id, keep: "this" }),
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

describe("linking never damages another work", () => {
  const byline = async (locale: "en" | "ar" | "he" | "es", slug: string) => {
    const found = await getArticleBySlug(locale, slug);
    if (found?.kind !== "found") throw new Error(`expected the ${locale} article ${slug}`);
    return found.article;
  };
  const authorsOf = async (articleId: string) =>
    (await db.articleAuthor.findMany({ where: { articleId }, orderBy: { position: "asc" } })).map((a) => a.authorId);

  it("a translator who unlinks an Arabic version, starts a Hebrew translation of an unrelated English work and links the two changes nothing", async () => {
    const translatorArHe = await makeActor("TRANSLATOR", { locales: ["ar", "he"] });
    const four = [authorA, authorB, authorC, (await db.author.create({ data: { name: "Fourth Author", slug: `fourth-${uid()}` } })).id];
    const loneAuthor = (await db.author.create({ data: { name: "Lone Author", slug: `lone-${uid()}` } })).id;
    const original = await work(["en", "ar"], { authors: four });
    const unrelated = await work(["en"], { authors: [loneAuthor] });

    const split = await unlinkVariant(translatorArHe, { variantId: original.variant("ar").id });
    const { variantId: hebrew } = await startTranslation(translatorArHe, { sourceVariantId: unrelated.variant("en").id, locale: "he" });
    const before = await byline("en", unrelated.slug("en"));

    for (const [variantId, otherVariantId] of [
      [original.variant("ar").id, hebrew],
      [hebrew, original.variant("ar").id],
    ]) {
      for (const keep of ["this", "other"] as const) {
        const refused = await linkArticles(translatorArHe, { variantId, otherVariantId, keep }).catch((e) => e);
        expect(refused).toBeInstanceOf(LinkRefusedError);
        // The English version is not theirs to edit: the refusal says so, naming the language.
        expect(refused).toMatchObject({ reason: "linkOtherLanguages", locales: ["en"] });
      }
    }

    // The unrelated English work: same byline, same work row, same authors, same languages.
    const after = await byline("en", unrelated.slug("en"));
    expect(after.authors).toEqual(before.authors);
    expect(after.authors.map((a) => a.name)).toEqual(["Lone Author"]);
    expect(after.articleId).toBe(unrelated.article.id);
    expect(after.languages.map((l) => l.locale)).toEqual(["en"]);
    expect(await authorsOf(unrelated.article.id)).toEqual([loneAuthor]);
    expect(await localesOf(unrelated.article.id)).toEqual(["en", "he"]);
    // The Arabic version, on its own, keeps its four authors.
    expect(await localesOf(split.articleId)).toEqual(["ar"]);
    expect(await authorsOf(split.articleId)).toEqual(four);
    expect(await db.auditEvent.count({ where: { action: "translation.link", entityId: { in: [unrelated.article.id, split.articleId] } } })).toBe(0);
  });

  it("an editor sees, before linking, what each side would lose — and the byline that survives is the one chosen", async () => {
    const debate = await db.debate.create({ data: { translations: { create: { locale: "en", title: "The debate", slug: `debate-${uid()}` } } } });
    const en = await work(["en"], { authors: [authorA, authorB], debateId: debate.id });
    const ar = await work(["ar"], { authors: [authorC] });

    const preview = await previewLink(editor, { variantId: en.variant("en").id, otherVariantId: ar.variant("ar").id });
    expect(preview.refusal).toBeNull();
    expect(preview.works.this.authors.map((a) => a.id)).toEqual([authorA, authorB]);
    expect(preview.works.other.authors.map((a) => a.id)).toEqual([authorC]);
    expect(preview.works.this.debate?.title).toBe("The debate");
    // Keeping this work's fields: the Arabic work loses its authors (and gains a debate), and its published version's byline changes.
    expect(preview.choices.this).toMatchObject({ loses: ["authors", "debate"], refusal: null });
    expect(preview.choices.this.changesPublished.map((v) => v.locale)).toEqual(["ar"]);
    expect(preview.choices.other).toMatchObject({ loses: ["authors", "debate"], refusal: null });
    expect(preview.choices.other.changesPublished.map((v) => v.locale)).toEqual(["en"]);
    // A preview changes nothing.
    expect(await localesOf(en.article.id)).toEqual(["en"]);
    expect(await localesOf(ar.article.id)).toEqual(["ar"]);

    const result = await linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: ar.variant("ar").id, keep: "other" });
    // The Arabic work's shared fields survive: the English version now has its byline and no debate.
    expect(result).toMatchObject({ articleId: ar.article.id, mergedArticleId: en.article.id });
    // The debate and authors whose pages listed the English version before: their pages change too.
    expect(result.readerChanges?.listedBy).toEqual({ debateIds: [debate.id], authorIds: [authorA, authorB] });
    expect(await db.article.findUnique({ where: { id: en.article.id } })).toBeNull();
    expect(await authorsOf(ar.article.id)).toEqual([authorC]);
    expect((await byline("en", en.slug("en"))).authors.map((a) => a.name)).toEqual(["Other Author"]);
    expect((await db.article.findUniqueOrThrow({ where: { id: ar.article.id } })).debateId).toBeNull();
    // What was dropped is in the audit log, so it can be put back.
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "translation.link", entityId: ar.article.id } });
    expect(audit.data).toMatchObject({ keep: "other", dropped: { authorIds: [authorA, authorB], debateId: debate.id } });
  });

  it("refuses a link without an explicit choice of the surviving shared fields", async () => {
    const en = await work(["en"]);
    const es = await work(["es"], { authors: [authorC] });
    for (const keep of [undefined, "", "both", "target"]) {
      await expect(linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: es.variant("es").id, keep })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await localesOf(en.article.id)).toEqual(["en"]);
    expect(await localesOf(es.article.id)).toEqual(["es"]);
  });

  it("lets a translator link only when they may edit every version of both works and no published version's shared fields change", async () => {
    // A published Spanish article and an Arabic draft with other authors: keeping the Spanish fields changes only a draft.
    const es = await work(["es"], { authors: [authorA] });
    const arDraft = await work(["ar"], { authors: [authorC], status: "DRAFT" });
    const preview = await previewLink(translatorEsAr, { variantId: es.variant("es").id, otherVariantId: arDraft.variant("ar").id });
    expect(preview.choices.this.refusal).toBeNull();
    expect(preview.choices.other.refusal).toEqual({ reason: "linkChangesPublished", locales: ["es"] });
    const refused = await linkArticles(translatorEsAr, { variantId: es.variant("es").id, otherVariantId: arDraft.variant("ar").id, keep: "other" }).catch((e) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(refused).toMatchObject({ reason: "linkChangesPublished", locales: ["es"] });
    expect(await authorsOf(es.article.id)).toEqual([authorA]);
    await linkArticles(translatorEsAr, { variantId: es.variant("es").id, otherVariantId: arDraft.variant("ar").id, keep: "this" });
    expect(await localesOf(es.article.id)).toEqual(["ar", "es"]);
    expect(await authorsOf(es.article.id)).toEqual([authorA]);

    // Two published articles with different bylines: only an editor may decide.
    const es2 = await work(["es"], { authors: [authorA] });
    const ar2 = await work(["ar"], { authors: [authorB] });
    for (const keep of ["this", "other"] as const) {
      await expect(linkArticles(translatorEsAr, { variantId: es2.variant("es").id, otherVariantId: ar2.variant("ar").id, keep })).rejects.toMatchObject({
        reason: "linkChangesPublished",
      });
    }
    expect((await previewLink(translatorEsAr, { variantId: es2.variant("es").id, otherVariantId: ar2.variant("ar").id })).refusal).toEqual({
      reason: "linkChangesPublished",
      locales: ["ar", "es"],
    });
    await linkArticles(editor, { variantId: es2.variant("es").id, otherVariantId: ar2.variant("ar").id, keep: "this" });
    expect(await localesOf(es2.article.id)).toEqual(["ar", "es"]);

    // A work with a version in a language the translator does not work in: refused, naming it, whatever the choice.
    const arEn = await work(["ar", "en"]);
    const es3 = await work(["es"]);
    const other = await previewLink(translatorEsAr, { variantId: es3.variant("es").id, otherVariantId: arEn.variant("ar").id });
    expect(other.refusal).toEqual({ reason: "linkOtherLanguages", locales: ["en"] });
    await expect(linkArticles(translatorEsAr, { variantId: es3.variant("es").id, otherVariantId: arEn.variant("ar").id, keep: "this" })).rejects.toMatchObject({
      reason: "linkOtherLanguages",
      locales: ["en"],
    });
    expect(await localesOf(arEn.article.id)).toEqual(["ar", "en"]);
  });

  it("does not mark an independently written version linked in as translated, while a real translation still says so", async () => {
    const en = await work(["en"]);
    const es = await work(["es"]);
    await linkArticles(editor, { variantId: en.variant("en").id, otherVariantId: es.variant("es").id, keep: "this" });
    const spanish = await byline("es", es.slug("es"));
    expect(spanish.translatedFrom).toBeNull();
    expect(await db.articleVariant.findUniqueOrThrow({ where: { id: es.variant("es").id } })).toMatchObject({ sourceRevisionId: null, sourceVersion: null });

    const { variantId } = await startTranslation(editor, { sourceVariantId: en.variant("en").id, locale: "ar" });
    await db.articleVariant.update({ where: { id: variantId }, data: { title: `Arabic ${uid()}`, status: "PUBLISHED", publishAt: past } });
    const arabic = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect((await byline("ar", arabic.slug)).translatedFrom).toBe("en");
    expect((await byline("en", en.slug("en"))).translatedFrom).toBeNull();
  });
});

describe("unlinking a version", () => {
  it("moves it into a new work with a copy of the shared fields, as its own source, translating nothing", async () => {
    const debate = await db.debate.create({ data: { translations: { create: { locale: "en", title: "A debate", slug: `debate-${uid()}` } } } });
    const hero = await db.media.create({ data: { storageKey: `${uid()}.png`, originalName: "hero.png", mimeType: "image/png", size: 1 } });
    const w = await work(["en", "fr", "es"], { authors: [authorB, authorA], heroCredit: "Photo: someone" });
    await db.article.update({ where: { id: w.article.id }, data: { debateId: debate.id, heroImageId: hero.id } });
    // The French version is a translation of the English one; the Spanish one translates the French.
    const enRevision = await db.revision.create({ data: { variantId: w.variant("en").id, version: 2, title: "t", slug: "s", summary: "", body } });
    const frRevision = await db.revision.create({ data: { variantId: w.variant("fr").id, version: 2, title: "t", slug: "s", summary: "", body } });
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

describe("unlinking never changes versions the person may not edit", () => {
  it("refuses a translator the split of a version that versions in other languages are translated from, naming them; an editor may", async () => {
    const w = await work(["ar", "fr", "es"]);
    const arRevision = await db.revision.findFirstOrThrow({ where: { variantId: w.variant("ar").id } });
    // French and Spanish are translated from the Arabic.
    await db.articleVariant.updateMany({ where: { id: { in: [w.variant("fr").id, w.variant("es").id] } }, data: { sourceRevisionId: arRevision.id, sourceVersion: 1 } });

    expect(await unlinkRefusals(translatorEsAr, w.article.id)).toEqual({ [w.variant("ar").id]: { reason: "unlinkTranslated", locales: ["fr"] } });
    const refused = await unlinkVariant(translatorEsAr, { variantId: w.variant("ar").id }).catch((e) => e);
    expect(refused).toBeInstanceOf(LinkRefusedError);
    expect(refused).toMatchObject({ reason: "unlinkTranslated", locales: ["fr"] });
    expect(await localesOf(w.article.id)).toEqual(["ar", "es", "fr"]);
    expect(await db.articleVariant.findUniqueOrThrow({ where: { id: w.variant("fr").id } })).toMatchObject({ sourceRevisionId: arRevision.id });
    // The French reader still reads a translation from Arabic.
    const french = await getArticleBySlug("fr", w.slug("fr"));
    expect(french?.kind === "found" && french.article.translatedFrom).toBe("ar");

    // A version that only translations in their own languages follow: theirs to split off.
    expect(await unlinkRefusals(editor, w.article.id)).toEqual({});
    await unlinkVariant(editor, { variantId: w.variant("ar").id });
    expect(await localesOf(w.article.id)).toEqual(["es", "fr"]);
  });

  it("lets a translator split off a version only translations in their own languages follow", async () => {
    const w = await work(["en", "ar", "es"]);
    const arRevision = await db.revision.findFirstOrThrow({ where: { variantId: w.variant("ar").id } });
    await db.articleVariant.update({ where: { id: w.variant("es").id }, data: { sourceRevisionId: arRevision.id, sourceVersion: 1 } });
    expect(await unlinkRefusals(translatorEsAr, w.article.id)).toEqual({});
    await unlinkVariant(translatorEsAr, { variantId: w.variant("ar").id });
    expect(await db.articleVariant.findUniqueOrThrow({ where: { id: w.variant("es").id } })).toMatchObject({ sourceRevisionId: null });
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

  it("says, for the version linking from, which results the person may not link and why", async () => {
    const key = uid();
    const es = await work(["es"], { title: `Mine ${key}` });
    const linkable = await work(["ar"], { title: `Linkable ${key}` });
    const foreign = await work(["ar", "en"], { title: `Foreign ${key}` });
    const clash = await work(["es"], { title: `Clash ${key}`, status: "DRAFT" });
    const bylines = await work(["ar"], { title: `Byline ${key}`, authors: [authorC] });
    const found = await searchLinkCandidates(translatorEsAr, { query: key, variantId: es.variant("es").id });
    const refusal = new Map(found.map((c) => [c.articleId, c.refusal]));
    expect(refusal.has(es.article.id)).toBe(false);
    expect(refusal.get(linkable.article.id)).toBeNull();
    expect(refusal.get(foreign.article.id)).toEqual({ reason: "linkOtherLanguages", locales: ["en"] });
    expect(refusal.get(clash.article.id)).toEqual({ reason: "localeTaken", locales: ["es"] });
    expect(refusal.get(bylines.article.id)).toEqual({ reason: "linkChangesPublished", locales: ["ar", "es"] });
    // An editor may link all but the clash.
    const forEditor = new Map((await searchLinkCandidates(editor, { query: key, variantId: es.variant("es").id })).map((c) => [c.articleId, c.refusal]));
    expect([...forEditor.values()].filter(Boolean)).toEqual([{ reason: "localeTaken", locales: ["es"] }]);
  });

  it("is for staff only", async () => {
    await expect(searchLinkCandidates(null, { query: "Piece" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
