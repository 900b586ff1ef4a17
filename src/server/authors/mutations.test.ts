import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { getAuthorBySlug } from "./queries";
import { getAuthorForEdit, listAuthorsForDashboard, searchAuthors } from "./dashboard-queries";
import { createAuthor, saveAuthorBio, setAuthorTrashed, updateAuthor } from "./mutations";
import { makeActor, uid } from "../../../test/support/actors";

let editor: Actor;
let translatorAr: Actor;
beforeAll(async () => {
  editor = await makeActor("EDITOR");
  // Granted publishing: their bios go live at once (a non-publisher's wait for review: src/server/pending/review.test.ts).
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"], canPublish: true });
});

const audits = (authorId: string) => db.auditEvent.findMany({ where: { entityType: "Author", entityId: authorId }, orderBy: { createdAt: "asc" } });
const snapshot = async (authorId: string) => ({
  author: await db.author.findUnique({ where: { id: authorId }, include: { bios: { orderBy: { locale: "asc" } } } }),
  audits: (await audits(authorId)).length,
});

describe("authors", () => {
  it("creates with a slug from the name (unique: a generated one gets a suffix, a chosen one taken is refused)", async () => {
    const name = `Ada Writer ${uid()}`;
    const first = await createAuthor(editor, { name });
    expect(first.slug).toBe(name.toLowerCase().replace(/ /g, "-"));
    expect(await audits(first.id)).toMatchObject([{ action: "author.create", actorId: editor.id }]);
    const second = await createAuthor(editor, { name });
    expect(second.slug).toBe(`${first.slug}-2`);
    const count = await db.author.count();
    await expect(createAuthor(editor, { name: "Someone", slug: first.slug })).rejects.toMatchObject({ reason: "slugTaken" });
    await expect(createAuthor(translatorAr, { name: "Nope" })).rejects.toThrow(ForbiddenError);
    await expect(createAuthor(editor, { name: "" })).rejects.toThrow(ValidationError);
    expect(await db.author.count()).toBe(count);
  });

  it("updates name, slug and photo (author.edit); refusals change nothing", async () => {
    const a = await createAuthor(editor, { name: `Bea ${uid()}` });
    const b = await createAuthor(editor, { name: `Cy ${uid()}` });
    const before = await snapshot(a.id);
    await expect(updateAuthor(translatorAr, { authorId: a.id, name: "Hijack" })).rejects.toThrow(ForbiddenError);
    await expect(updateAuthor(editor, { authorId: a.id, name: "Bea", slug: b.slug })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateAuthor(editor, { authorId: a.id, name: "Bea", photoId: "no-such-media" })).rejects.toThrow(ValidationError);
    expect(await snapshot(a.id)).toEqual(before);
    const updated = await updateAuthor(editor, { authorId: a.id, name: "Bea Renamed", slug: `bea-renamed-${a.id}` });
    expect(updated).toMatchObject({ name: "Bea Renamed", slug: `bea-renamed-${a.id}`, changed: true });
    expect((await audits(a.id)).at(-1)).toMatchObject({ action: "author.update", data: { before: { slug: a.slug }, after: { name: "Bea Renamed" } } });
  });

  it("writes bios per locale: translator in their locale only, version bumps, sourceVersion follows the English bio", async () => {
    const a = await createAuthor(editor, { name: `Dee ${uid()}` });
    const en = await saveAuthorBio(editor, { authorId: a.id, locale: "en", bio: "Writes about rights." });
    expect(en).toMatchObject({ version: 1, changed: true });
    const ar = await saveAuthorBio(translatorAr, { authorId: a.id, locale: "ar", bio: "تكتب عن الحقوق." });
    expect(ar.version).toBe(1);
    expect(await db.authorBio.findUniqueOrThrow({ where: { authorId_locale: { authorId: a.id, locale: "ar" } } })).toMatchObject({ sourceVersion: 1 });

    const before = await snapshot(a.id);
    await expect(saveAuthorBio(translatorAr, { authorId: a.id, locale: "en", bio: "Hijacked" })).rejects.toThrow(ForbiddenError);
    await expect(saveAuthorBio(translatorAr, { authorId: a.id, locale: "he", bio: "x" })).rejects.toThrow(ForbiddenError);
    await expect(saveAuthorBio(editor, { authorId: a.id, locale: "en", bio: "Stale", baseVersion: 7 })).rejects.toMatchObject({ reason: "conflict" });
    expect(await snapshot(a.id)).toEqual(before);

    // The English source changes: the Arabic bio is outdated until updated.
    await saveAuthorBio(editor, { authorId: a.id, locale: "en", bio: "Writes about human rights.", baseVersion: 1 });
    let edit = await getAuthorForEdit(editor, a.id);
    expect(edit.states.find((s) => s.locale === "ar")?.state).toBe("outdated");
    expect(edit.states.find((s) => s.locale === "en")?.state).toBe("source");
    const same = await saveAuthorBio(translatorAr, { authorId: a.id, locale: "ar", bio: "تكتب عن الحقوق." });
    expect(same).toMatchObject({ version: 1, changed: false });
    await saveAuthorBio(translatorAr, { authorId: a.id, locale: "ar", bio: "تكتب عن حقوق الإنسان.", baseVersion: 1 });
    edit = await getAuthorForEdit(editor, a.id);
    expect(edit.bios.find((b) => b.locale === "ar")).toMatchObject({ version: 2, sourceVersion: 2 });
    expect(edit.states.find((s) => s.locale === "ar")?.state).toBe("current");
    expect((await audits(a.id)).map((e) => e.action)).toEqual(["author.create", "author.bio-create", "author.bio-create", "author.bio-update", "author.bio-update"]);

    // An empty bio removes it.
    await saveAuthorBio(translatorAr, { authorId: a.id, locale: "ar", bio: "" });
    expect(await db.authorBio.count({ where: { authorId: a.id } })).toBe(1);
  });

  it("without an English bio, the first one written is the source", async () => {
    const a = await createAuthor(editor, { name: `Eve ${uid()}` });
    await saveAuthorBio(editor, { authorId: a.id, locale: "fr", bio: "Écrit sur les droits." });
    await saveAuthorBio(translatorAr, { authorId: a.id, locale: "ar", bio: "تكتب." });
    const edit = await getAuthorForEdit(editor, a.id);
    expect(edit.states.find((s) => s.locale === "fr")?.state).toBe("source");
    expect(edit.bios.find((b) => b.locale === "ar")).toMatchObject({ sourceVersion: 1 });
  });

  it("trash hides the public page and the picker; restore brings them back", async () => {
    const a = await createAuthor(editor, { name: `Fay Trash ${uid()}` });
    await expect(setAuthorTrashed(translatorAr, { authorId: a.id, trashed: true })).rejects.toThrow(ForbiddenError);
    expect(await searchAuthors(editor, { query: a.name })).toEqual([{ id: a.id, name: a.name, slug: a.slug }]);
    await setAuthorTrashed(editor, { authorId: a.id, trashed: true });
    expect(await getAuthorBySlug("en", a.slug)).toBeNull();
    expect(await searchAuthors(editor, { query: a.name })).toEqual([]);
    await expect(saveAuthorBio(editor, { authorId: a.id, locale: "en", bio: "x" })).rejects.toThrow(NotFoundError);
    expect((await listAuthorsForDashboard(editor, { trashed: true, q: a.name })).rows.map((r) => r.id)).toEqual([a.id]);
    await setAuthorTrashed(editor, { authorId: a.id, trashed: false });
    expect(await getAuthorBySlug("en", a.slug)).toMatchObject({ id: a.id });
    expect((await audits(a.id)).slice(-2).map((e) => e.action)).toEqual(["author.delete", "author.restore"]);
  });

  it("searches for the picker: case-insensitive, names starting with the query first, staff only", async () => {
    const tag = uid();
    await createAuthor(editor, { name: `Zed ${tag}` });
    await createAuthor(editor, { name: `${tag} Abe` });
    const found = await searchAuthors(editor, { query: tag.toUpperCase(), take: 5 });
    expect(found.map((a) => a.name)).toEqual([`${tag} Abe`, `Zed ${tag}`]);
    await expect(searchAuthors(null, { query: tag })).rejects.toThrow(NotFoundError);
    await expect(searchAuthors(editor, { query: tag, id: "x" })).rejects.toThrow(ValidationError);
  });

  it("takes % and _ in a search as the characters typed (the picker and the list)", async () => {
    const tag = uid();
    await createAuthor(editor, { name: `Ann_Lee ${tag}` });
    await createAuthor(editor, { name: `AnnXLee ${tag}` });
    expect((await searchAuthors(editor, { query: `n_Lee ${tag}` })).map((a) => a.name)).toEqual([`Ann_Lee ${tag}`]);
    expect((await listAuthorsForDashboard(editor, { q: `%Lee ${tag}` })).rows).toEqual([]);
  });
});
