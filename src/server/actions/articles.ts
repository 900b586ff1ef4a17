"use server";

// Thin: parse → actor → one domain function (which checks permission itself) →
// revalidate what readers see when a lifecycle change touched it.
import {
  articleIdSchema,
  createArticleSchema,
  publishAllSchema,
  restoreRevisionSchema,
  saveVariantSchema,
  transitionVariantSchema,
  updateArticleSharedSchema,
} from "@/lib/articles/schemas";
import { runAction } from "@/server/actions/run-action";
import { revalidatePublicPages } from "@/server/cache/revalidate";
import {
  createArticle,
  publishAllReady,
  restoreRevision,
  saveVariant,
  setArticleTrashed,
  transitionVariant,
  updateArticleShared,
} from "@/server/articles/mutations";


export async function createArticleAction(input: unknown) {
  return runAction(createArticleSchema, input, (actor, data) => createArticle(actor, data));
}

export async function saveVariantAction(input: unknown) {
  return runAction(saveVariantSchema, input, async (actor, data) => {
    const result = await saveVariant(actor, data);
    // A live version's edit is a pending change: readers see nothing new until it is published.
    if (result.visible && !result.pending) await revalidatePublicPages({ variantIds: [data.variantId] });
    return { version: result.version, slug: result.slug, pending: result.pending, savedAt: new Date().toISOString() };
  });
}

export async function transitionVariantAction(input: unknown) {
  return runAction(transitionVariantSchema, input, async (actor, data) => {
    const result = await transitionVariant(actor, data);
    await revalidatePublicPages({ variantIds: [data.variantId] });
    return { version: result.version, status: result.status, publishAt: result.publishAt?.toISOString() ?? null };
  });
}

export async function publishAllAction(input: unknown) {
  return runAction(publishAllSchema, input, async (actor, data) => {
    const result = await publishAllReady(actor, data);
    await revalidatePublicPages({ articleIds: [data.articleId] });
    return result;
  });
}

export async function restoreRevisionAction(input: unknown) {
  return runAction(restoreRevisionSchema, input, async (actor, data) => {
    const result = await restoreRevision(actor, data);
    // Restored as a pending change: readers' text is unchanged.
    if (result.outcome !== "pending") await revalidatePublicPages({ variantIds: [data.variantId] });
    return result;
  });
}

export async function updateArticleSharedAction(input: unknown) {
  return runAction(updateArticleSharedSchema, input, async (actor, data) => {
    const { before } = await updateArticleShared(actor, data);
    await revalidatePublicPages({ articleIds: [data.articleId], listedBy: before });
    return {};
  });
}

export async function trashArticleAction(input: unknown) {
  return runAction(articleIdSchema, input, async (actor, data) => {
    await setArticleTrashed(actor, data, true);
    await revalidatePublicPages({ articleIds: [data.articleId] });
    return {};
  });
}

export async function restoreArticleAction(input: unknown) {
  return runAction(articleIdSchema, input, async (actor, data) => {
    await setArticleTrashed(actor, data, false);
    await revalidatePublicPages({ articleIds: [data.articleId] });
    return {};
  });
}
