"use server";

// Thin: parse → actor → one domain function (which checks permission itself) →
// revalidate the public pages when what readers see may have changed.
import {
  createDebateSchema,
  deleteDebateTranslationSchema,
  saveDebateTranslationSchema,
  setDebateStatusSchema,
  setDebateTrashedSchema,
  updateDebateSharedSchema,
} from "@/lib/debates/schemas";
import { runAction } from "@/server/actions/run-action";
import { revalidatePublicPages } from "@/server/cache/revalidate";
import {
  createDebate,
  deleteDebateTranslation,
  saveDebateTranslation,
  setDebateStatus,
  setDebateTrashed,
  updateDebateShared,
} from "@/server/debates/mutations";


export async function createDebateAction(input: unknown) {
  return runAction(createDebateSchema, input, (actor, data) => createDebate(actor, data));
}

export async function updateDebateSharedAction(input: unknown) {
  return runAction(updateDebateSharedSchema, input, async (actor, data) => {
    await updateDebateShared(actor, data);
    await revalidatePublicPages({ debateIds: [data.debateId] });
    return {};
  });
}

export async function setDebateStatusAction(input: unknown) {
  return runAction(setDebateStatusSchema, input, async (actor, data) => {
    const result = await setDebateStatus(actor, data);
    await revalidatePublicPages({ debateIds: [data.debateId] });
    return result;
  });
}

export async function saveDebateTranslationAction(input: unknown) {
  return runAction(saveDebateTranslationSchema, input, async (actor, data) => {
    const result = await saveDebateTranslation(actor, data);
    if (result.changed) await revalidatePublicPages({ debateIds: [data.debateId] });
    return result;
  });
}

export async function deleteDebateTranslationAction(input: unknown) {
  return runAction(deleteDebateTranslationSchema, input, async (actor, data) => {
    await deleteDebateTranslation(actor, data);
    await revalidatePublicPages({ debateIds: [data.debateId] });
    return {};
  });
}

export async function setDebateTrashedAction(input: unknown) {
  return runAction(setDebateTrashedSchema, input, async (actor, data) => {
    await setDebateTrashed(actor, data);
    await revalidatePublicPages({ debateIds: [data.debateId] });
    return {};
  });
}
