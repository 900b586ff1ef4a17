import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { PendingKind } from "@/generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { can } from "../permissions";

// Pending changes: an edit of a live text that readers do not see until someone
// with publish rights publishes it (Drupal's forward revisions, PublishPress
// Revisions). One row per record and locale (PendingChange); the record's own
// row keeps the live text, so public reads — which never look at this table —
// cannot show it. This file is the table's only writer.

type Tx = Prisma.TransactionClient;

/** The entity type audit events of each kind name. */
const AUDIT_ENTITY: Record<PendingKind, string> = {
  VARIANT: "ArticleVariant",
  DEBATE_TRANSLATION: "Debate",
  AUTHOR_BIO: "Author",
  MEDIA_ALT: "Media",
};

/**
 * Publish rights in a locale — one rule for every kind of text: editors and
 * admins, and translators an admin granted publishing, in their own locales.
 */
export function mayPublishIn(actor: Actor | null | undefined, locale: string): boolean {
  return can(actor, "variant.publish", { locale });
}

export interface PendingKey {
  kind: PendingKind;
  recordId: string;
  locale: string;
}

const keyWhere = ({ kind, recordId, locale }: PendingKey) => ({ kind_recordId_locale: { kind, recordId, locale } });

export function findPending(tx: Tx, key: PendingKey) {
  return tx.pendingChange.findUnique({ where: keyWhere(key), include: { updatedBy: { select: { id: true, name: true } } } });
}

/**
 * Stores `data` as the record's pending change (creating or replacing it). It
 * needs review when its last writer may not publish in the locale. Audited
 * when it starts and when another person takes it over — for a language
 * version not on every autosave (its revisions keep each text); for the other
 * kinds (saved by a button) every time, with the text, so none is lost.
 */
export async function holdPending(tx: Tx, actor: Actor, key: PendingKey, data: Prisma.InputJsonValue, { minorEdit = false } = {}): Promise<void> {
  const before = await tx.pendingChange.findUnique({ where: keyWhere(key) });
  const needsReview = !mayPublishIn(actor, key.locale);
  await tx.pendingChange.upsert({
    where: keyWhere(key),
    create: { ...key, data, minorEdit, needsReview, updatedById: actor.id },
    // Minor only while every save in it was.
    update: { data, minorEdit: (before?.minorEdit ?? true) && minorEdit, needsReview, updatedById: actor.id },
  });
  const variant = key.kind === "VARIANT";
  if (!before || before.updatedById !== actor.id || !variant) {
    await recordAudit(tx, {
      actor,
      action: "pending.save",
      entityType: AUDIT_ENTITY[key.kind],
      entityId: key.recordId,
      data: {
        kind: key.kind,
        locale: key.locale,
        needsReview,
        ...(before ? { previousBy: before.updatedById } : {}),
        ...(variant ? {} : { data, ...(before ? { previous: before.data as Prisma.InputJsonValue } : {}) }),
      },
    });
  }
}

/** Removes the pending change, recording why (published, discarded); false when there was none. */
export async function dropPending(tx: Tx, actor: Actor | null, key: PendingKey, action: "pending.publish" | "pending.discard" | null): Promise<boolean> {
  const before = await tx.pendingChange.findUnique({ where: keyWhere(key) });
  if (!before) return false;
  await tx.pendingChange.delete({ where: { id: before.id } });
  if (action) {
    await recordAudit(tx, {
      actor,
      action,
      entityType: AUDIT_ENTITY[key.kind],
      entityId: key.recordId,
      data: {
        kind: key.kind,
        locale: key.locale,
        by: before.updatedById,
        needsReview: before.needsReview,
        // A language version's text is in its revisions; the other kinds' is kept here.
        ...(key.kind === "VARIANT" ? {} : { data: before.data as Prisma.InputJsonValue }),
      },
    });
  }
  return true;
}
