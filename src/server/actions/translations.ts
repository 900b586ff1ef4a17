"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself). A new draft or a reviewed translation changes nothing
// readers see.
import { runAction } from "@/server/actions/run-action";
import { assignTranslation, markNoticesRead, unassignTranslation } from "@/server/translations/assignments";
import { deleteGlossaryTerm, saveGlossaryTerm } from "@/server/translations/glossary";
import { markUpToDate, startTranslation } from "@/server/translations/translate";

export async function startTranslationAction(input: unknown) {
  return runAction((actor) => startTranslation(actor, input));
}

export async function markUpToDateAction(input: unknown) {
  return runAction((actor) => markUpToDate(actor, input));
}

export async function saveGlossaryTermAction(input: unknown) {
  return runAction((actor) => saveGlossaryTerm(actor, input));
}

export async function deleteGlossaryTermAction(input: unknown) {
  return runAction((actor) => deleteGlossaryTerm(actor, input));
}

export async function assignTranslationAction(input: unknown) {
  return runAction((actor) => assignTranslation(actor, input));
}

export async function unassignTranslationAction(input: unknown) {
  return runAction((actor) => unassignTranslation(actor, input));
}

export async function markNoticesReadAction(input: unknown) {
  return runAction((actor) => markNoticesRead(actor, input));
}
