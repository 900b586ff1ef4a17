import "server-only";
import { markUpToDateSchema, startTranslationSchema } from "@/lib/articles/schemas";
import { documentImages, type RichTextDocument } from "@/lib/rich-text/document";
import { changedBlocks, fieldChanges, translatableText, translationSkeleton, type FieldChange } from "@/lib/translations/changes";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { writeRevision } from "../articles/revisions";
import { BIO_SOURCE_LOCALE } from "../authors/mutations";
import { db, type Tx } from "../db";
import { LocaleTakenError, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan } from "../permissions";
import { firstFreeSlug } from "../slugs";

// Translating a language version, and keeping translations in step with their
// source.
//
// The rule for "outdated": every variant has a contentVersion, which moves to
// the new version whenever a save changes its title, summary or body and is not
// marked a minor edit (or a revision is restored). A translation records the
// source's version it follows (sourceVersion) and the revision holding that text
// (sourceRevisionId, never rewritten once followed); it is outdated when its
// source's contentVersion is greater than sourceVersion, and what changed is the
// difference between that revision and the source now.



/**
 * The source's newest revision of its live text (every save writes or updates
 * it; a pending change's revisions are not what readers, or translators, read).
 * Once a translation follows it, autosaves no longer rewrite it (see writeRevision).
 */
async function headRevision(tx: Tx, variantId: string) {
  const head = await tx.revision.findFirst({ where: { variantId, pending: false }, orderBy: { version: "desc" }, select: { id: true } });
  if (!head) throw new NotFoundError("revision");
  return head;
}

/**
 * "Translate into …": a draft in `locale` for the same work, following the
 * current text of the source variant. It starts as the source's skeleton —
 * the same blocks in the same order, without the words — so that the two line
 * up block by block in the side-by-side view; the slug is the source's (a
 * Unicode slug can be made from the translated title); the translator is
 * credited.
 */
export async function startTranslation(actor: Actor | null, input: unknown): Promise<{ variantId: string }> {
  const data = parseInput(startTranslationSchema, input);
  assertCan(actor, "variant.create", { locale: data.locale });
  return db.$transaction(async (tx) => {
    const source = await tx.articleVariant.findUnique({
      where: { id: data.sourceVariantId },
      include: { article: { select: { id: true, deletedAt: true } } },
    });
    if (!source || source.article.deletedAt) throw new NotFoundError("variant");
    if (source.locale === data.locale) {
      throw new ValidationError([{ code: "custom", path: ["locale"], message: "sameLocale", input: data.locale }]);
    }
    // Serialize with other "translate into" and link operations on this work.
    await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${source.article.id} FOR UPDATE`;
    if (await tx.articleVariant.findUnique({ where: { articleId_locale: { articleId: source.article.id, locale: data.locale } }, select: { id: true } })) {
      throw new LocaleTakenError([data.locale]);
    }
    const revision = await headRevision(tx, source.id);
    const alts = await tx.mediaAlt.findMany({ where: { locale: data.locale, media: { storageKey: { in: mediaKeys(source.body as RichTextDocument) } } }, include: { media: { select: { storageKey: true } } } });
    const altByKey = new Map(alts.map((a) => [a.media.storageKey, a.alt]));
    const slug = await firstFreeSlug(source.slug, "untitled", async (candidate) =>
      Boolean(await tx.articleVariant.findUnique({ where: { locale_slug: { locale: data.locale, slug: candidate } }, select: { id: true } })),
    );
    const variant = await tx.articleVariant.create({
      data: {
        articleId: source.article.id,
        locale: data.locale,
        title: "",
        slug,
        summary: "",
        body: translationSkeleton(source.body as RichTextDocument, (src) => altByKey.get(src.replace(/^\/media\//, ""))),
        sourceRevisionId: revision.id,
        sourceVersion: source.version,
        translators: actor.name ? [actor.name] : [],
      },
    });
    await writeRevision(tx, variant, actor, "create");
    await recordAudit(tx, {
      actor,
      action: "variant.translate",
      entityType: "ArticleVariant",
      entityId: variant.id,
      data: { locale: data.locale, from: source.locale, sourceVariantId: source.id, sourceVersion: source.version },
    });
    return { variantId: variant.id };
  });
}

/** Storage keys of the library images a document shows (`/media/<key>`). */
const mediaKeys = (doc: RichTextDocument) => documentImages(doc).flatMap(({ src }) => (src.startsWith("/media/") ? [src.slice("/media/".length)] : []));

/**
 * "Up to date": the translator has reviewed the source's changes. The
 * translation (a variant, a debate's texts in a locale, or a bio) now follows
 * the source as it is. The translation's own text and version are unchanged,
 * so an editor open on it is not disturbed.
 */
export async function markUpToDate(actor: Actor | null, input: unknown): Promise<{ sourceVersion: number }> {
  const data = parseInput(markUpToDateSchema, input);
  return db.$transaction(async (tx) => {
    if (data.kind === "variant") {
      const translation = await tx.articleVariant.findUnique({
        where: { id: data.variantId },
        include: { article: { select: { deletedAt: true } }, sourceRevision: { select: { variantId: true } } },
      });
      if (!translation || translation.article.deletedAt) throw new NotFoundError("variant");
      assertCan(actor, "variant.edit", { locale: translation.locale });
      const source = translation.sourceRevision
        ? await tx.articleVariant.findUnique({ where: { id: translation.sourceRevision.variantId } })
        : null;
      if (!source || source.articleId !== translation.articleId) throw new NotFoundError("source");
      const revision = await headRevision(tx, source.id);
      await tx.articleVariant.update({ where: { id: translation.id }, data: { sourceRevisionId: revision.id, sourceVersion: source.version } });
      await recordAudit(tx, {
        actor,
        action: "translation.up-to-date",
        entityType: "ArticleVariant",
        entityId: translation.id,
        data: { locale: translation.locale, from: translation.sourceVersion, to: source.version },
      });
      return { sourceVersion: source.version };
    }
    if (data.kind === "debate") {
      assertCan(actor, "debate.translate", { locale: data.locale });
      const debate = await tx.debate.findUnique({ where: { id: data.debateId }, include: { translations: true } });
      const translation = debate?.translations.find((t) => t.locale === data.locale);
      const source = debate?.translations.find((t) => t.locale === debate.sourceLocale);
      if (!debate || debate.deletedAt || !translation || !source || translation === source) throw new NotFoundError("debate");
      await tx.debateTranslation.update({
        where: { id: translation.id },
        data: { sourceVersion: source.version, sourceSnapshot: { title: source.title, subtitle: source.subtitle, intro: source.intro } },
      });
      await recordAudit(tx, { actor, action: "translation.up-to-date", entityType: "Debate", entityId: debate.id, data: { locale: data.locale, from: translation.sourceVersion, to: source.version } });
      return { sourceVersion: source.version };
    }
    assertCan(actor, "author.translateBio", { locale: data.locale });
    const author = await tx.author.findUnique({ where: { id: data.authorId }, include: { bios: true } });
    const bio = author?.bios.find((b) => b.locale === data.locale);
    const source = author?.bios.find((b) => b.locale === BIO_SOURCE_LOCALE);
    if (!author || author.deletedAt || !bio || !source || bio === source) throw new NotFoundError("author");
    await tx.authorBio.update({
      where: { authorId_locale: { authorId: author.id, locale: data.locale } },
      data: { sourceVersion: source.version, sourceSnapshot: { bio: source.bio } },
    });
    await recordAudit(tx, { actor, action: "translation.up-to-date", entityType: "Author", entityId: author.id, data: { locale: data.locale, from: bio.sourceVersion, to: source.version } });
    return { sourceVersion: source.version };
  });
}

export interface TranslationSource {
  variantId: string;
  locale: string;
  title: string;
  summary: string;
  body: RichTextDocument;
  status: string;
  /** The source's version now, and the one the translation follows. */
  version: number;
  followedVersion: number | null;
  outdated: boolean;
  /** Which fields changed since the followed text, with their word diff. */
  changes: FieldChange[];
  /** Top-level blocks of the current source body that are new or edited since. */
  changedBlocks: number[];
}

/**
 * For the side-by-side view: the source a translation follows, whether it has
 * moved on, and what changed. Null for a variant that translates nothing (an
 * original, or a version written independently and linked).
 */
export async function getTranslationSource(actor: Actor | null, variantId: string): Promise<TranslationSource | null> {
  assertCan(actor, "draft.read");
  const translation = await db.articleVariant.findUnique({
    where: { id: variantId },
    select: { articleId: true, sourceVersion: true, sourceRevision: true },
  });
  if (!translation) throw new NotFoundError("variant");
  const followed = translation.sourceRevision;
  if (!followed) return null;
  const source = await db.articleVariant.findUnique({ where: { id: followed.variantId } });
  if (!source || source.articleId !== translation.articleId) return null;
  const followedVersion = translation.sourceVersion;
  const outdated = source.contentVersion > (followedVersion ?? 0);
  return {
    variantId: source.id,
    locale: source.locale,
    title: source.title,
    summary: source.summary,
    body: source.body as RichTextDocument,
    status: source.status,
    version: source.version,
    followedVersion,
    outdated,
    changes: outdated ? fieldChanges(translatableText(followed), translatableText(source)) : [],
    changedBlocks: outdated ? changedBlocks(followed.body as RichTextDocument, source.body as RichTextDocument) : [],
  };
}
