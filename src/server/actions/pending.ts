"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself); runAction applies what it reports changed for readers
// (a pending change that went live).
import { runAction } from "@/server/actions/run-action";
import { discardPendingVariant, publishPendingVariant } from "@/server/articles/pending";
import { discardPendingChange, publishPendingChange } from "@/server/pending/review";

/** "Publish changes" in the article editor. */
export async function publishVariantChangesAction(input: unknown) {
  return runAction((actor) => publishPendingVariant(actor, input));
}

/** "Discard changes" in the article editor: answers with the live text, which the editor shows again. */
export async function discardVariantChangesAction(input: unknown) {
  return runAction((actor) => discardPendingVariant(actor, input));
}

/** Publish a debate's texts, a bio or an alt text waiting for review. */
export async function publishPendingChangeAction(input: unknown) {
  return runAction((actor) => publishPendingChange(actor, input));
}

export async function discardPendingChangeAction(input: unknown) {
  return runAction(async (actor) => {
    await discardPendingChange(actor, input);
    return {};
  });
}
