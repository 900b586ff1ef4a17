"use server";

// Thin: parse → actor → one domain function (which checks permission itself,
// per locale) → revalidate: alternates, the language switcher and listings
// change with the grouping.
import { linkArticlesSchema, previewLinkSchema, searchLinkCandidatesSchema, unlinkVariantSchema } from "@/lib/translations/schemas";
import { runAction } from "@/server/actions/run-action";
import { revalidatePublicPages } from "@/server/cache/revalidate";
import { linkArticles, previewLink, searchLinkCandidates, unlinkVariant } from "@/server/translations/link";

/** `{ variantId, otherVariantId, keep: "this" | "other" }`: whose shared fields survive is required. */
export async function linkArticlesAction(input: unknown) {
  return runAction(linkArticlesSchema, input, async (actor, data) => {
    const result = await linkArticles(actor, data);
    await revalidatePublicPages({ articleIds: [result.articleId], listedBy: result.previous });
    return { articleId: result.articleId, movedLocales: result.moved.map((m) => m.locale) };
  });
}

export async function unlinkVariantAction(input: unknown) {
  return runAction(unlinkVariantSchema, input, async (actor, data) => {
    const result = await unlinkVariant(actor, data);
    await revalidatePublicPages({ articleIds: [result.articleId, result.fromArticleId] });
    return result;
  });
}

/** What linking would change, for the confirmation step (changes nothing). */
export async function previewLinkAction(input: unknown) {
  return runAction(previewLinkSchema, input, (actor, data) => previewLink(actor, data));
}

export async function searchLinkCandidatesAction(input: unknown) {
  return runAction(searchLinkCandidatesSchema, input, (actor, data) => searchLinkCandidates(actor, data));
}
