import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { createAuthorSchema, saveAuthorBioSchema, setAuthorTrashedSchema, updateAuthorSchema } from "@/lib/authors/schemas";
import { slugify } from "@/lib/slug";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db, type Tx } from "../db";
import type { ReaderChanges } from "../publishing/after-change";
import { firstFreeSlug, slugSafe } from "../slugs";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan } from "../permissions";
import { holdBio, mustWaitForReview } from "../pending/hold";
import { setTrashed } from "../trash";
import { recordEvents } from "../webhooks/outbox";

// Every write to authors and their bios: validated, permission-checked here,
// one transaction with its audit event. Author slugs are unique across
// locales (one author page per person, /{locale}/authors/{slug}).
//
// Trash: a trashed author's page answers 404 and they drop out of pickers;
// their articles keep them in the byline (the name stays true to what was
// published). Trashing does not refuse an author who still has articles —
// restoring brings the page back as it was.

export const authorSummarySelect = { id: true, name: true, slug: true } as const;
export type AuthorSummary = { id: string; name: string; slug: string };

/** The locale whose bio the others translate: English when there is one, else the first written. */
export const BIO_SOURCE_LOCALE = "en";

function freeSlug(tx: Tx, wanted: string, authorId?: string): Promise<string> {
  return firstFreeSlug(wanted, "author", async (candidate) => {
    const owner = await tx.author.findUnique({ where: { slug: candidate }, select: { id: true } });
    return Boolean(owner && owner.id !== authorId);
  });
}

async function resolveSlug(tx: Tx, given: string, name: string, authorId?: string): Promise<string> {
  if (!given) return freeSlug(tx, slugify(name), authorId);
  const owner = await tx.author.findUnique({ where: { slug: given }, select: { id: true } });
  if (owner && owner.id !== authorId) throw new ConflictError("slugTaken");
  return given;
}

async function loadAuthor(tx: Tx, authorId: string) {
  const author = await tx.author.findUnique({ where: { id: authorId }, include: { bios: true } });
  if (!author || author.deletedAt) throw new NotFoundError("author");
  return author;
}

export async function createAuthor(actor: Actor | null, input: unknown): Promise<AuthorSummary> {
  assertCan(actor, "author.create");
  const data = parseInput(createAuthorSchema, input);
  return slugSafe(() =>
    db.$transaction(async (tx) => {
      const slug = await resolveSlug(tx, data.slug, data.name);
      const author = await tx.author.create({ data: { name: data.name, slug }, select: authorSummarySelect });
      await recordAudit(tx, { actor, action: "author.create", entityType: "Author", entityId: author.id, data: { name: author.name, slug } });
      return author;
    }),
  );
}

export async function updateAuthor(actor: Actor | null, input: unknown): Promise<AuthorSummary & { changed: boolean } & ReaderChanges> {
  assertCan(actor, "author.edit");
  const data = parseInput(updateAuthorSchema, input);
  return slugSafe(() =>
    db.$transaction(async (tx) => {
      const before = await loadAuthor(tx, data.authorId);
      const slug = await resolveSlug(tx, data.slug || before.slug, data.name, before.id);
      if (data.photoId && data.photoId !== before.photoId && !(await tx.media.findUnique({ where: { id: data.photoId }, select: { id: true } }))) {
        throw new ValidationError([{ code: "custom", path: ["photoId"], message: "unknownMedia", input: data.photoId }]);
      }
      const changed = before.name !== data.name || before.slug !== slug || before.photoId !== data.photoId;
      if (!changed) return { id: before.id, name: before.name, slug: before.slug, changed, readerChanges: null };
      const author = await tx.author.update({ where: { id: before.id }, data: { name: data.name, slug, photoId: data.photoId }, select: authorSummarySelect });
      await recordAudit(tx, {
        actor,
        action: "author.update",
        entityType: "Author",
        entityId: author.id,
        data: {
          before: { name: before.name, slug: before.slug, photoId: before.photoId },
          after: { name: author.name, slug: author.slug, photoId: data.photoId },
        },
      });
      await recordEvents(tx, [{ type: "author.updated", authorId: author.id }]);
      const previousSlugs = before.slug !== author.slug ? { authors: [before.slug] } : undefined;
      return { ...author, changed, readerChanges: { authorIds: [author.id], previousSlugs } };
    }),
  );
}

/** The locale a bio in `locale` is translated from, or null when it is itself the source. */
export function bioSourceLocale(bios: { locale: string; updatedAt: Date }[], locale: string): string | null {
  if (bios.some((b) => b.locale === BIO_SOURCE_LOCALE)) return locale === BIO_SOURCE_LOCALE ? null : BIO_SOURCE_LOCALE;
  const first = [...bios].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())[0];
  return !first || first.locale === locale ? null : first.locale;
}

/**
 * Writes the bio in one locale (a translator, in their own locales). An empty
 * text removes it. The version is bumped when the text changes; a bio that is
 * not the source records the source's version.
 */
export async function saveAuthorBio(actor: Actor | null, input: unknown): Promise<{ version: number | null; changed: boolean; pending?: boolean } & ReaderChanges> {
  const data = parseInput(saveAuthorBioSchema, input);
  assertCan(actor, "author.translateBio", { locale: data.locale });
  const result = await db.$transaction(async (tx) => {
    const author = await loadAuthor(tx, data.authorId);
    const existing = author.bios.find((b) => b.locale === data.locale);
    if (existing && data.baseVersion !== undefined && data.baseVersion !== existing.version) throw new ConflictError("conflict");
    // Author pages are public: a bio changes there only by someone who may publish in its locale; others' wait for review.
    if (mustWaitForReview(actor, data.locale)) return holdBio(tx, actor, author.id, data.locale, data.bio, existing);
    const audit = (action: string, extra: Record<string, unknown>) =>
      recordAudit(tx, { actor, action, entityType: "Author", entityId: author.id, data: { locale: data.locale, ...extra } as Prisma.InputJsonValue });

    if (!data.bio) {
      if (!existing) return { version: null, changed: false };
      await tx.authorBio.delete({ where: { authorId_locale: { authorId: author.id, locale: data.locale } } });
      await audit("author.bio-delete", {});
      return { version: null, changed: true };
    }
    // The source is decided among the other bios, as they stand now.
    const others = author.bios.filter((b) => b.locale !== data.locale);
    const sourceLocale = bioSourceLocale(existing ? author.bios : [...others, { locale: data.locale, updatedAt: new Date() }], data.locale);
    const sourceBio = sourceLocale ? others.find((b) => b.locale === sourceLocale) : undefined;
    const sourceVersion = sourceBio?.version ?? null;
    // What the translation follows, to show its translator what changed since.
    const sourceSnapshot = sourceBio ? { bio: sourceBio.bio } : undefined;

    if (!existing) {
      const created = await tx.authorBio.create({ data: { authorId: author.id, locale: data.locale, bio: data.bio, sourceVersion, sourceSnapshot } });
      await audit("author.bio-create", { version: created.version, sourceVersion });
      await recordEvents(tx, [{ type: "author.updated", authorId: author.id }]);
      return { version: created.version, changed: true };
    }
    if (existing.bio === data.bio) return { version: existing.version, changed: false };
    const { count } = await tx.authorBio.updateMany({
      where: { authorId: author.id, locale: data.locale, version: existing.version },
      data: { bio: data.bio, version: { increment: 1 }, sourceVersion, sourceSnapshot },
    });
    if (count !== 1) throw new ConflictError("conflict");
    await audit("author.bio-update", { version: existing.version + 1, sourceVersion });
    await recordEvents(tx, [{ type: "author.updated", authorId: author.id }]);
    return { version: existing.version + 1, changed: true };
  });
  return { ...result, readerChanges: result.changed && !("pending" in result && result.pending) ? { authorIds: [data.authorId] } : null };
}

export async function setAuthorTrashed(actor: Actor | null, input: unknown): Promise<ReaderChanges> {
  assertCan(actor, "author.delete");
  const data = parseInput(setAuthorTrashedSchema, input);
  return setTrashed(actor, "author", data.authorId, data.trashed);
}
