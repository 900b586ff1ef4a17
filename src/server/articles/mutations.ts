import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  articleIdSchema,
  createArticleSchema,
  publishAllSchema,
  publishProblems,
  restoreRevisionSchema,
  saveVariantSchema,
  transitionVariantSchema,
  updateArticleSharedSchema,
} from "@/lib/articles/schemas";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { slugify } from "@/lib/slug";
import { changedFields, translatableText } from "@/lib/translations/changes";
import { zonedTimeToInstant } from "@/lib/zoned-time";
import { SITE_TIME_ZONE } from "@/i18n/locales";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import type { ReaderChanges } from "../publishing/after-change";
import { ConflictError, isUniqueViolation, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan, assertWritableFields } from "../permissions";
import { type EventSubject, eventsOfVisible, outdatedTranslations, recordEvents } from "../webhooks/outbox";
import { discardPendingOf, restoreAsPending, saveAsPending } from "./pending";
import { writeRevision } from "./revisions";
import { assertSlugFree, claimVersion, freeSlug, isLive, loadVariant } from "./variant-store";
import { canTransition, GOES_PUBLIC, MIN_SCHEDULE_LEAD_MS, publishAllReadyPlan, READY_TO_PUBLISH, TRANSITIONS } from "./workflow";
import { rememberTranslations } from "../translations/memory";

// Every write to articles and their language versions: validated with the
// operation's schema, permission-checked here (actions and pages are not the
// gate), one transaction with its revision and audit event. Saves carry the
// version they were based on; a stale one is refused, never merged.

const EMPTY_DOC: RichTextDocument = { type: "doc", content: [{ type: "paragraph" }] };

export async function createArticle(actor: Actor | null, input: unknown): Promise<{ articleId: string; variantId: string }> {
  assertCan(actor, "article.create");
  const data = parseInput(createArticleSchema, input);
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, data.locale, slugify(data.title));
    const article = await tx.article.create({
      data: {
        sourceLocale: data.locale,
        debateId: data.debateId ?? null,
        authors: { create: data.authorIds.map((authorId, position) => ({ authorId, position })) },
      },
    });
    const variant = await tx.articleVariant.create({
      data: { articleId: article.id, locale: data.locale, title: data.title, slug, body: EMPTY_DOC },
    });
    await writeRevision(tx, variant, actor, "create");
    await recordAudit(tx, { actor, action: "article.create", entityType: "Article", entityId: article.id, data: { locale: data.locale, title: data.title } });
    return { articleId: article.id, variantId: variant.id };
  });
}

/**
 * A save or autosave of a language version's text. Loose validation (drafts
 * may be half-written); the slug must stay unique in its locale.
 */
export async function saveVariant(
  actor: Actor | null,
  input: unknown,
): Promise<{ version: number; slug: string; visible: boolean; pending: boolean } & ReaderChanges> {
  const data = parseInput(saveVariantSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const variant = await loadVariant(tx, data.variantId);
      assertCan(actor, "variant.edit", { locale: variant.locale });
      assertWritableFields(actor, { title: data.title, slug: data.slug, summary: data.summary, body: data.body, translators: data.translators }, { locale: variant.locale });
      const slug = data.slug || variant.slug;
      // Readers keep the live text: an edit of a live version waits as a pending change.
      if (isLive(variant)) return { ...(await saveAsPending(tx, actor, variant, { ...data, slug })), visible: true, readerChanges: null };
      await assertSlugFree(tx, variant, slug);
      // Translations follow the text: a change that is not a minor edit moves it on.
      const textChanged = changedFields(translatableText(variant), data).length > 0;
      await claimVersion(tx, variant.id, data.baseVersion, {
        title: data.title,
        slug,
        summary: data.summary,
        body: data.body,
        ...(data.translators ? { translators: data.translators } : {}),
        ...(textChanged && !data.minorEdit ? { contentVersion: data.baseVersion + 1 } : {}),
      });
      const saved = await tx.articleVariant.findUniqueOrThrow({ where: { id: variant.id } });
      await writeRevision(tx, saved, actor, "save", { minorEdit: textChanged && !!data.minorEdit, editSession: data.editSession });
      // Not live (any more): a pending change it had is in this text now.
      await discardPendingOf(tx, actor, variant);
      await recordEvents(tx, await outdatedTranslations(tx, variant, saved.contentVersion));
      // Readers see neither: a version not live, or (above) a live one's pending change.
      return { version: saved.version, slug: saved.slug, visible: false, pending: false, readerChanges: null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("slugTaken");
    throw error;
  }
}

/** The slug a language version had before a change, when the change took it away. */
function previousSlug(before: { locale: string; slug: string }, after: { slug: string }) {
  return before.slug && before.slug !== after.slug ? { previousSlugs: { articles: [{ locale: before.locale, slug: before.slug }] } } : {};
}

/** When a schedule's wall-clock time is acceptable: the instant; otherwise a validation error. */
function scheduledInstant(publishAt: string | undefined, timeZone: string | undefined, now: Date): Date {
  const fail = (message: string): never => {
    throw new ValidationError([{ code: "custom", path: ["publishAt"], message, input: publishAt }]);
  };
  if (!publishAt) return fail("required");
  const parsed = zonedTimeToInstant(publishAt, timeZone || SITE_TIME_ZONE);
  if (!parsed.ok) return fail(parsed.reason);
  if (parsed.instant.getTime() <= now.getTime()) return fail("scheduleInPast");
  if (parsed.instant.getTime() < now.getTime() + MIN_SCHEDULE_LEAD_MS) return fail("scheduleTooSoon");
  return parsed.instant;
}

/** Moves a language version through the workflow (submit, schedule, publish, …). */
export async function transitionVariant(
  actor: Actor | null,
  input: unknown,
  now = new Date(),
): Promise<{ version: number; status: string; publishAt: Date | null } & ReaderChanges> {
  const data = parseInput(transitionVariantSchema, input);
  const rule = TRANSITIONS[data.transition];
  return db.$transaction(async (tx) => {
    const variant = await loadVariant(tx, data.variantId);
    assertCan(actor, rule.permission, { locale: variant.locale });
    if (!canTransition(variant.status, data.transition)) throw new ConflictError("invalidTransition");
    if (GOES_PUBLIC.has(data.transition)) {
      const problems = publishProblems(variant, variant.article._count.authors);
      if (problems.length) throw new ValidationError(problems.map((p) => ({ code: "custom", path: [p], message: p, input: undefined })));
    }
    const changes: Prisma.ArticleVariantUpdateManyMutationInput = { status: rule.to };
    if (data.transition === "schedule") changes.publishAt = scheduledInstant(data.publishAt, data.timeZone, now);
    if (data.transition === "publish") {
      // Publishing now; a version published before keeps its first publication date.
      changes.publishAt = variant.publishAt && variant.publishAt <= now && variant.status !== "SCHEDULED" ? variant.publishAt : now;
      changes.publishedAt = variant.publishedAt ?? now;
    }
    if (data.transition === "unschedule") changes.publishAt = null;
    await claimVersion(tx, variant.id, data.baseVersion, changes);
    const saved = await tx.articleVariant.findUniqueOrThrow({ where: { id: variant.id } });
    await writeRevision(tx, saved, actor, data.transition);
    await recordAudit(tx, {
      actor,
      action: `variant.${data.transition}`,
      entityType: "ArticleVariant",
      entityId: variant.id,
      data: { locale: variant.locale, from: variant.status, to: saved.status, publishAt: saved.publishAt?.toISOString() ?? null },
    });
    await recordEvents(tx, transitionEvents(variant.id, isLive(variant, now), isLive(saved, now), saved.status));
    if (isLive(saved, now)) await rememberTranslations(tx, [variant.id]);
    return { version: saved.version, status: saved.status, publishAt: saved.publishAt, readerChanges: { variantIds: [variant.id] } };
  });
}

/**
 * Publishes every ready language version of a work (in review, or scheduled)
 * together, in one transaction: all of them, or — on any refusal or failure —
 * none. `beforeCommit` lets tests inject a failure at the last moment.
 */
export async function publishAllReady(
  actor: Actor | null,
  input: unknown,
  { now = new Date(), beforeCommit }: { now?: Date; beforeCommit?: (published: string[]) => Promise<void> | void } = {},
): Promise<{ published: string[] } & ReaderChanges> {
  const { articleId } = parseInput(publishAllSchema, input);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      include: { variants: { where: { status: { in: [...READY_TO_PUBLISH] } } }, _count: { select: { authors: true } } },
    });
    if (!article || article.deletedAt) throw new NotFoundError("article");
    const { ready } = publishAllReadyPlan(actor, article.variants);
    const published: string[] = [];
    for (const variant of ready) {
      assertCan(actor, "variant.publish", { locale: variant.locale });
      const problems = publishProblems(variant, article._count.authors);
      if (problems.length) throw new ValidationError(problems.map((p) => ({ code: "custom", path: [p], message: p, input: variant.locale })));
      await claimVersion(tx, variant.id, variant.version, { status: "PUBLISHED", publishAt: now, publishedAt: variant.publishedAt ?? now });
      const saved = await tx.articleVariant.findUniqueOrThrow({ where: { id: variant.id } });
      await writeRevision(tx, saved, actor, "publish");
      await recordAudit(tx, { actor, action: "variant.publish", entityType: "ArticleVariant", entityId: variant.id, data: { locale: variant.locale, from: variant.status, together: true } });
      await recordEvents(tx, transitionEvents(variant.id, isLive(variant, now), true, "PUBLISHED"));
      await rememberTranslations(tx, [variant.id]);
      published.push(variant.locale);
    }
    await beforeCommit?.(published);
    return { published, readerChanges: { articleIds: [article.id] } };
  });
}

/**
 * Restoring an old revision writes a new version (and revision); nothing is
 * overwritten. On a live version the restored text becomes a pending change,
 * unless `mode: "publish"` (publish rights needed) puts it live at once.
 */
export async function restoreRevision(
  actor: Actor | null,
  input: unknown,
): Promise<{ version: number; outcome: "restored" | "pending" | "published" } & ReaderChanges> {
  const data = parseInput(restoreRevisionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const variant = await loadVariant(tx, data.variantId);
      assertCan(actor, "variant.restoreRevision", { locale: variant.locale });
      const revision = await tx.revision.findFirst({ where: { id: data.revisionId, variantId: variant.id } });
      if (!revision) throw new NotFoundError("revision");
      const live = isLive(variant);
      if (live && data.mode !== "publish") {
        const { version } = await restoreAsPending(tx, actor, variant, revision, data.baseVersion);
        return { version, outcome: "pending" as const, readerChanges: null };
      }
      if (live) {
        assertCan(actor, "variant.publish", { locale: variant.locale });
        // Straight to readers: as strict as any publication.
        const problems = publishProblems(revision, variant.article._count.authors);
        if (problems.length) throw new ValidationError(problems.map((p) => ({ code: "custom", path: [p], message: p, input: undefined })));
      }
      await assertSlugFree(tx, variant, revision.slug);
      await claimVersion(tx, variant.id, data.baseVersion, {
        title: revision.title,
        slug: revision.slug,
        summary: revision.summary,
        body: revision.body as Prisma.InputJsonValue,
        ...(changedFields(translatableText(variant), translatableText(revision)).length ? { contentVersion: data.baseVersion + 1 } : {}),
      });
      const saved = await tx.articleVariant.findUniqueOrThrow({ where: { id: variant.id } });
      await writeRevision(tx, saved, actor, "restore", { restoredFromId: revision.id });
      // The restored text replaces a pending change too (which stays in the history).
      await discardPendingOf(tx, actor, variant, true);
      await recordAudit(tx, {
        actor,
        action: "variant.restore",
        entityType: "ArticleVariant",
        entityId: variant.id,
        data: { locale: variant.locale, revision: revision.version, ...(live ? { published: true } : {}) },
      });
      await recordEvents(tx, [...(live ? [{ type: "version.updated" as const, variantId: variant.id }] : []), ...(await outdatedTranslations(tx, variant, saved.contentVersion))]);
      if (live) await rememberTranslations(tx, [variant.id]);
      return {
        version: saved.version,
        outcome: live ? ("published" as const) : ("restored" as const),
        // Readers see it only when it went live (and not its old slug's page as it was).
        readerChanges: live ? { variantIds: [variant.id], ...previousSlug(variant, saved) } : null,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("slugTaken");
    throw error;
  }
}

/**
 * The work's shared fields: debate, ordered authors, hero image and credit, source
 * locale. Reports the debate and authors it had before (whose pages listed it).
 */
export async function updateArticleShared(actor: Actor | null, input: unknown): Promise<ReaderChanges> {
  assertCan(actor, "article.editShared");
  const data = parseInput(updateArticleSharedSchema, input);
  return db.$transaction(async (tx) => {
    // One save of a work's shared fields at a time: the comparison below holds until commit.
    await tx.$executeRaw`SELECT 1 FROM "Article" WHERE id = ${data.articleId} FOR UPDATE`;
    const article = await tx.article.findUnique({ where: { id: data.articleId }, include: { authors: { orderBy: { position: "asc" } } } });
    if (!article || article.deletedAt) throw new NotFoundError("article");
    if (data.expected) {
      const e = data.expected;
      const unchanged =
        article.debateId === e.debateId &&
        article.heroImageId === e.heroImageId &&
        (article.heroCredit ?? "") === (e.heroCredit ?? "") &&
        article.authors.map((a) => a.authorId).join(",") === e.authorIds.join(",");
      if (!unchanged) throw new ConflictError("sharedChanged");
    }
    await tx.article.update({
      where: { id: article.id },
      data: {
        ...(data.debateId !== undefined ? { debateId: data.debateId } : {}),
        ...(data.heroImageId !== undefined ? { heroImageId: data.heroImageId } : {}),
        ...(data.heroCredit !== undefined ? { heroCredit: data.heroCredit || null } : {}),
        ...(data.sourceLocale ? { sourceLocale: data.sourceLocale } : {}),
      },
    });
    if (data.authorIds) {
      const found = await tx.author.count({ where: { id: { in: data.authorIds }, deletedAt: null } });
      if (found !== data.authorIds.length) throw new NotFoundError("author");
      await tx.articleAuthor.deleteMany({ where: { articleId: article.id } });
      await tx.articleAuthor.createMany({ data: data.authorIds.map((authorId, position) => ({ articleId: article.id, authorId, position })) });
    }
    await recordAudit(tx, {
      actor,
      action: "article.update",
      entityType: "Article",
      entityId: article.id,
      data: {
        before: { debateId: article.debateId, authorIds: article.authors.map((a) => a.authorId), heroCredit: article.heroCredit, sourceLocale: article.sourceLocale },
        after: { debateId: data.debateId, authorIds: data.authorIds, heroCredit: data.heroCredit, sourceLocale: data.sourceLocale },
      } as Prisma.InputJsonValue,
    });
    await recordEvents(tx, await eventsOfVisible(tx, "version.updated", { articleIds: [article.id] }));
    const listedBy = { debateIds: article.debateId ? [article.debateId] : [], authorIds: article.authors.map((a) => a.authorId) };
    return { readerChanges: { articleIds: [article.id], listedBy } };
  });
}

/** Moves a work (all its language versions) to the trash, or back. Readers stop seeing it at once. */
export async function setArticleTrashed(actor: Actor | null, input: unknown, trashed: boolean): Promise<ReaderChanges> {
  assertCan(actor, "article.delete");
  const { articleId } = parseInput(articleIdSchema, input);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId } });
    if (!article) throw new NotFoundError("article");
    // The versions readers saw before it went to the trash (described as they were: in the
    // trash, the API no longer shows them), or see after it came back.
    if (trashed) await recordEvents(tx, await eventsOfVisible(tx, "version.unpublished", { articleIds: [articleId] }));
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: trashed ? new Date() : null } });
    await recordAudit(tx, { actor, action: trashed ? "article.trash" : "article.restore", entityType: "Article", entityId: articleId });
    if (!trashed) await recordEvents(tx, await eventsOfVisible(tx, "version.published", { articleIds: [articleId] }));
    return { readerChanges: { articleIds: [articleId] } };
  });
}

/** What a workflow step tells subscribers: it went live, left, was rescheduled, or (live before and after) nothing new. */
function transitionEvents(variantId: string, wasLive: boolean, isLiveNow: boolean, status: string): EventSubject[] {
  if (!wasLive && isLiveNow) return [{ type: "version.published", variantId }];
  if (wasLive && !isLiveNow) return [{ type: "version.unpublished", variantId }];
  if (!isLiveNow && status === "SCHEDULED") return [{ type: "version.scheduled", variantId }];
  return [];
}
