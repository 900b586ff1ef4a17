import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { getAuthorBySlug } from "../authors/queries";
import { saveAuthorBio } from "../authors/mutations";
import { db } from "../db";
import { createDebate, saveDebateTranslation, setDebateStatus } from "../debates/mutations";
import { getDebateBySlug } from "../debates/queries";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { updateMediaTexts } from "../media/mutations";
import { getRecordPending, listPendingChanges } from "./queries";
import { discardPendingChange, publishPendingChange } from "./review";
import { makeActor, uid } from "../../../test/support/actors";

// Issue 15.2 for the texts beside articles: a debate's translation, a bio, an
// image's alt text. Someone without publish rights changes none of them for
// readers; an editor reviews.

let editor: Actor;
let translatorAr: Actor;
let publisherAr: Actor;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"] });
  publisherAr = await makeActor("TRANSLATOR", { locales: ["ar"], canPublish: true });
});

async function publishedDebateWithArabic() {
  const { debateId } = await createDebate(editor, { locale: "en", title: `Debate ${uid()}`, subtitle: "", intro: "Intro" });
  const arSlug = `niqash-${uid()}`;
  await saveDebateTranslation(editor, { debateId, locale: "ar", title: "نقاش", subtitle: "", intro: "مقدمة منشورة", slug: arSlug });
  await setDebateStatus(editor, { debateId, status: "PUBLISHED" });
  return { debateId, arSlug };
}

async function readersDebate(slug: string) {
  const found = await getDebateBySlug("ar", slug);
  if (found?.kind !== "found") throw new Error("debate not found");
  return { title: found.debate.title, intro: found.debate.intro };
}

describe("debate translations", () => {
  it("a translator's edit of a published debate waits; an editor sees it in the list and publishes it", async () => {
    const { debateId, arSlug } = await publishedDebateWithArabic();
    const saved = await saveDebateTranslation(translatorAr, { debateId, locale: "ar", title: "نقاش معدّل", subtitle: "", intro: "مقدمة جديدة" });
    expect(saved).toMatchObject({ pending: true, changed: false });
    expect(await readersDebate(arSlug)).toEqual({ title: "نقاش", intro: "مقدمة منشورة" });
    expect((await getRecordPending(editor, "DEBATE_TRANSLATION", debateId)).ar).toMatchObject({ needsReview: true, data: { intro: "مقدمة جديدة" } });
    const listed = (await listPendingChanges(editor)).find((p) => p.recordId === debateId);
    expect(listed).toMatchObject({ kind: "DEBATE_TRANSLATION", locale: "ar", needsReview: true, mayPublish: true, by: { id: translatorAr.id } });
    expect(await db.auditEvent.count({ where: { entityId: debateId, action: "pending.save", actorId: translatorAr.id } })).toBe(1);

    await expect(publishPendingChange(translatorAr, { kind: "DEBATE_TRANSLATION", recordId: debateId, locale: "ar" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await readersDebate(arSlug)).intro).toBe("مقدمة منشورة");
    const { readerChanges } = await publishPendingChange(editor, { kind: "DEBATE_TRANSLATION", recordId: debateId, locale: "ar" });
    expect(readerChanges).toEqual({ debateIds: [debateId] });
    expect(await readersDebate(arSlug)).toEqual({ title: "نقاش معدّل", intro: "مقدمة جديدة" });
    expect(await getRecordPending(editor, "DEBATE_TRANSLATION", debateId)).toEqual({});
    expect(await db.auditEvent.count({ where: { entityId: debateId, action: "pending.publish", actorId: editor.id } })).toBe(1);
  });

  it("a new translation of a published debate waits too; discard leaves readers as they were", async () => {
    const { debateId } = await publishedDebateWithArabic();
    await db.debateTranslation.deleteMany({ where: { debateId, locale: "ar" } });
    await saveDebateTranslation(translatorAr, { debateId, locale: "ar", title: "ترجمة جديدة", subtitle: "", intro: "" });
    expect(await db.debateTranslation.count({ where: { debateId, locale: "ar" } })).toBe(0);
    await discardPendingChange(translatorAr, { kind: "DEBATE_TRANSLATION", recordId: debateId, locale: "ar" });
    expect(await getRecordPending(editor, "DEBATE_TRANSLATION", debateId)).toEqual({});
    expect(await db.debateTranslation.count({ where: { debateId, locale: "ar" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: debateId, action: "pending.discard" } })).toBe(1);
  });

  it("a draft debate's texts are still written directly; a translator granted publishing writes live ones directly", async () => {
    const { debateId } = await createDebate(editor, { locale: "en", title: `Draft ${uid()}`, subtitle: "", intro: "" });
    expect(await saveDebateTranslation(translatorAr, { debateId, locale: "ar", title: "مسودة", subtitle: "", intro: "" })).toMatchObject({ changed: true });
    const live = await publishedDebateWithArabic();
    expect(await saveDebateTranslation(publisherAr, { debateId: live.debateId, locale: "ar", title: "مباشرة", subtitle: "", intro: "" })).toMatchObject({ changed: true });
    expect((await readersDebate(live.arSlug)).title).toBe("مباشرة");
  });


  it("a pending slug another debate has is refused at once, and nothing is stored", async () => {
    const first = await publishedDebateWithArabic();
    const second = await publishedDebateWithArabic();
    await expect(saveDebateTranslation(translatorAr, { debateId: second.debateId, locale: "ar", title: "نقاش", subtitle: "", intro: "", slug: first.arSlug })).rejects.toMatchObject({
      reason: "slugTaken",
    });
    expect(await getRecordPending(editor, "DEBATE_TRANSLATION", second.debateId)).toEqual({});
  });
});

describe("the dashboard's list", () => {
  it("shows a pending change to those who may publish it and to its writer, not to other translators", async () => {
    const { debateId } = await publishedDebateWithArabic();
    await saveDebateTranslation(translatorAr, { debateId, locale: "ar", title: "للمراجعة", subtitle: "", intro: "" });
    const find = async (actor: Actor) => (await listPendingChanges(actor)).find((p) => p.recordId === debateId);
    expect(await find(translatorAr)).toMatchObject({ mayPublish: false, needsReview: true, href: `/dashboard/debates/${debateId}` });
    expect(await find(publisherAr)).toMatchObject({ mayPublish: true });
    expect(await find(await makeActor("TRANSLATOR", { locales: ["ar"] }))).toBeUndefined();
    expect(await find(await makeActor("TRANSLATOR", { locales: ["he"], canPublish: true }))).toBeUndefined();
    // A debate in the trash takes its pending change off the list.
    await db.debate.update({ where: { id: debateId }, data: { deletedAt: new Date() } });
    expect(await find(editor)).toBeUndefined();
  });
});

describe("author bios", () => {
  it("a translator's bio waits for review; readers keep the old one until an editor publishes it", async () => {
    const slug = `author-${uid()}`;
    const author = await db.author.create({ data: { name: "Writer", slug } });
    await saveAuthorBio(editor, { authorId: author.id, locale: "ar", bio: "سيرة منشورة" });
    expect(await saveAuthorBio(translatorAr, { authorId: author.id, locale: "ar", bio: "سيرة جديدة" })).toMatchObject({ pending: true });
    expect((await getAuthorBySlug("ar", slug))?.bio).toBe("سيرة منشورة");
    await expect(publishPendingChange(translatorAr, { kind: "AUTHOR_BIO", recordId: author.id, locale: "ar" })).rejects.toBeInstanceOf(ForbiddenError);
    await publishPendingChange(editor, { kind: "AUTHOR_BIO", recordId: author.id, locale: "ar" });
    expect((await getAuthorBySlug("ar", slug))?.bio).toBe("سيرة جديدة");
  });

  it("discarding a translator's removal of a bio keeps the bio", async () => {
    const slug = `author-${uid()}`;
    const author = await db.author.create({ data: { name: "Writer", slug } });
    await saveAuthorBio(editor, { authorId: author.id, locale: "ar", bio: "تبقى" });
    await saveAuthorBio(translatorAr, { authorId: author.id, locale: "ar", bio: "" });
    expect((await getAuthorBySlug("ar", slug))?.bio).toBe("تبقى");
    await discardPendingChange(editor, { kind: "AUTHOR_BIO", recordId: author.id, locale: "ar" });
    expect((await getAuthorBySlug("ar", slug))?.bio).toBe("تبقى");
    await expect(discardPendingChange(editor, { kind: "AUTHOR_BIO", recordId: author.id, locale: "ar" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("image alt texts", () => {
  it("a translator's alt text waits; an editor publishes it; another locale's translator may not discard it", async () => {
    const media = await db.media.create({ data: { storageKey: `${uid()}.png`, originalName: "photo.png", mimeType: "image/png", size: 1, alts: { create: [{ locale: "ar", alt: "وصف قديم" }] } } });
    await updateMediaTexts(translatorAr, { mediaId: media.id, alts: { ar: "وصف جديد" } });
    const alt = () => db.mediaAlt.findUnique({ where: { mediaId_locale: { mediaId: media.id, locale: "ar" } } });
    expect((await alt())?.alt).toBe("وصف قديم");
    const translatorHe = await makeActor("TRANSLATOR", { locales: ["he"] });
    await expect(discardPendingChange(translatorHe, { kind: "MEDIA_ALT", recordId: media.id, locale: "ar" })).rejects.toBeInstanceOf(ForbiddenError);
    await publishPendingChange(publisherAr, { kind: "MEDIA_ALT", recordId: media.id, locale: "ar" });
    expect((await alt())?.alt).toBe("وصف جديد");
  });
});

describe("bad input", () => {
  it.each([
    [{ kind: "VARIANT", recordId: "x", locale: "ar" }],
    [{ kind: "AUTHOR_BIO", recordId: "", locale: "ar" }],
    [{ kind: "AUTHOR_BIO", recordId: "x", locale: "xx" }],
    [{ kind: "AUTHOR_BIO", recordId: "x", locale: "ar", extra: 1 }],
  ])("refuses %j and changes nothing", async (input) => {
    const before = await db.pendingChange.count();
    await expect(publishPendingChange(editor, input)).rejects.toBeInstanceOf(ValidationError);
    await expect(discardPendingChange(editor, input)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.pendingChange.count()).toBe(before);
  });
});
