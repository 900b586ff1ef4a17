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
 * The one place a committed change readers can see reaches the world outside
 * the database: the public pages that show it are re-rendered and the caches
 * holding them purged (revalidatePublicPages).
 */
export async function afterPublicChange(changed: ChangedContent): Promise<void> {
  await revalidatePublicPages(changed);
  // The webhook outbox hooks in here: one outgoing event per change, from the
  // same `changed` (ids, and the slugs it took away).
}
