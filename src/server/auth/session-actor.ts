import "server-only";
import { decode } from "next-auth/jwt";
import { db } from "../db";
import type { Actor } from "./actor-type";
import { readClaims, sessionEndReason } from "./session-check";
import { sessionLimits } from "./settings";

/**
 * The actor a session token stands for, checked against the database now:
 * null for a token that does not decode, a deleted or disabled user, a stale
 * tokenVersion, or a session past its idle or absolute limit.
 */
export async function actorFromSessionToken(
  raw: string | undefined,
  { secret = process.env.NEXTAUTH_SECRET, now = Date.now() / 1000 }: { secret?: string; now?: number } = {},
): Promise<Actor | null> {
  if (!raw || !secret) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  const claims = readClaims(token);
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, locales: true, canPublish: true, disabledAt: true, tokenVersion: true },
  });
  if (!user || sessionEndReason(claims, user, sessionLimits(), now)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locales: user.locales, canPublish: user.canPublish };
}
