import "server-only";
import { pendingRecordSchema } from "@/lib/pending/schemas";
import { saveAuthorBio } from "../authors/mutations";
import type { Actor } from "../auth/actor-type";
import type { ChangedContent } from "../cache/revalidate";
import { db } from "../db";
import type { ReaderChanges } from "../publishing/after-change";
import { saveDebateTranslation } from "../debates/mutations";
import { ForbiddenError, NotFoundError, parseInput } from "../errors";
import { updateMediaTexts } from "../media/mutations";
import { can } from "../permissions";
import { dropPending, findPending, mayPublishIn, type PendingKey } from "./store";

// Reviewing the pending change of a debate's texts, a bio or an alt text (a
// language version's: articles/pending.ts). Publishing writes the text through
// the record's own save, as its reviewer — the same validation, versions and
// audit event as a direct edit — then removes the pending change and records
// that it was published. (Two steps, not one transaction: should the second
// fail, what is left is a pending change equal to the live text.)

const EDIT_ACTION = { DEBATE_TRANSLATION: "debate.translate", AUTHOR_BIO: "author.translateBio", MEDIA_ALT: "media.translateAlt" } as const;

async function loadPending(input: unknown) {
  const key = parseInput(pendingRecordSchema, input);
  const pending = await findPending(db, key);
  if (!pending) throw new NotFoundError("pendingChange");
  return { key: key as PendingKey & { kind: typeof key.kind }, pending };
}

/** "Publish": publish rights in the locale needed. Returns what readers now see differently. */
export async function publishPendingChange(actor: Actor | null, input: unknown): Promise<ReaderChanges> {
  const { key, pending } = await loadPending(input);
  if (!mayPublishIn(actor, key.locale)) throw new ForbiddenError("pending.publish");
  const data = pending.data as Record<string, string>;
  let changed: ChangedContent;
  if (key.kind === "DEBATE_TRANSLATION") {
    const saved = await saveDebateTranslation(actor, { debateId: key.recordId, locale: key.locale, title: data.title, subtitle: data.subtitle, intro: data.intro, slug: data.slug });
    // With the slug it took away, if it changed one.
    changed = saved.readerChanges ?? { debateIds: [key.recordId] };
  } else if (key.kind === "AUTHOR_BIO") {
    await saveAuthorBio(actor, { authorId: key.recordId, locale: key.locale, bio: data.bio });
    changed = { authorIds: [key.recordId] };
  } else {
    const saved = await updateMediaTexts(actor, { mediaId: key.recordId, alts: { [key.locale]: data.alt ?? "" } });
    changed = saved.readerChanges ?? {};
  }
  await db.$transaction(async (tx) => {
    // Only the change that was reviewed: one saved meanwhile stays pending.
    const current = await tx.pendingChange.findUnique({ where: { id: pending.id } });
    if (current && current.updatedAt.getTime() === pending.updatedAt.getTime()) await dropPending(tx, actor, key, "pending.publish");
  });
  return { readerChanges: changed };
}

/** "Discard": anyone who may edit that text in the locale. Readers' text is unchanged. */
export async function discardPendingChange(actor: Actor | null, input: unknown): Promise<void> {
  const { key } = await loadPending(input);
  if (!can(actor, EDIT_ACTION[key.kind], { locale: key.locale })) throw new ForbiddenError("pending.discard");
  await db.$transaction((tx) => dropPending(tx, actor, key, "pending.discard"));
}

