import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { createArticle, saveVariant, transitionVariant } from "../articles/mutations";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { makeActor, uid } from "../../../test/support/actors";
import { assignTranslation, countWords, listAssignments, markNoticesRead, myNotices, translationWorkload, unassignTranslation } from "./assignments";
import { startTranslation } from "./translate";

let editor: Actor;
let translatorAr: Actor;
let translatorHe: Actor;
let authorId: string;
beforeAll(async () => {
  editor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"], name: "Amal" });
  translatorHe = await makeActor("TRANSLATOR", { locales: ["he"] });
  authorId = (await db.author.create({ data: { name: "W", slug: `w-${uid()}` } })).id;
});

async function source(words: string[]) {
  const { articleId, variantId } = await createArticle(editor, { locale: "en", title: "Two words", authorIds: [authorId] });
  const saved = await saveVariant(editor, { variantId, baseVersion: 1, title: "Two words", slug: "", summary: "", body: paragraphsToDocument(words) });
  return { articleId, variantId, version: saved.version };
}

describe("translation assignments", () => {
  it("counts words in any script", () => {
    expect(countWords("Human rights, everywhere.")).toBe(3);
    expect(countWords("حقوق الإنسان في كل مكان")).toBe(5);
    expect(countWords("")).toBe(0);
  });

  it("assign: editors only, to someone who works in the language; audited; the assignee is notified and sees it first", async () => {
    const { articleId } = await source(["One two three four five."]);
    await expect(assignTranslation(translatorAr, { articleId, locale: "ar", assigneeId: translatorAr.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignTranslation(editor, { articleId, locale: "ar", assigneeId: translatorHe.id })).rejects.toBeInstanceOf(ValidationError);
    const due = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await assignTranslation(editor, { articleId, locale: "ar", assigneeId: translatorAr.id, dueAt: due, note: "Before Friday's newsletter" });

    const mine = await listAssignments(translatorAr, { mine: true });
    const job = mine.find((j) => j.articleId === articleId)!;
    // Title (2) + body (5) words to translate; due yesterday: overdue.
    expect(job).toMatchObject({ locale: "ar", newWords: 7, changedWords: 0, overdue: true, note: "Before Friday's newsletter", assignee: { name: "Amal" } });
    const notices = await myNotices(translatorAr);
    const notice = notices.notifications.find((n) => (n.data as { articleId: string }).articleId === articleId)!;
    expect(notice.kind).toBe("assignment");
    expect(notices.dueSoon.some((j) => j.articleId === articleId)).toBe(true);
    await markNoticesRead(translatorAr, { ids: [notice.id] });
    expect((await myNotices(translatorAr)).notifications.some((n) => n.id === notice.id)).toBe(false);
    // Others' notices are not theirs to mark.
    await markNoticesRead(translatorHe, { ids: [notice.id] });

    const audit = await db.auditEvent.findFirst({ where: { entityId: articleId, action: "translation.assign" } });
    expect(audit?.data).toMatchObject({ locale: "ar", assigneeId: translatorAr.id });
    expect((await translationWorkload(editor)).find((w) => w.locale === "ar")).toMatchObject({ open: expect.any(Number), overdue: expect.any(Number) });
    await expect(listAssignments(translatorAr)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("counts the words changed since the followed version, and closes when the translation is up to date and submitted", async () => {
    const { articleId, variantId, version } = await source(["The old sentence stays.", "Another paragraph here."]);
    const { variantId: ar } = await startTranslation(editor, { sourceVariantId: variantId, locale: "ar" });
    const arSaved = await saveVariant(editor, { variantId: ar, baseVersion: 1, title: "كلمتان", slug: "", summary: "", body: paragraphsToDocument(["الجملة القديمة باقية.", "فقرة أخرى هنا."]) });
    await transitionVariant(editor, { variantId: ar, baseVersion: arSaved.version, transition: "submit" });
    await saveVariant(editor, { variantId, baseVersion: version, title: "Two words", slug: "", summary: "", body: paragraphsToDocument(["The old sentence stays.", "A rewritten paragraph with more words."]) });
    await assignTranslation(editor, { articleId, locale: "ar", assigneeId: translatorAr.id });
    const job = (await listAssignments(editor, { locale: "ar" })).find((j) => j.articleId === articleId)!;
    expect(job.newWords).toBe(0);
    expect(job.changedWords).toBeGreaterThanOrEqual(5);
    await unassignTranslation(editor, { articleId, locale: "ar" });
    expect((await listAssignments(editor, { locale: "ar" })).some((j) => j.articleId === articleId)).toBe(false);
  });
});
