"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself) → the answer; runAction applies what it reports changed
// for readers.
import { runAction } from "@/server/actions/run-action";
import {
  createDebate,
  deleteDebateTranslation,
  saveDebateTranslation,
  setDebateStatus,
  setDebateTrashed,
  updateDebateShared,
} from "@/server/debates/mutations";

export async function createDebateAction(input: unknown) {
  return runAction((actor) => createDebate(actor, input));
}

export async function updateDebateSharedAction(input: unknown) {
  return runAction((actor) => updateDebateShared(actor, input));
}

export async function setDebateStatusAction(input: unknown) {
  return runAction((actor) => setDebateStatus(actor, input));
}

export async function saveDebateTranslationAction(input: unknown) {
  return runAction((actor) => saveDebateTranslation(actor, input));
}

export async function deleteDebateTranslationAction(input: unknown) {
  return runAction((actor) => deleteDebateTranslation(actor, input));
}

export async function setDebateTrashedAction(input: unknown) {
  return runAction((actor) => setDebateTrashed(actor, input));
}
