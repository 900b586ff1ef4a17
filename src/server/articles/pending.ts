import "server-only";
import type { Prisma, Revision } from "@/generated/prisma/client";
import { pendingVariantSchema, publishProblems } from "@/lib/articles/schemas";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { changedFields, sameDocument, translatableText } from "@/lib/translations/changes";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import type { ReaderChanges } from "../publishing/after-change";
import { db } from "../db";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan, can } from "../permissions";
import { dropPending, findPending, holdPending, type PendingKey } from "../pending/store";
import { outdatedTranslations, recordEvents } from "../webhooks/outbox";
import { writeRevision } from "./revisions";
import { assertSlugFree, claimVersion, loadVariant } from "./variant-store";
import { rememberTranslations } from "../translations/memory";

// A live language version's unpublished changes. Autosave on a version readers
// see stores the edit here (and in a revision marked pending) instead of in the
// version's row; "Publish changes" copies it there (publish rights needed),
// "Discard" drops it. The version counter moves on every step, so two windows
// stay in the same optimistic-concurrency rule as ever.

type Tx = Prisma.TransactionClient;
type LoadedVariant = Awaited<ReturnType<typeof loadVariant>>;
const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** The texts a pending change of a language version holds. */
interface VariantText {
  title: string;
  slug: string;
  summary: string;
  body: RichTextDocument;
  translators: string[];
}

const keyOf = (variant: { id: string; locale: string }): PendingKey => ({ kind: "VARIANT", recordId: variant.id, locale: variant.locale });
const liveText = (v: LoadedVariant): VariantText => ({ title: v.title, slug: v.slug, summary: v.summary, body: v.body as RichTextDocument, translators: v.translators });
const sameText = (a: VariantText, b: VariantText) =>
  a.title === b.title && a.slug === b.slug && a.summary === b.summary && sameDocument(a.body, b.body) && a.translators.join("\n") === b.translators.join("\n");

async function hold(
  tx: Tx,
  actor: Actor,
  variant: LoadedVariant,
  baseVersion: number,
  text: VariantText,
  revision: { event: string; minorEdit?: boolean; editSession?: string; restoredFromId?: string },
): Promise<{ version: number; slug: string; pending: boolean }> {
  await assertSlugFree(tx, variant, text.slug);
  // Only the version moves: readers' "updated" date (pages, feeds, sitemap) stays that of the live text.
  await claimVersion(tx, variant.id, baseVersion, { updatedAt: variant.updatedAt });
  const version = baseVersion + 1;
  // Typed back to what readers see: nothing is pending any more.
  const pending = !sameText(text, liveText(variant));
  if (pending) await holdPending(tx, actor, keyOf(variant), text as unknown as Prisma.InputJsonValue, { minorEdit: !!revision.minorEdit });
  else await dropPending(tx, actor, keyOf(variant), null);
  await writeRevision(tx, { id: variant.id, version, ...text }, actor, revision.event, {
    pending,
    minorEdit: !!revision.minorEdit,
    editSession: revision.editSession,
    restoredFromId: revision.restoredFromId,
  });
  return { version, slug: text.slug, pending };
}

/** saveVariant on a live version (called inside its transaction): the edit becomes the pending change. */
export function saveAsPending(
  tx: Tx,
  actor: Actor,
  variant: LoadedVariant,
  data: { baseVersion: number; title: string; slug: string; summary: string; body: RichTextDocument; translators?: string[]; minorEdit?: boolean; editSession?: string },
) {
  const text = { title: data.title, slug: data.slug, summary: data.summary, body: data.body, translators: data.translators ?? variant.translators };
  return hold(tx, actor, variant, data.baseVersion, text, { event: "save", minorEdit: data.minorEdit, editSession: data.editSession });
}

/** restoreRevision on a live version, without "publish now": the old text becomes the pending change. */
export async function restoreAsPending(tx: Tx, actor: Actor, variant: LoadedVariant, revision: Revision, baseVersion: number) {
  const text = { ...liveText(variant), title: revision.title, slug: revision.slug, summary: revision.summary, body: revision.body as RichTextDocument };
  const result = await hold(tx, actor, variant, baseVersion, text, { event: "restore", restoredFromId: revision.id });
  await recordAudit(tx, {
    actor,
    action: "variant.restore",
    entityType: "ArticleVariant",
    entityId: variant.id,
    data: { locale: variant.locale, revision: revision.version, pending: true },
  });
  return result;
}

/** The version's text was written to its row directly (it is not live): a pending change it had is spent. */
export async function discardPendingOf(tx: Tx, actor: Actor | null, variant: { id: string; locale: string }, audit = false): Promise<void> {
  await dropPending(tx, actor, keyOf(variant), audit ? "pending.discard" : null);
}

/**
 * "Publish changes": the pending text goes live, validated as strictly as a
 * first publication. Publish rights in the version's locale are needed.
 */
export async function publishPendingVariant(actor: Actor | null, input: unknown): Promise<{ version: number; slug: string } & ReaderChanges> {
  const data = parseInput(pendingVariantSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const variant = await loadVariant(tx, data.variantId);
      assertCan(actor, "variant.publish", { locale: variant.locale });
      const pending = await findPending(tx, keyOf(variant));
      if (!pending) throw new NotFoundError("pendingChange");
      const text = pending.data as unknown as VariantText;
      const problems = publishProblems(text, variant.article._count.authors);
      if (problems.length) throw new ValidationError(problems.map((p) => ({ code: "custom", path: [p], message: p, input: undefined })));
      await assertSlugFree(tx, variant, text.slug);
      const textChanged = changedFields(translatableText(variant), text).length > 0;
      await claimVersion(tx, variant.id, data.baseVersion, {
        title: text.title,
        slug: text.slug,
        summary: text.summary,
        body: text.body as unknown as Prisma.InputJsonValue,
        translators: text.translators,
        // Translations follow the text: unless every save in it was a minor edit, they are now outdated.
        ...(textChanged && !pending.minorEdit ? { contentVersion: data.baseVersion + 1 } : {}),
      });
      const saved = await tx.articleVariant.findUniqueOrThrow({ where: { id: variant.id } });
      await writeRevision(tx, saved, actor, "publish-changes", { minorEdit: textChanged && pending.minorEdit });
      await dropPending(tx, actor, keyOf(variant), "pending.publish");
      await recordEvents(tx, [{ type: "version.updated", variantId: variant.id }, ...(await outdatedTranslations(tx, variant, saved.contentVersion))]);
      await rememberTranslations(tx, [variant.id]);
      // Readers see the new text at once, and the old slug's page (if the slug changed) no longer as it was.
      const previousSlugs = variant.slug !== saved.slug ? { articles: [{ locale: variant.locale, slug: variant.slug }] } : undefined;
      return { version: saved.version, slug: saved.slug, readerChanges: { variantIds: [variant.id], previousSlugs } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("slugTaken");
    throw error;
  }
}

/**
 * "Discard": readers' text stays, the pending one goes (it stays in the
 * history). Anyone who may edit the version may discard its pending change.
 * Returns the live text, which the editor shows again.
 */
export async function discardPendingVariant(actor: Actor | null, input: unknown): Promise<{ version: number } & VariantText> {
  const data = parseInput(pendingVariantSchema, input);
  return db.$transaction(async (tx) => {
    const variant = await loadVariant(tx, data.variantId);
    assertCan(actor, "variant.edit", { locale: variant.locale });
    if (!(await findPending(tx, keyOf(variant)))) throw new NotFoundError("pendingChange");
    await claimVersion(tx, variant.id, data.baseVersion, { updatedAt: variant.updatedAt });
    const saved = await tx.articleVariant.findUniqueOrThrow({ where: { id: variant.id } });
    await writeRevision(tx, saved, actor, "discard");
    await dropPending(tx, actor, keyOf(variant), "pending.discard");
    return { version: saved.version, ...liveText(variant) };
  });
}

/** A version's pending change, for the editor and the preview (staff only). */
export async function getVariantPending(actor: Actor | null, variant: { id: string; locale: string }) {
  if (!can(actor, "draft.read")) return null;
  const pending = await findPending(db, keyOf(variant));
  if (!pending) return null;
  return {
    text: pending.data as unknown as VariantText,
    needsReview: pending.needsReview,
    by: pending.updatedBy,
    updatedAt: pending.updatedAt,
  };
}
