"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself, per locale) → the answer; runAction applies what it
// reports changed for readers (alternates, the language switcher and listings
// change with the grouping).
import { runAction } from "@/server/actions/run-action";
import { linkArticles, previewLink, searchLinkCandidates, unlinkVariant } from "@/server/translations/link";

/** `{ variantId, otherVariantId, keep: "this" | "other" }`: whose shared fields survive is required. */
export async function linkArticlesAction(input: unknown) {
  return runAction(
    (actor) => linkArticles(actor, input),
    (result) => ({ articleId: result.articleId, movedLocales: result.moved.map((m) => m.locale) }),
  );
}

export async function unlinkVariantAction(input: unknown) {
  return runAction((actor) => unlinkVariant(actor, input));
}

/** What linking would change, for the confirmation step (changes nothing). */
export async function previewLinkAction(input: unknown) {
  return runAction((actor) => previewLink(actor, input));
}

export async function searchLinkCandidatesAction(input: unknown) {
  return runAction((actor) => searchLinkCandidates(actor, input));
}
