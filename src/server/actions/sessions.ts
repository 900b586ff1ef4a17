"use server";

// Thin: parse → actor → one domain function (which checks permission itself) → mapped result.
import { clearSignInThrottlesSchema, endUserSessionsSchema, signOutEverywhereSchema } from "@/lib/auth/schemas";
import { runAction } from "@/server/actions/run-action";
import { endAllStaffSessions } from "@/server/auth/staff-sessions";
import { clearSignInThrottlesForUser } from "@/server/auth/throttle-admin";

/** The signed-in user's own sessions, on every device, end (this one included). */
export async function signOutEverywhereAction(input: unknown = {}) {
  return runAction(signOutEverywhereSchema, input, async (actor) => ({ ended: await endAllStaffSessions(actor, { userId: actor.id }) }));
}

/** An admin ends every session of an account. */
export async function endUserSessionsAction(input: unknown) {
  return runAction(endUserSessionsSchema, input, async (actor, { id }) => ({ ended: await endAllStaffSessions(actor, { userId: id }) }));
}

/** An admin clears the sign-in throttles naming an account. */
export async function clearSignInThrottlesAction(input: unknown) {
  return runAction(clearSignInThrottlesSchema, input, (actor, data) => clearSignInThrottlesForUser(actor, data));
}
