import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  createDebateSchema,
  deleteDebateTranslationSchema,
  saveDebateTranslationSchema,
  setDebateStatusSchema,
  setDebateTrashedSchema,
  updateDebateSharedSchema,
} from "@/lib/debates/schemas";
import { slugify } from "@/lib/slug";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db, type Tx } from "../db";
import type { ReaderChanges } from "../publishing/after-change";
import { firstFreeSlug, slugSafe } from "../slugs";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan } from "../permissions";
import { holdDebateTranslation, mustWaitForReview } from "../pending/hold";
import { setTrashed } from "../trash";
import { recordEvents } from "../webhooks/outbox";

// Every write to debates and their per-locale texts: validated with the
// operation's schema, permission-checked here (actions and pages are not the
// gate), one transaction with its audit event. Texts carry a version, bumped
// when they change; a non-source translation records the source's version it
// follows (`sourceVersion`), so the dashboard can tell when it is outdated.

const fieldError = (field: string, message: string, input?: unknown) => new ValidationError([{ code: "custom", path: [field], message, input }]);

async function loadDebate(tx: Tx, debateId: string) {
  const debate = await tx.debate.findUnique({ where: { id: debateId }, include: { translations: true } });
  if (!debate || debate.deletedAt) throw new NotFoundError("debate");
  return debate;
}

async function slugOwner(tx: Tx, locale: string, slug: string) {
  return tx.debateTranslation.findUnique({ where: { locale_slug: { locale, slug } }, select: { debateId: true } });
}

function freeSlug(tx: Tx, locale: string, wanted: string, debateId?: string): Promise<string> {
  return firstFreeSlug(wanted, "debate", async (candidate) => {
    const owner = await slugOwner(tx, locale, candidate);
    return Boolean(owner && owner.debateId !== debateId);
  });
}

/** An editor's own slug must be free; a generated one is made free. */
async function resolveSlug(tx: Tx, locale: string, given: string, title: string, debateId?: string): Promise<string> {
  if (!given) return freeSlug(tx, locale, slugify(title), debateId);
  const owner = await slugOwner(tx, locale, given);
  if (owner && owner.debateId !== debateId) throw new ConflictError("slugTaken");
  return given;
}

export async function createDebate(actor: Actor | null, input: unknown): Promise<{ debateId: string; slug: string }> {
  assertCan(actor, "debate.create");
  const data = parseInput(createDebateSchema, input);
  return slugSafe(() =>
    db.$transaction(async (tx) => {
      const slug = await resolveSlug(tx, data.locale, data.slug, data.title);
      const debate = await tx.debate.create({
        data: {
          sourceLocale: data.locale,
          translations: { create: { locale: data.locale, title: data.title, subtitle: data.subtitle, intro: data.intro, slug } },
        },
      });
      await recordAudit(tx, { actor, action: "debate.create", entityType: "Debate", entityId: debate.id, data: { locale: data.locale, title: data.title, slug } });
      return { debateId: debate.id, slug };
    }),
  );
}

/** Hero image, credit and source locale. The new source locale must have a translation. */
export async function updateDebateShared(actor: Actor | null, input: unknown): Promise<ReaderChanges> {
  assertCan(actor, "debate.editShared");
  const data = parseInput(updateDebateSharedSchema, input);
  return db.$transaction(async (tx) => {
    const debate = await loadDebate(tx, data.debateId);
    const changes: Prisma.DebateUpdateInput = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (data.heroCredit !== undefined && (data.heroCredit || null) !== debate.heroCredit) {
      changes.heroCredit = data.heroCredit || null;
      before.heroCredit = debate.heroCredit;
      after.heroCredit = changes.heroCredit;
    }
    if (data.heroImageId !== undefined && data.heroImageId !== debate.heroImageId) {
      if (data.heroImageId && !(await tx.media.findUnique({ where: { id: data.heroImageId }, select: { id: true } }))) {
        throw fieldError("heroImageId", "unknownMedia", data.heroImageId);
      }
      changes.heroImage = data.heroImageId ? { connect: { id: data.heroImageId } } : { disconnect: true };
      before.heroImageId = debate.heroImageId;
      after.heroImageId = data.heroImageId;
    }
    if (data.sourceLocale !== undefined && data.sourceLocale !== debate.sourceLocale) {
      if (!debate.translations.some((t) => t.locale === data.sourceLocale)) throw fieldError("sourceLocale", "noTranslation", data.sourceLocale);
      changes.sourceLocale = data.sourceLocale;
      before.sourceLocale = debate.sourceLocale;
      after.sourceLocale = data.sourceLocale;
    }
    if (Object.keys(changes).length === 0) return { readerChanges: null };
    await tx.debate.update({ where: { id: debate.id }, data: changes });
    await recordAudit(tx, { actor, action: "debate.update", entityType: "Debate", entityId: debate.id, data: { before, after } as Prisma.InputJsonValue });
    await recordDebateUpdated(tx, debate);
    return { readerChanges: { debateIds: [debate.id] } };
  });
}

/** Publish, unpublish (archive) or return to draft. The first publication's date is kept. */
export async function setDebateStatus(actor: Actor | null, input: unknown): Promise<{ status: string } & ReaderChanges> {
  assertCan(actor, "debate.publish");
  const data = parseInput(setDebateStatusSchema, input);
  return db.$transaction(async (tx) => {
    const debate = await loadDebate(tx, data.debateId);
    if (debate.status === data.status) throw new ConflictError("invalidTransition");
    if (data.status === "PUBLISHED" && !debate.translations.some((t) => t.locale === debate.sourceLocale && t.title && t.slug)) {
      throw new ConflictError("notPublishable");
    }
    await tx.debate.update({
      where: { id: debate.id },
      data: { status: data.status, ...(data.status === "PUBLISHED" && !debate.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    const action = data.status === "PUBLISHED" ? "debate.publish" : debate.status === "PUBLISHED" ? "debate.unpublish" : "debate.status-change";
    await recordAudit(tx, { actor, action, entityType: "Debate", entityId: debate.id, data: { from: debate.status, to: data.status } });
    if (data.status === "PUBLISHED") await recordEvents(tx, [{ type: "debate.published", debateId: debate.id }]);
    else if (debate.status === "PUBLISHED") await recordEvents(tx, [{ type: "debate.updated", debateId: debate.id }]);
    return { status: data.status, readerChanges: { debateIds: [debate.id] } };
  });
}

/**
 * Creates or updates the texts in one locale. A translator may do it in their
 * own locales. The version is bumped only when a text changes; a translation
 * other than the source records the source's current version.
 */
export async function saveDebateTranslation(
  actor: Actor | null,
  input: unknown,
): Promise<{ version: number; slug: string; changed: boolean; pending?: boolean } & ReaderChanges> {
  const data = parseInput(saveDebateTranslationSchema, input);
  assertCan(actor, "debate.translate", { locale: data.locale });
  return slugSafe(() =>
    db.$transaction(async (tx) => {
      const debate = await loadDebate(tx, data.debateId);
      const existing = debate.translations.find((t) => t.locale === data.locale);
      if (existing && data.baseVersion !== undefined && data.baseVersion !== existing.version) throw new ConflictError("conflict");
      // A published debate's texts change for readers only by someone who may publish them: others' wait for review.
      if (debate.status === "PUBLISHED" && mustWaitForReview(actor, data.locale)) return { ...(await holdDebateTranslation(tx, actor, debate.id, data, existing)), readerChanges: null };
      const slug = await resolveSlug(tx, data.locale, data.slug || existing?.slug || "", data.title, debate.id);
      const source = debate.translations.find((t) => t.locale === debate.sourceLocale);
      const isSource = data.locale === debate.sourceLocale;
      const sourceVersion = isSource ? null : (source?.version ?? null);
      // What the translation follows, to show its translator what changed since.
      const sourceSnapshot = isSource || !source ? undefined : { title: source.title, subtitle: source.subtitle, intro: source.intro };

      if (!existing) {
        const created = await tx.debateTranslation.create({
          data: { debateId: debate.id, locale: data.locale, title: data.title, subtitle: data.subtitle, intro: data.intro, slug, sourceVersion, sourceSnapshot },
        });
        await recordAudit(tx, {
          actor,
          action: "debate.translation-create",
          entityType: "Debate",
          entityId: debate.id,
          data: { locale: data.locale, title: data.title, slug, version: created.version, sourceVersion },
        });
        await recordDebateUpdated(tx, debate);
        return { version: created.version, slug, changed: true, readerChanges: { debateIds: [debate.id] } };
      }

      const changedTexts = (["title", "subtitle", "intro"] as const).filter((f) => existing[f] !== data[f]);
      const slugChanged = existing.slug !== slug;
      if (changedTexts.length === 0 && !slugChanged) return { version: existing.version, slug, changed: false, readerChanges: null };
      // A conditional update: of two saves from the same version, one wins.
      const { count } = await tx.debateTranslation.updateMany({
        where: { id: existing.id, version: existing.version },
        data: {
          title: data.title,
          subtitle: data.subtitle,
          intro: data.intro,
          slug,
          ...(changedTexts.length ? { version: { increment: 1 }, sourceVersion, sourceSnapshot } : {}),
        },
      });
      if (count !== 1) throw new ConflictError("conflict");
      const version = existing.version + (changedTexts.length ? 1 : 0);
      await recordAudit(tx, {
        actor,
        action: "debate.translation-update",
        entityType: "Debate",
        entityId: debate.id,
        data: {
          locale: data.locale,
          changed: [...changedTexts, ...(slugChanged ? ["slug"] : [])],
          version,
          ...(slugChanged ? { slug: { before: existing.slug, after: slug } } : {}),
          ...(changedTexts.length && !isSource ? { sourceVersion } : {}),
        },
      });
      await recordDebateUpdated(tx, debate);
      const previousSlugs = slugChanged ? { debates: [{ locale: existing.locale, slug: existing.slug }] } : undefined;
      return { version, slug, changed: true, readerChanges: { debateIds: [debate.id], previousSlugs } };
    }),
  );
}

/** Removes one locale's texts; never the source's (the debate would have no language left to fall back on). */
export async function deleteDebateTranslation(actor: Actor | null, input: unknown): Promise<ReaderChanges> {
  assertCan(actor, "debate.editShared");
  const data = parseInput(deleteDebateTranslationSchema, input);
  return db.$transaction(async (tx) => {
    const debate = await loadDebate(tx, data.debateId);
    if (data.locale === debate.sourceLocale) throw fieldError("locale", "sourceTranslation", data.locale);
    const existing = debate.translations.find((t) => t.locale === data.locale);
    if (!existing) throw new NotFoundError("translation");
    await tx.debateTranslation.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actor,
      action: "debate.translation-delete",
      entityType: "Debate",
      entityId: debate.id,
      data: { locale: data.locale, title: existing.title, slug: existing.slug },
    });
    await recordDebateUpdated(tx, debate);
    // Its page is gone from the debate's pages looked up after the delete: named here.
    return { readerChanges: { debateIds: [debate.id], previousSlugs: { debates: [{ locale: existing.locale, slug: existing.slug }] } } };
  });
}

/** Move to the trash (hidden from readers, whatever its status) or restore. */
export async function setDebateTrashed(actor: Actor | null, input: unknown): Promise<ReaderChanges> {
  assertCan(actor, "debate.delete");
  const data = parseInput(setDebateTrashedSchema, input);
  return setTrashed(actor, "debate", data.debateId, data.trashed);
}

/** `debate.updated`, when readers see the debate (a draft's edits are nobody else's business yet). */
async function recordDebateUpdated(tx: Tx, debate: { id: string; status: string; deletedAt: Date | null }): Promise<void> {
  if (debate.status === "PUBLISHED" && !debate.deletedAt) await recordEvents(tx, [{ type: "debate.updated", debateId: debate.id }]);
}
