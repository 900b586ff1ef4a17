"use server";

// Thin: actor → one domain function (which parses its input and checks permission itself) → mapped result.
import { runAction } from "@/server/actions/run-action";
import { endAllStaffSessions } from "@/server/auth/staff-sessions";
import { clearSignInThrottlesForUser } from "@/server/auth/throttle-admin";

/** The signed-in user's own sessions, on every device, end (this one included). */
export async function signOutEverywhereAction() {
  return runAction(async (actor) => ({ ended: await endAllStaffSessions(actor, { userId: actor.id }) }));
}

/** An admin ends every session of an account (`{ id }`). */
export async function endUserSessionsAction(input: unknown) {
  const userId = typeof input === "object" && input !== null && "id" in input ? (input as { id: unknown }).id : undefined;
  return runAction(async (actor) => ({ ended: await endAllStaffSessions(actor, { userId: userId as string }) }));
}

/** An admin clears the sign-in throttles naming an account. */
export async function clearSignInThrottlesAction(input: unknown) {
  return runAction((actor) => clearSignInThrottlesForUser(actor, input));
}
