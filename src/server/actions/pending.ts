"use server";

// Thin: parse → actor → one domain function (which checks permission itself) →
// revalidate what readers see when a pending change went live.
import { pendingVariantSchema } from "@/lib/articles/schemas";
import { pendingRecordSchema } from "@/lib/pending/schemas";
import { runAction } from "@/server/actions/run-action";
import { discardPendingVariant, publishPendingVariant } from "@/server/articles/pending";
import { revalidatePublicPages } from "@/server/cache/revalidate";
import { discardPendingChange, publishPendingChange } from "@/server/pending/review";

/** "Publish changes" in the article editor. */
export async function publishVariantChangesAction(input: unknown) {
  return runAction(pendingVariantSchema, input, async (actor, data) => {
    const result = await publishPendingVariant(actor, data);
    await revalidatePublicPages({ variantIds: [data.variantId] });
    return { version: result.version, slug: result.slug };
  });
}

/** "Discard changes" in the article editor: answers with the live text, which the editor shows again. */
export async function discardVariantChangesAction(input: unknown) {
  return runAction(pendingVariantSchema, input, (actor, data) => discardPendingVariant(actor, data));
}

/** Publish a debate's texts, a bio or an alt text waiting for review. */
export async function publishPendingChangeAction(input: unknown) {
  return runAction(pendingRecordSchema, input, async (actor, data) => {
    const { changed } = await publishPendingChange(actor, data);
    await revalidatePublicPages(changed);
    return {};
  });
}

export async function discardPendingChangeAction(input: unknown) {
  return runAction(pendingRecordSchema, input, async (actor, data) => {
    await discardPendingChange(actor, data);
    return {};
  });
}
