"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself: admins only) → mapped result.
import { runAction } from "@/server/actions/run-action";
import { createApiKey, revokeApiKey } from "@/server/api-keys/mutations";

/** The answer carries the secret: the only time it leaves the server. */
export async function createApiKeyAction(input: unknown) {
  return runAction(
    (actor) => createApiKey(actor, input),
    ({ key, secret }) => ({ id: key.id, name: key.name, secret }),
  );
}

export async function revokeApiKeyAction(input: unknown) {
  return runAction(
    (actor) => revokeApiKey(actor, input),
    (key) => ({ id: key.id }),
  );
}
