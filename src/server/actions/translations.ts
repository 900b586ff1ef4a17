"use server";

// Thin: parse → actor → one domain function (which checks permission itself).
// A new draft or a reviewed translation changes nothing readers see.
import { markUpToDateSchema, startTranslationSchema } from "@/lib/articles/schemas";
import { runAction } from "@/server/actions/run-action";
import { markUpToDate, startTranslation } from "@/server/translations/translate";

export async function startTranslationAction(input: unknown) {
  return runAction(startTranslationSchema, input, (actor, data) => startTranslation(actor, data));
}

export async function markUpToDateAction(input: unknown) {
  return runAction(markUpToDateSchema, input, (actor, data) => markUpToDate(actor, data));
}
