import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { Actor } from "./actor-type";
import { SIGN_IN_PATH } from "./options";
import { actorFromSessionToken } from "./session-actor";

export type { Actor } from "./actor-type";

// next-auth's cookie names (the __Secure- one on https).
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in staff member of this request, or null. Decodes the session
 * token and re-loads the user from the database — every request, once
 * (React `cache`) — refusing disabled users, a stale tokenVersion (role or
 * password changed), and sessions past their idle timeout or absolute
 * lifetime. This, not the proxy, is the gate.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return actorFromSessionToken(raw);
});

/** Whether the request carries a session cookie at all (to tell "expired" from "never signed in"). */
export async function hasSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return SESSION_COOKIES.some((name) => jar.has(name));
}

/** For dashboard pages: the actor, or a redirect to the sign-in page of `locale`. */
export async function requireActor(locale: Locale): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const reason = (await hasSessionCookie()) ? "expired" : undefined;
  return redirect({ href: { pathname: SIGN_IN_PATH, query: reason ? { reason } : {} }, locale });
}
