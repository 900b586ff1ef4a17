import "server-only";
import { decode } from "next-auth/jwt";
import { db } from "../db";
import type { Actor } from "./actor-type";
import { readClaims, sessionEndReason } from "./session-check";
import { sessionLimits } from "./settings";

/** The actor, and what decides whether its session still holds. */
interface SessionRow extends Actor {
  disabledAt: Date | null;
  tokenVersion: number;
}

/**
 * The actor a session token stands for, checked against the database now:
 * null for a token that does not decode, a session that was ended (signed
 * out, ended everywhere, by an admin: its StaffSession row is gone), a deleted
 * or disabled user, a stale tokenVersion, or a session past its idle or
 * absolute limit. One query per request: the session row joined to its user,
 * both by primary key.
 */
export async function actorFromSessionToken(
  raw: string | undefined,
  { secret = process.env.NEXTAUTH_SECRET, now = Date.now() / 1000 }: { secret?: string; now?: number } = {},
): Promise<Actor | null> {
  if (!raw || !secret) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  const claims = readClaims(token);
  if (!claims) return null;
  const [user] = await db.$queryRaw<SessionRow[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locales", u."canPublish", u."disabledAt", u."tokenVersion"
    FROM "StaffSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${claims.sid} AND s."userId" = ${claims.userId}`;
  if (!user || sessionEndReason(claims, user, sessionLimits(), now)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locales: user.locales, canPublish: user.canPublish };
}
