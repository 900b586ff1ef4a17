import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { getDebateForEdit, listDebatesForDashboard } from "./dashboard-queries";
import {
  createDebate,
  deleteDebateTranslation,
  saveDebateTranslation,
  setDebateStatus,
  setDebateTrashed,
  updateDebateShared,
} from "./mutations";
import { getDebateBySlug } from "./queries";
import { makeActor, uid } from "../../../test/support/actors";

let admin: Actor;
let editor: Actor;
let translatorAr: Actor;

beforeAll(async () => {
  admin = await makeActor("ADMIN");
  editor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"], canPublish: true });
});

const audits = (debateId: string) => db.auditEvent.findMany({ where: { entityType: "Debate", entityId: debateId }, orderBy: { createdAt: "asc" } });
const newDebate = (title = `Debate ${uid()}`) => createDebate(editor, { locale: "en", title, subtitle: "Sub", intro: "Intro" });

/** Everything about a debate that a refused change must leave alone. */
async function snapshot(debateId: string) {
  const debate = await db.debate.findUniqueOrThrow({ where: { id: debateId }, include: { translations: { orderBy: { locale: "asc" } } } });
  return { debate, audits: (await audits(debateId)).length };
}

describe("creating a debate", () => {
  it("makes the slug from the title, in one transaction with its audit event", async () => {
    const title = `Human rights ${uid()}`;
    const { debateId, slug } = await createDebate(editor, { locale: "en", title });
    expect(slug).toBe(title.toLowerCase().replace(/ /g, "-"));
    const debate = await db.debate.findUniqueOrThrow({ where: { id: debateId }, include: { translations: true } });
    expect(debate).toMatchObject({ status: "DRAFT", sourceLocale: "en" });
    expect(debate.translations).toMatchObject([{ locale: "en", title, slug, version: 1, sourceVersion: null }]);
    expect(await audits(debateId)).toMatchObject([{ action: "debate.create", actorId: editor.id }]);
  });

  it("gives a generated slug a free suffix, refuses a chosen one that is taken", async () => {
    const title = `Same title ${uid()}`;
    const first = await createDebate(editor, { locale: "en", title });
    const second = await createDebate(editor, { locale: "en", title });
    expect(second.slug).toBe(`${first.slug}-2`);
    const before = await db.debate.count();
    await expect(createDebate(editor, { locale: "en", title: "Other", slug: first.slug })).rejects.toMatchObject({ reason: "slugTaken" });
    expect(await db.debate.count()).toBe(before);
  });

  it("is refused to translators and on bad input, creating nothing", async () => {
    const before = await db.debate.count();
    await expect(createDebate(translatorAr, { locale: "ar", title: "مناظرة" })).rejects.toThrow(ForbiddenError);
    await expect(createDebate(null, { locale: "en", title: "x" })).rejects.toThrow(ForbiddenError);
    await expect(createDebate(editor, { locale: "xx", title: "x" })).rejects.toThrow(ValidationError);
    await expect(createDebate(editor, { locale: "en", title: "  " })).rejects.toThrow(ValidationError);
    await expect(createDebate(editor, { locale: "en", title: "x", slug: "Not A Slug" })).rejects.toThrow(ValidationError);
    expect(await db.debate.count()).toBe(before);
  });
});

describe("translations", () => {
  it("lets a translator write their locale only; a non-source translation records the source's version", async () => {
    const { debateId } = await newDebate();
    const saved = await saveDebateTranslation(translatorAr, { debateId, locale: "ar", title: "حقوق الإنسان", intro: "مقدمة" });
    expect(saved).toMatchObject({ version: 1, slug: "حقوق-الإنسان", changed: true });
    const ar = await db.debateTranslation.findUniqueOrThrow({ where: { debateId_locale: { debateId, locale: "ar" } } });
    expect(ar).toMatchObject({ version: 1, sourceVersion: 1 });

    const before = await snapshot(debateId);
    await expect(saveDebateTranslation(translatorAr, { debateId, locale: "he", title: "זכויות" })).rejects.toThrow(ForbiddenError);
    await expect(saveDebateTranslation(translatorAr, { debateId, locale: "en", title: "Hijacked" })).rejects.toThrow(ForbiddenError);
    expect(await snapshot(debateId)).toEqual(before);
  });

  it("bumps the version only when a text changes; the source moving on outdates the translation until it is updated", async () => {
    const { debateId } = await newDebate();
    await saveDebateTranslation(editor, { debateId, locale: "fr", title: "Débat", subtitle: "", intro: "" });
    // The source changes: version 2; the French translation still follows version 1.
    const source = await saveDebateTranslation(editor, { debateId, locale: "en", title: "Debate, revised", subtitle: "Sub", intro: "Intro", baseVersion: 1 });
    expect(source.version).toBe(2);
    let edit = await getDebateForEdit(editor, debateId);
    expect(edit.states.find((s) => s.locale === "fr")).toMatchObject({ state: "outdated", sourceVersion: 1 });
    expect(edit.states.find((s) => s.locale === "en")).toMatchObject({ state: "source" });
    expect(edit.states.find((s) => s.locale === "ar")).toMatchObject({ state: "missing" });

    // Saving the same text: nothing changes, no audit.
    const count = (await audits(debateId)).length;
    const same = await saveDebateTranslation(editor, { debateId, locale: "fr", title: "Débat", baseVersion: 1 });
    expect(same).toMatchObject({ version: 1, changed: false });
    expect((await audits(debateId)).length).toBe(count);

    // Updating the translation: version 2, follows source version 2.
    const updated = await saveDebateTranslation(editor, { debateId, locale: "fr", title: "Débat révisé", baseVersion: 1 });
    expect(updated.version).toBe(2);
    edit = await getDebateForEdit(editor, debateId);
    expect(edit.states.find((s) => s.locale === "fr")).toMatchObject({ state: "current", version: 2, sourceVersion: 2 });
    const last = (await audits(debateId)).at(-1)!;
    expect(last).toMatchObject({ action: "debate.translation-update", data: { locale: "fr", version: 2, sourceVersion: 2 } });
  });

  it("refuses a save from a stale version, changing nothing", async () => {
    const { debateId } = await newDebate();
    await saveDebateTranslation(editor, { debateId, locale: "en", title: "First edit", baseVersion: 1 });
    const before = await snapshot(debateId);
    await expect(saveDebateTranslation(editor, { debateId, locale: "en", title: "Second edit from v1", baseVersion: 1 })).rejects.toMatchObject({ reason: "conflict" });
    expect(await snapshot(debateId)).toEqual(before);
  });

  it("keeps slugs unique per locale: a clear slugTaken in the same locale, the same slug fine in another", async () => {
    const a = await newDebate();
    const b = await newDebate();
    await saveDebateTranslation(editor, { debateId: a.debateId, locale: "es", title: "Uno", slug: `compartido-${a.debateId}` });
    const before = await snapshot(b.debateId);
    await expect(saveDebateTranslation(editor, { debateId: b.debateId, locale: "es", title: "Dos", slug: `compartido-${a.debateId}` })).rejects.toMatchObject({ reason: "slugTaken" });
    expect(await snapshot(b.debateId)).toEqual(before);
    await expect(saveDebateTranslation(editor, { debateId: b.debateId, locale: "pt", title: "Dois", slug: `compartido-${a.debateId}` })).resolves.toMatchObject({ changed: true });
    // And the source's slug cannot be taken by another debate's source either.
    await expect(saveDebateTranslation(editor, { debateId: b.debateId, locale: "en", title: "x", slug: a.slug })).rejects.toBeInstanceOf(ConflictError);
  });

  it("deletes a translation (editors only), never the source", async () => {
    const { debateId } = await newDebate();
    await saveDebateTranslation(translatorAr, { debateId, locale: "ar", title: "نص" });
    await expect(deleteDebateTranslation(translatorAr, { debateId, locale: "ar" })).rejects.toThrow(ForbiddenError);
    await expect(deleteDebateTranslation(editor, { debateId, locale: "en" })).rejects.toThrow(ValidationError);
    await deleteDebateTranslation(editor, { debateId, locale: "ar" });
    expect(await db.debateTranslation.count({ where: { debateId } })).toBe(1);
    expect((await audits(debateId)).at(-1)).toMatchObject({ action: "debate.translation-delete", data: { locale: "ar" } });
    await expect(deleteDebateTranslation(editor, { debateId, locale: "ar" })).rejects.toThrow(NotFoundError);
  });
});

describe("status, shared fields and trash", () => {
  it("publishes (debate.publish), readers see it; a translator — even one allowed to publish articles — cannot", async () => {
    const { debateId, slug } = await newDebate();
    const before = await snapshot(debateId);
    await expect(setDebateStatus(translatorAr, { debateId, status: "PUBLISHED" })).rejects.toThrow(ForbiddenError);
    expect(await snapshot(debateId)).toEqual(before);
    expect(await getDebateBySlug("en", slug)).toBeNull();

    await setDebateStatus(editor, { debateId, status: "PUBLISHED" });
    const published = await db.debate.findUniqueOrThrow({ where: { id: debateId } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(await getDebateBySlug("en", slug)).toMatchObject({ kind: "found" });
    await expect(setDebateStatus(editor, { debateId, status: "PUBLISHED" })).rejects.toMatchObject({ reason: "invalidTransition" });

    await setDebateStatus(editor, { debateId, status: "ARCHIVED" });
    expect(await getDebateBySlug("en", slug)).toBeNull();
    expect((await audits(debateId)).map((e) => e.action)).toEqual(["debate.create", "debate.publish", "debate.unpublish"]);
    // Republishing keeps the first publication date.
    await setDebateStatus(editor, { debateId, status: "PUBLISHED" });
    expect((await db.debate.findUniqueOrThrow({ where: { id: debateId } })).publishedAt).toEqual(published.publishedAt);
  });

  it("updates shared fields (editors), refuses a source locale with no translation and an unknown image", async () => {
    const { debateId } = await newDebate();
    await expect(updateDebateShared(translatorAr, { debateId, heroCredit: "x" })).rejects.toThrow(ForbiddenError);
    await expect(updateDebateShared(editor, { debateId, sourceLocale: "ar" })).rejects.toThrow(ValidationError);
    await expect(updateDebateShared(editor, { debateId, heroImageId: "no-such-media" })).rejects.toThrow(ValidationError);
    await saveDebateTranslation(editor, { debateId, locale: "ar", title: "عنوان" });
    await updateDebateShared(editor, { debateId, heroCredit: "Photo: A. Person", sourceLocale: "ar" });
    expect(await db.debate.findUniqueOrThrow({ where: { id: debateId } })).toMatchObject({ heroCredit: "Photo: A. Person", sourceLocale: "ar" });
    expect((await audits(debateId)).at(-1)).toMatchObject({ action: "debate.update", data: { before: { sourceLocale: "en" }, after: { sourceLocale: "ar" } } });
  });

  it("trashes and restores (debate.delete): hidden from readers and the list, back after restore", async () => {
    const { debateId, slug } = await newDebate();
    await setDebateStatus(editor, { debateId, status: "PUBLISHED" });
    await expect(setDebateTrashed(translatorAr, { debateId, trashed: true })).rejects.toThrow(ForbiddenError);
    await setDebateTrashed(editor, { debateId, trashed: true });
    expect(await getDebateBySlug("en", slug)).toBeNull();
    await expect(saveDebateTranslation(editor, { debateId, locale: "fr", title: "x" })).rejects.toThrow(NotFoundError);
    const trash = await listDebatesForDashboard(editor, { trashed: true, q: slug }, "en");
    expect(trash.rows.map((r) => r.id)).toEqual([debateId]);
    await setDebateTrashed(admin, { debateId, trashed: false });
    expect(await getDebateBySlug("en", slug)).toMatchObject({ kind: "found" });
    expect((await audits(debateId)).slice(-2).map((e) => e.action)).toEqual(["debate.delete", "debate.restore"]);
  });
});

describe("dashboard list", () => {
  it("filters by status and text, paginates, and is staff-only", async () => {
    const tag = uid();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createDebate(editor, { locale: "en", title: `Listed ${tag} ${i}` })).debateId);
    await setDebateStatus(editor, { debateId: ids[0]!, status: "PUBLISHED" });
    const all = await listDebatesForDashboard(editor, { q: tag }, "en");
    expect(all.total).toBe(3);
    expect(all.rows[0]!.translations.find((t) => t.locale === "en")).toMatchObject({ state: "source" });
    const published = await listDebatesForDashboard(translatorAr, { q: tag, status: "PUBLISHED" }, "ar");
    expect(published.rows.map((r) => r.id)).toEqual([ids[0]]);
    const drafts = await listDebatesForDashboard(editor, { q: tag.toUpperCase(), status: "DRAFT" }, "en");
    expect(drafts.total).toBe(2);
    await expect(listDebatesForDashboard(null, {}, "en")).rejects.toThrow(NotFoundError);
  });
});
