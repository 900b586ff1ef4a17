import "server-only";
import { type ChangedContent, revalidatePublicPages } from "../cache/revalidate";

/**
 * What a mutation reports beside its answer: what readers may now see
 * differently, with the state before the change where the pages to redo
 * depend on it (old slugs, the debate and authors it had — Payload's
 * previousDoc), or null when nothing public changed. Mutations only report
 * it; `runAction` hands it to `afterPublicChange`, so no action has to
 * remember.
 */
export interface ReaderChanges {
  readerChanges: ChangedContent | null;
}

/**
 * The one place a committed change readers can see reaches the pages: those
 * that show it are re-rendered and the caches holding them purged
 * (revalidatePublicPages) — after a server action, and after the job queue
 * published a scheduled version (src/app/api/internal/revalidate).
 *
 * Webhooks do not start here: a mutation writes its events to the outbox in its
 * own transaction (src/server/webhooks/outbox.ts), so that none is lost when the
 * process dies between the commit and this call.
 */
export async function afterPublicChange(changed: ChangedContent): Promise<void> {
  await revalidatePublicPages(changed);
}
