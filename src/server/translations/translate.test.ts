import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { makeActor, uid } from "../../../test/support/actors";
import type { Actor } from "../auth/actor-type";
import { createArticle, saveVariant, transitionVariant } from "../articles/mutations";
import { publishPendingVariant } from "../articles/pending";
import { COALESCE_WINDOW_MS } from "../articles/revisions";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { translationCounts, translationQueue, textQueue } from "./queue";
import { getTranslationSource, markUpToDate, startTranslation } from "./translate";

let editor: Actor;
let translatorAr: Actor;
let translatorHe: Actor;
let authorId: string;
let debateId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"], name: "Layla Haddad" });
  translatorHe = await makeActor("TRANSLATOR", { locales: ["he"] });
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
  // Every work of this file is in its own debate, so the queues below can be filtered to it.
  debateId = (await db.debate.create({ data: { status: "PUBLISHED", translations: { create: { locale: "en", title: "Queue debate", slug: `queue-${uid()}` } } } })).id;
});

const doc = (...paragraphs: string[]) => paragraphsToDocument(paragraphs);

/** A published English article of three paragraphs; returns its variant and current version. */
async function publishedSource(title = `Source ${uid()}`) {
  const { variantId } = await createArticle(editor, { locale: "en", title, authorIds: [authorId], debateId });
  const saved = await saveVariant(editor, { variantId, baseVersion: 1, title, slug: "", summary: "A summary", body: doc("First paragraph.", "Second paragraph.", "Third paragraph.") });
  const published = await transitionVariant(editor, { variantId, baseVersion: saved.version, transition: "publish" });
  return { variantId, version: published.version, title };
}

const queue = (actor: Actor, tab: "missing" | "outdated" | "inProgress", locale = "ar") => translationQueue(actor, { locale, tab, debateId });
const inQueue = async (actor: Actor, tab: "missing" | "outdated" | "inProgress", variantId: string, locale = "ar") =>
  (await queue(actor, tab, locale)).items.find((i) => i.source.variantId === variantId || i.translation?.variantId === variantId);

/** An edit of the (live) source by the editor, from whatever version it is at, and its publication ("Update"). */
async function editSource(variantId: string, body: string[], extra: { minorEdit?: boolean; title?: string; summary?: string } = {}) {
  const current = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
  const saved = await saveVariant(editor, {
    variantId,
    baseVersion: current.version,
    title: extra.title ?? current.title,
    slug: current.slug,
    summary: extra.summary ?? current.summary,
    body: doc(...body),
    minorEdit: extra.minorEdit,
  });
  return saved.pending ? publishPendingVariant(editor, { variantId, baseVersion: saved.version }) : saved;
}

describe("translate into …", () => {
  it("creates a draft in the target locale that follows the source's current text, credits the translator, and leaves the queue 'missing' for 'in progress'", async () => {
    const source = await publishedSource();
    expect(await inQueue(translatorAr, "missing", source.variantId)).toMatchObject({ translation: null, source: { locale: "en", title: source.title } });

    const { variantId } = await startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "ar" });
    const created = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId }, include: { sourceRevision: true } });
    expect(created).toMatchObject({ locale: "ar", status: "DRAFT", sourceVersion: source.version, translators: ["Layla Haddad"] });
    expect(created.sourceRevision).toMatchObject({ variantId: source.variantId, title: source.title, summary: "A summary" });
    // The source's structure, not its words.
    expect(created.body).toEqual({ type: "doc", content: [{ type: "paragraph" }, { type: "paragraph" }, { type: "paragraph" }] });

    expect(await inQueue(translatorAr, "missing", source.variantId)).toBeUndefined();
    expect(await inQueue(translatorAr, "inProgress", variantId)).toMatchObject({ translation: { variantId, status: "DRAFT" }, source: { variantId: source.variantId } });
    expect(await inQueue(translatorAr, "outdated", variantId)).toBeUndefined();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: variantId, action: "variant.translate" } });
    expect(audit.actorId).toBe(translatorAr.id);
  });

  it("refuses a second version in the same locale, and a translator outside their locales — even calling the server directly", async () => {
    const source = await publishedSource();
    await startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "ar" });
    await expect(startTranslation(editor, { sourceVariantId: source.variantId, locale: "ar" })).rejects.toMatchObject({ reason: "localeTaken" });
    await expect(startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "he" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startTranslation(editor, { sourceVariantId: source.variantId, locale: "en" })).rejects.toBeInstanceOf(ValidationError);
    await expect(startTranslation(editor, { sourceVariantId: source.variantId, locale: "xx" })).rejects.toBeInstanceOf(ValidationError);
    await expect(startTranslation(null, { sourceVariantId: source.variantId, locale: "es" })).rejects.toBeInstanceOf(ForbiddenError);
    const variants = await db.articleVariant.findMany({ where: { article: { variants: { some: { id: source.variantId } } } } });
    expect(variants.map((v) => v.locale).sort()).toEqual(["ar", "en"]);
  });

  it("a translator for ar cannot edit the he or en version by posting a save directly", async () => {
    const source = await publishedSource();
    const { variantId: he } = await startTranslation(translatorHe, { sourceVariantId: source.variantId, locale: "he" });
    for (const variantId of [he, source.variantId]) {
      const before = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
      await expect(
        saveVariant(translatorAr, { variantId, baseVersion: before.version, title: "Hijacked", slug: "", summary: "", body: doc("x") }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({ title: before.title, version: before.version });
    }
  });
});

describe("outdated translations", () => {
  it("an edit of the source outdates the translation, naming the changed fields and blocks; a minor edit does not", async () => {
    const source = await publishedSource();
    const { variantId } = await startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "ar" });
    await saveVariant(translatorAr, { variantId, baseVersion: 1, title: "عنوان", slug: "", summary: "ملخص", body: doc("الفقرة الأولى.", "الفقرة الثانية.", "الفقرة الثالثة.") });

    await editSource(source.variantId, ["First paragraph.", "Second paragraph.", "Third paragraph."], { minorEdit: true, summary: "A summary, fixed" });
    expect(await inQueue(translatorAr, "inProgress", variantId)).toMatchObject({ changedFields: [] });
    expect(await getTranslationSource(translatorAr, variantId)).toMatchObject({ outdated: false, changes: [] });

    await editSource(source.variantId, ["First paragraph.", "Second paragraph, rewritten.", "Third paragraph."]);
    // A draft is in progress (one queue state only), saying what changed in its source.
    expect(await inQueue(translatorAr, "inProgress", variantId)).toMatchObject({ changedFields: ["summary", "body"], translation: { variantId } });
    expect(await inQueue(translatorAr, "outdated", variantId)).toBeUndefined();
    const context = await getTranslationSource(translatorAr, variantId);
    expect(context).toMatchObject({ outdated: true, changedBlocks: [1] });
    expect(context!.changes.map((c) => c.field)).toEqual(["summary", "body"]);
    expect(context!.changes.find((c) => c.field === "body")!.parts).toContainEqual({ kind: "added", text: "paragraph, rewritten." });
  });

  it("'up to date' records the source's current version and revision, and clears what changed", async () => {
    const source = await publishedSource();
    const { variantId } = await startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "ar" });
    const edited = await editSource(source.variantId, ["A new first paragraph.", "Second paragraph.", "Third paragraph."], { title: "New title" });
    expect(await inQueue(translatorAr, "inProgress", variantId)).toMatchObject({ changedFields: ["title", "body"] });

    await expect(markUpToDate(translatorHe, { kind: "variant", variantId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await markUpToDate(translatorAr, { kind: "variant", variantId })).toEqual({ sourceVersion: edited.version });
    const translation = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId }, include: { sourceRevision: true } });
    expect(translation.sourceVersion).toBe(edited.version);
    expect(translation.sourceRevision).toMatchObject({ title: "New title", body: doc("A new first paragraph.", "Second paragraph.", "Third paragraph.") });
    expect(translation.version).toBe(1); // the translation's own text was not touched
    expect(await inQueue(translatorAr, "inProgress", variantId)).toMatchObject({ changedFields: [] });
  });

  it("the text a translation follows is never rewritten by the source's later autosaves", async () => {
    const source = await publishedSource();
    const { variantId } = await startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "ar" });
    const followed = (await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).sourceRevisionId!;
    // The editor keeps typing within the coalescing window.
    await editSource(source.variantId, ["Typing more.", "Second paragraph.", "Third paragraph."]);
    await editSource(source.variantId, ["Typing even more.", "Second paragraph.", "Third paragraph."]);
    const revision = await db.revision.findUniqueOrThrow({ where: { id: followed } });
    expect(revision.body).toEqual(doc("First paragraph.", "Second paragraph.", "Third paragraph."));
    expect(COALESCE_WINDOW_MS).toBeGreaterThan(0);
    expect(await getTranslationSource(editor, variantId)).toMatchObject({ outdated: true, changedBlocks: [0] });
  });

  it("a source that is not visible to readers is not 'missing' anywhere, and a trashed work leaves every queue", async () => {
    const { variantId } = await createArticle(editor, { locale: "en", title: `Draft ${uid()}`, authorIds: [authorId], debateId });
    expect(await inQueue(editor, "missing", variantId)).toBeUndefined();
    const source = await publishedSource();
    const { variantId: ar } = await startTranslation(translatorAr, { sourceVariantId: source.variantId, locale: "ar" });
    await db.article.update({ where: { id: (await db.articleVariant.findUniqueOrThrow({ where: { id: ar } })).articleId }, data: { deletedAt: new Date() } });
    expect(await inQueue(editor, "inProgress", ar)).toBeUndefined();
  });
});

describe("queues and counts per locale", () => {
  it("counts what each queue lists, for the translator's own locales only", async () => {
    const countsAr = await translationCounts(translatorAr);
    expect(countsAr.map((c) => c.locale)).toEqual(["ar"]);
    const editorCounts = await translationCounts(editor);
    expect(editorCounts.map((c) => c.locale)).toEqual(["en", "es", "fr", "pt", "ar", "he"]);
    const ar = editorCounts.find((c) => c.locale === "ar")!;
    const all = async (tab: "missing" | "outdated" | "inProgress") => {
      let total = 0;
      for (let page = 1; ; page++) {
        const result = await translationQueue(editor, { locale: "ar", tab, page });
        total += result.items.length;
        if (!result.hasMore) return total;
      }
    };
    expect(ar).toMatchObject({ missing: await all("missing"), outdated: await all("outdated"), inProgress: await all("inProgress") });
    expect(ar.missing + ar.outdated + ar.inProgress).toBeGreaterThan(0);
    await expect(translationQueue(translatorAr, { locale: "he", tab: "missing" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(translationCounts(null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("sorts by date both ways", async () => {
    const newest = await queue(editor, "missing", "fr");
    const oldest = await translationQueue(editor, { locale: "fr", tab: "missing", debateId, order: "oldest" });
    const dates = (items: { date: Date }[]) => items.map((i) => i.date.getTime());
    expect(dates(newest.items)).toEqual([...dates(newest.items)].sort((a, b) => b - a));
    expect(dates(oldest.items)).toEqual([...dates(oldest.items)].sort((a, b) => a - b));
  });
});

describe("debates and bios", () => {
  it("are missing, then outdated when their source changes, then up to date when reviewed", async () => {
    const { saveDebateTranslation } = await import("../debates/mutations");
    const { saveAuthorBio } = await import("../authors/mutations");
    const debate = await db.debate.create({ data: { status: "PUBLISHED", translations: { create: { locale: "en", title: `Debate ${uid()}`, subtitle: "Sub", intro: "Intro", slug: `d-${uid()}` } } } });
    const find = async () => (await textQueue(translatorAr, "ar")).find((t) => t.kind === "debate" && t.id === debate.id);
    expect(await find()).toMatchObject({ state: "missing" });

    // Granted publishing: the translation goes live at once (otherwise it would wait for review).
    const publishing = { ...translatorAr, canPublish: true };
    await saveDebateTranslation(publishing, { debateId: debate.id, locale: "ar", title: "نقاش", subtitle: "", intro: "" });
    expect(await find()).toBeUndefined();
    await saveDebateTranslation(editor, { debateId: debate.id, locale: "en", title: (await db.debateTranslation.findFirstOrThrow({ where: { debateId: debate.id, locale: "en" } })).title, subtitle: "Sub", intro: "A new intro" });
    expect(await find()).toMatchObject({ state: "outdated", followed: { intro: "Intro" }, current: { intro: "A new intro" } });
    await markUpToDate(translatorAr, { kind: "debate", debateId: debate.id, locale: "ar" });
    expect(await find()).toBeUndefined();

    const author = await db.author.create({ data: { name: `Bio ${uid()}`, slug: `bio-${uid()}` } });
    await saveAuthorBio(editor, { authorId: author.id, locale: "en", bio: "Writes." });
    const bio = async () => (await textQueue(translatorAr, "ar")).find((t) => t.kind === "bio" && t.id === author.id);
    expect(await bio()).toMatchObject({ state: "missing" });
    await saveAuthorBio(publishing, { authorId: author.id, locale: "ar", bio: "يكتب." });
    expect(await bio()).toBeUndefined();
    await saveAuthorBio(editor, { authorId: author.id, locale: "en", bio: "Writes often." });
    expect(await bio()).toMatchObject({ state: "outdated", followed: { bio: "Writes." } });
    await expect(markUpToDate(translatorHe, { kind: "bio", authorId: author.id, locale: "ar" })).rejects.toBeInstanceOf(ForbiddenError);
    await markUpToDate(translatorAr, { kind: "bio", authorId: author.id, locale: "ar" });
    expect(await bio()).toBeUndefined();
  });
});

describe("publishing per locale", () => {
  it("a translation published before its source is read in its own language, and the unpublished source stays invisible", async () => {
    const { getArticleBySlug } = await import("../articles/queries");
    const { variantId: en } = await createArticle(editor, { locale: "en", title: `Unpublished source ${uid()}`, authorIds: [authorId], debateId });
    const { variantId: ar } = await startTranslation(translatorAr, { sourceVariantId: en, locale: "ar" });
    const slug = `ترجمة-${uid()}`;
    const saved = await saveVariant(translatorAr, { variantId: ar, baseVersion: 1, title: "ترجمة أولاً", slug, summary: "ملخص", body: doc("نص.") });
    await transitionVariant(editor, { variantId: ar, baseVersion: saved.version, transition: "publish" });

    const arPage = await getArticleBySlug("ar", slug);
    expect(arPage).toMatchObject({ kind: "found", article: { title: "ترجمة أولاً", translators: ["Layla Haddad"] } });
    // No English alternate: the English source is not visible to readers.
    expect(arPage!.kind === "found" && arPage!.article.languages.map((l) => l.locale)).toEqual(["ar"]);
    const enSlug = (await db.articleVariant.findUniqueOrThrow({ where: { id: en } })).slug;
    expect(await getArticleBySlug("en", enSlug)).toBeNull();
  });
});
