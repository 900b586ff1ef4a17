import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { createArticle, restoreRevision, saveVariant, transitionVariant, updateArticleShared } from "../articles/mutations";
import { publishPendingVariant } from "../articles/pending";
import type { Actor } from "../auth/actor-type";
import { createAuthor, updateAuthor } from "../authors/mutations";
import { pagesOf } from "../cache/revalidate";
import { db } from "../db";
import { createDebate, deleteDebateTranslation, saveDebateTranslation, setDebateStatus } from "../debates/mutations";
import { makeActor, uid } from "../../../test/support/actors";

// What a mutation reports changed for readers decides which pages are redone
// (runAction hands it to afterPublicChange). Readers may still hold the URLs a
// change took away: those pages must be among them, though after the save no
// row names them any more.

const locales = ["en", "es", "fr", "pt", "ar", "he"];
const body = paragraphsToDocument(["Text."]);
let editor: Actor;
let authorId: string;

beforeAll(async () => {
  editor = await makeActor("ADMIN");
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
});

async function publishedArticle(slug: string) {
  const { articleId, variantId } = await createArticle(editor, { locale: "en", title: "A title", authorIds: [authorId] });
  await saveVariant(editor, { variantId, baseVersion: 1, title: "A title", slug, summary: "A summary", body });
  await transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });
  return { articleId, variantId };
}

describe("the pages a change re-renders include those under the slugs it took away", () => {
  it("a published article's new slug: its old URL in every locale, as well as the new one", async () => {
    const k = uid();
    const { variantId } = await publishedArticle(`old-${k}`);
    // A live version's edit waits as a pending change (readers see nothing new)…
    const saved = await saveVariant(editor, { variantId, baseVersion: 3, title: "A title", slug: `new-${k}`, summary: "A summary", body });
    expect(saved).toMatchObject({ pending: true, readerChanges: null });
    // …until it is published: then the new slug's pages and the old one's.
    const published = await publishPendingVariant(editor, { variantId, baseVersion: saved.version });
    const pages = await pagesOf(published.readerChanges!);
    for (const l of locales) expect(pages).toEqual(expect.arrayContaining([`/${l}/articles/old-${k}`, `/${l}/articles/new-${k}`]));

    // Restoring the first revision, straight to readers, brings the old slug back: the new one is now the old.
    const first = await db.revision.findFirstOrThrow({ where: { variantId, slug: `old-${k}` }, orderBy: { version: "asc" } });
    const restored = await restoreRevision(editor, { variantId, revisionId: first.id, baseVersion: published.version, mode: "publish" });
    expect(await pagesOf(restored.readerChanges!)).toEqual(expect.arrayContaining([`/en/articles/new-${k}`, `/en/articles/old-${k}`]));
  });

  it("a draft's save changes nothing readers see", async () => {
    const { variantId } = await createArticle(editor, { locale: "en", title: "Draft", authorIds: [authorId] });
    const saved = await saveVariant(editor, { variantId, baseVersion: 1, title: "Draft", slug: `draft-${uid()}`, summary: "", body });
    expect(saved.readerChanges).toBeNull();
  });

  it("a debate's translation renamed or deleted: the pages and feeds under its old slug", async () => {
    const k = uid();
    const { debateId } = await createDebate(editor, { locale: "en", title: "A debate", slug: `debate-${k}` });
    await saveDebateTranslation(editor, { debateId, locale: "fr", title: "Un débat", slug: `debat-${k}` });
    await setDebateStatus(editor, { debateId, status: "PUBLISHED" });
    const renamed = await saveDebateTranslation(editor, { debateId, locale: "fr", title: "Un débat", slug: `debat-renomme-${k}` });
    expect(await pagesOf(renamed.readerChanges!)).toEqual(
      expect.arrayContaining([`/fr/debates/debat-${k}`, `/fr/debates/debat-${k}/feed.xml`, `/fr/debates/debat-renomme-${k}`]),
    );
    const deleted = await deleteDebateTranslation(editor, { debateId, locale: "fr" });
    expect(await pagesOf(deleted.readerChanges!)).toEqual(expect.arrayContaining([`/fr/debates/debat-renomme-${k}`, `/fr/debates/debat-renomme-${k}/feed.xml`]));
  });

  it("an author's new slug: their old page in every locale", async () => {
    const k = uid();
    const author = await createAuthor(editor, { name: "Ana", slug: `ana-${k}` });
    const updated = await updateAuthor(editor, { authorId: author.id, name: "Ana", slug: `ana-maria-${k}` });
    const pages = await pagesOf(updated.readerChanges!);
    for (const l of locales) expect(pages).toEqual(expect.arrayContaining([`/${l}/authors/ana-${k}`, `/${l}/authors/ana-maria-${k}`]));
  });

  it("an article given other authors and another debate: the pages that listed it before", async () => {
    const k = uid();
    const { articleId } = await publishedArticle(`moved-${k}`);
    const before = await db.author.findUniqueOrThrow({ where: { id: authorId } });
    const other = await createAuthor(editor, { name: "Other", slug: `other-${k}` });
    const changed = await updateArticleShared(editor, { articleId, authorIds: [other.id] });
    expect(await pagesOf(changed.readerChanges!)).toEqual(expect.arrayContaining([`/en/authors/${before.slug}`, `/en/authors/other-${k}`, `/es/articles/moved-${k}`]));
  });
});
