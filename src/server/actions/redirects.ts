"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself: admins only) → mapped result.
import { runAction } from "@/server/actions/run-action";
import { addLegacyRedirect, deleteLegacyRedirect } from "@/server/import/redirect-admin";

export async function addLegacyRedirectAction(input: unknown) {
  return runAction((actor) => addLegacyRedirect(actor, input));
}

export async function deleteLegacyRedirectAction(input: unknown) {
  return runAction((actor) => deleteLegacyRedirect(actor, input));
}
