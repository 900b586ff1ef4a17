"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself) → the answer; runAction applies what it reports changed
// for readers.
import { runAction } from "@/server/actions/run-action";
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
  return runAction((actor) => createArticle(actor, input));
}

export async function saveVariantAction(input: unknown) {
  return runAction(
    (actor) => saveVariant(actor, input),
    (result) => ({ version: result.version, slug: result.slug, pending: result.pending, savedAt: new Date().toISOString() }),
  );
}

export async function transitionVariantAction(input: unknown) {
  return runAction(
    (actor) => transitionVariant(actor, input),
    (result) => ({ version: result.version, status: result.status, publishAt: result.publishAt?.toISOString() ?? null }),
  );
}

export async function publishAllAction(input: unknown) {
  return runAction((actor) => publishAllReady(actor, input));
}

export async function restoreRevisionAction(input: unknown) {
  return runAction((actor) => restoreRevision(actor, input));
}

export async function updateArticleSharedAction(input: unknown) {
  return runAction((actor) => updateArticleShared(actor, input));
}

export async function trashArticleAction(input: unknown) {
  return runAction((actor) => setArticleTrashed(actor, input, true));
}

export async function restoreArticleAction(input: unknown) {
  return runAction((actor) => setArticleTrashed(actor, input, false));
}
