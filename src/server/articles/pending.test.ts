import { beforeAll, describe, expect, it } from "vitest";
import { documentToPlainText, paragraphsToDocument, type RichTextDocument } from "@/lib/rich-text/document";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from "../errors";
import { getArticlePreview } from "./dashboard-queries";
import { createArticle, restoreRevision, saveVariant, transitionVariant } from "./mutations";
import { discardPendingVariant, getVariantPending, publishPendingVariant } from "./pending";
import { getArticleBySlug } from "./queries";
import { searchArticles } from "../search/queries";
import { ConflictError } from "../errors";
import { makeActor, uid } from "../../../test/support/actors";

// Issues 15.2 and 17.3: an edit of a live version waits as a pending change;
// readers keep the published text until someone with publish rights publishes it.

let editor: Actor;
let translatorAr: Actor;
let publisherAr: Actor;
let authorId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"] });
  publisherAr = await makeActor("TRANSLATOR", { locales: ["ar"], canPublish: true });
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
});

const text = (s: string) => paragraphsToDocument([s]);
const plain = (body: unknown) => documentToPlainText(body as RichTextDocument).trim();

/** A published Arabic article; returns its id, slug and current version. */
async function liveArabic() {
  const { variantId } = await createArticle(editor, { locale: "ar", title: "عنوان أول", authorIds: [authorId] });
  const slug = `maqal-${uid()}`;
  const saved = await saveVariant(editor, { variantId, baseVersion: 1, title: "عنوان أول", slug, summary: "ملخص", body: text("النص المنشور") });
  const published = await transitionVariant(editor, { variantId, baseVersion: saved.version, transition: "publish" });
  return { variantId, slug, version: published.version };
}

const edit = (actor: Actor, variantId: string, baseVersion: number, body: string, extra: Record<string, unknown> = {}) =>
  saveVariant(actor, { variantId, baseVersion, title: "عنوان أول", slug: "", summary: "ملخص", body: text(body), ...extra });

async function readerText(slug: string) {
  const found = await getArticleBySlug("ar", slug);
  if (found?.kind !== "found") throw new Error(`not found: ${slug}`);
  return { title: found.article.title, body: plain(found.article.body) };
}

describe("pending changes of a live language version", () => {
  it("a translator's edit of a live version does not reach readers, waits for review, and is audited", async () => {
    const { variantId, slug, version } = await liveArabic();
    const before = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    const result = await edit(translatorAr, variantId, version, "تعديل المترجم");
    // Nothing readers see moves, not even the "updated" date of pages and feeds.
    expect((await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).updatedAt).toEqual(before.updatedAt);
    expect(result).toMatchObject({ pending: true, version: version + 1 });
    expect(await readerText(slug)).toEqual({ title: "عنوان أول", body: "النص المنشور" });
    const pending = await getVariantPending(editor, { id: variantId, locale: "ar" });
    expect(pending).toMatchObject({ needsReview: true, by: { id: translatorAr.id } });
    expect(plain(pending!.text.body)).toBe("تعديل المترجم");
    // The preview shows what would go live.
    expect(plain((await getArticlePreview(editor, variantId)).body)).toBe("تعديل المترجم");
    const audit = await db.auditEvent.findFirst({ where: { entityId: variantId, action: "pending.save" } });
    expect(audit).toMatchObject({ actorId: translatorAr.id, data: { needsReview: true, locale: "ar" } });
  });

  it("an editor's own autosave on a live version is pending too, until 'Publish changes'", async () => {
    const { variantId, slug, version } = await liveArabic();
    const saved = await edit(editor, variantId, version, "نص جديد", { title: "عنوان جديد" });
    expect(await readerText(slug)).toEqual({ title: "عنوان أول", body: "النص المنشور" });
    expect((await getVariantPending(editor, { id: variantId, locale: "ar" }))?.needsReview).toBe(false);
    const before = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    await publishPendingVariant(editor, { variantId, baseVersion: saved.version });
    expect(await readerText(slug)).toEqual({ title: "عنوان جديد", body: "نص جديد" });
    expect(await getVariantPending(editor, { id: variantId, locale: "ar" })).toBeNull();
    const after = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    // Translations of it are now outdated (not a minor edit).
    expect(after.contentVersion).toBeGreaterThan(before.contentVersion);
    expect(await db.auditEvent.count({ where: { entityId: variantId, action: "pending.publish", actorId: editor.id } })).toBe(1);
  });

  it("a translator cannot publish a pending change; one granted publishing can", async () => {
    const { variantId, slug, version } = await liveArabic();
    const saved = await edit(translatorAr, variantId, version, "تعديل");
    await expect(publishPendingVariant(translatorAr, { variantId, baseVersion: saved.version })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await readerText(slug)).body).toBe("النص المنشور");
    await publishPendingVariant(publisherAr, { variantId, baseVersion: saved.version });
    expect((await readerText(slug)).body).toBe("تعديل");
  });

  it("discard drops the pending text for readers and editor alike, and keeps it in the history", async () => {
    const { variantId, slug, version } = await liveArabic();
    const saved = await edit(translatorAr, variantId, version, "سيُتجاهل");
    const discarded = await discardPendingVariant(editor, { variantId, baseVersion: saved.version });
    expect(plain(discarded.body)).toBe("النص المنشور");
    expect(await getVariantPending(editor, { id: variantId, locale: "ar" })).toBeNull();
    expect((await readerText(slug)).body).toBe("النص المنشور");
    const history = await db.revision.findMany({ where: { variantId }, orderBy: { version: "asc" } });
    expect(history.some((r) => r.pending && plain(r.body) === "سيُتجاهل")).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: variantId, action: "pending.discard" } })).toBe(1);
    await expect(discardPendingVariant(editor, { variantId, baseVersion: discarded.version })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("typing back to the live text leaves nothing pending", async () => {
    const { variantId, version } = await liveArabic();
    const a = await edit(editor, variantId, version, "مؤقت");
    const b = await edit(editor, variantId, a.version, "النص المنشور");
    expect(b.pending).toBe(false);
    expect(await getVariantPending(editor, { id: variantId, locale: "ar" })).toBeNull();
  });

  it("refuses to publish an incomplete or stale pending change, and changes nothing", async () => {
    const { variantId, slug, version } = await liveArabic();
    const saved = await saveVariant(editor, { variantId, baseVersion: version, title: "", slug: "", summary: "", body: text("") });
    await expect(publishPendingVariant(editor, { variantId, baseVersion: saved.version })).rejects.toBeInstanceOf(ValidationError);
    const fixed = await edit(editor, variantId, saved.version, "مكتمل");
    await expect(publishPendingVariant(editor, { variantId, baseVersion: fixed.version - 1 })).rejects.toBeInstanceOf(StaleVersionError);
    await expect(publishPendingVariant(editor, { variantId: "", baseVersion: 0 })).rejects.toBeInstanceOf(ValidationError);
    expect(await readerText(slug)).toEqual({ title: "عنوان أول", body: "النص المنشور" });
    expect(plain((await getVariantPending(editor, { id: variantId, locale: "ar" }))!.text.body)).toBe("مكتمل");
  });

  it("restoring a revision on a live version is pending; 'publish now' needs publish rights", async () => {
    const live = await liveArabic();
    const { variantId, slug } = live;
    const first = await db.revision.findFirstOrThrow({ where: { variantId, event: "publish" } });
    const second = await edit(editor, variantId, live.version, "النص الثاني");
    const { version } = await publishPendingVariant(editor, { variantId, baseVersion: second.version });
    const restored = await restoreRevision(translatorAr, { variantId, revisionId: first.id, baseVersion: version });
    expect(restored.outcome).toBe("pending");
    expect((await readerText(slug)).body).toBe("النص الثاني");
    await expect(restoreRevision(translatorAr, { variantId, revisionId: first.id, baseVersion: restored.version, mode: "publish" })).rejects.toBeInstanceOf(ForbiddenError);
    // The empty text it was created with cannot go straight to readers.
    const created = await db.revision.findFirstOrThrow({ where: { variantId, event: "create" } });
    await expect(restoreRevision(editor, { variantId, revisionId: created.id, baseVersion: restored.version, mode: "publish" })).rejects.toBeInstanceOf(ValidationError);
    const published = await restoreRevision(editor, { variantId, revisionId: first.id, baseVersion: restored.version, mode: "publish" });
    expect(published.outcome).toBe("published");
    expect((await readerText(slug)).body).toBe("النص المنشور");
    expect(await getVariantPending(editor, { id: variantId, locale: "ar" })).toBeNull();
  });

  it("a version that is not live is saved directly, as before", async () => {
    const { variantId } = await createArticle(editor, { locale: "ar", title: "مسودة", authorIds: [authorId] });
    const saved = await saveVariant(translatorAr, { variantId, baseVersion: 1, title: "مسودة", slug: "", summary: "", body: text("مباشرة") });
    expect(saved.pending).toBe(false);
    expect(plain((await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).body)).toBe("مباشرة");
  });

  it("readers' search does not find words that are only in a pending change", async () => {
    const { variantId, slug, version } = await liveArabic();
    const word = `كلمة${uid().replace(/\d/g, "")}`;
    const saved = await edit(translatorAr, variantId, version, `نص فيه ${word}`);
    expect((await searchArticles({ locale: "ar", query: word })).results).toHaveLength(0);
    await publishPendingVariant(editor, { variantId, baseVersion: saved.version });
    expect((await searchArticles({ locale: "ar", query: word })).results.map((r) => r.slug)).toEqual([slug]);
  });

  it("a pending slug another version has is refused, and a slug taken before publishing refuses the publish; nothing changes", async () => {
    const a = await liveArabic();
    const b = await liveArabic();
    await expect(edit(editor, a.variantId, a.version, "نص", { slug: b.slug })).rejects.toBeInstanceOf(ConflictError);
    expect(await getVariantPending(editor, { id: a.variantId, locale: "ar" })).toBeNull();
    const wanted = `jadid-${uid()}`;
    const saved = await edit(editor, a.variantId, a.version, "نص", { slug: wanted });
    // Meanwhile another version takes that slug.
    const c = await createArticle(editor, { locale: "ar", title: "آخر", authorIds: [authorId] });
    await saveVariant(editor, { variantId: c.variantId, baseVersion: 1, title: "آخر", slug: wanted, summary: "", body: text("x") });
    await expect(publishPendingVariant(editor, { variantId: a.variantId, baseVersion: saved.version })).rejects.toMatchObject({ reason: "slugTaken" });
    expect(await readerText(a.slug)).toEqual({ title: "عنوان أول", body: "النص المنشور" });
    expect((await getVariantPending(editor, { id: a.variantId, locale: "ar" }))?.text.slug).toBe(wanted);
  });
});
