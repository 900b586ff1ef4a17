import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { endUserSessionsSchema } from "@/lib/auth/schemas";
import { NotFoundError, parseInput, UnauthenticatedError } from "../errors";
import { assertCan } from "../permissions";
import type { Actor } from "./actor-type";
import { sessionLimits } from "./settings";

/**
 * Server-side staff sessions. The session token (a JWT) names a row of
 * StaffSession by its `sid`; getActor() looks that row up with the user on
 * every request (one primary-key join, session-actor.ts), so deleting the row
 * ends the session on every instance at once: sign-out, "sign out everywhere",
 * an admin's "end all sessions".
 */

/** Records a new sign-in; returns the id the token carries. Sweeps rows past their lifetime. */
export async function createStaffSession(userId: string, { ip, now = new Date() }: { ip?: string; now?: Date } = {}): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + sessionLimits().maxSeconds * 1000);
  await db.staffSession.create({ data: { id, userId, createdAt: now, expiresAt, ip: ip ?? null } });
  await db.staffSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return id;
}

/** Sign-out: this session ends everywhere. */
export async function endStaffSession(sid: string): Promise<void> {
  await db.staffSession.deleteMany({ where: { id: sid } });
}

/**
 * Ends every session of a user: their own "sign out everywhere", or an admin's
 * "end all sessions" for an account. Returns how many ended.
 */
export async function endAllStaffSessions(actor: Actor | null, input: { userId: string }): Promise<number> {
  if (!actor) throw new UnauthenticatedError();
  const { id: userId } = parseInput(endUserSessionsSchema, { id: input.userId });
  if (userId !== actor.id) assertCan(actor, "user.manage");
  return db.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new NotFoundError("user");
    const { count } = await tx.staffSession.deleteMany({ where: { userId } });
    await recordAudit(tx, { actor, action: "user.sessions-end", entityType: "User", entityId: userId, data: { sessions: count, self: userId === actor.id } });
    return count;
  });
}

export interface StaffSessionSummary {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  ip: string | null;
}

/** A user's open sessions (past their lifetime excluded): their own, or any for an admin. */
export async function listStaffSessions(actor: Actor | null, userId: string, now = new Date()): Promise<StaffSessionSummary[]> {
  if (!actor) throw new UnauthenticatedError();
  if (userId !== actor.id) assertCan(actor, "user.read");
  return db.staffSession.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, expiresAt: true, ip: true },
    orderBy: { createdAt: "desc" },
  });
}
