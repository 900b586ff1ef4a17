import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import type { ThrottleLimiter } from "./throttle";

// Failed sign-ins and throttle events in the audit log: on the account's
// history when the email is a user's, otherwise under entityType "SignIn" and
// the email tried. Never the password. A refused attempt is recorded once per
// window (its first refusal), so a flood cannot flood the log.

async function subject(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return user ? { entityType: "User", entityId: user.id } : { entityType: "SignIn", entityId: email.slice(0, 254) };
}

export async function auditSignInFailure(email: string, ip: string, reason: "credentials" | "disabled"): Promise<void> {
  await recordAudit(db, { actor: null, action: "user.sign-in-failure", ...(await subject(email)), data: { ip, reason } });
}

export async function auditThrottled(email: string, ip: string, limiter: ThrottleLimiter, retryAfterSeconds: number): Promise<void> {
  await recordAudit(db, { actor: null, action: "user.sign-in-throttled", ...(await subject(email)), data: { ip, limit: limiter, retryAfterSeconds } });
}

export async function auditSlowdown(email: string, ip: string, attempts: number): Promise<void> {
  await recordAudit(db, { actor: null, action: "user.sign-in-slowdown", ...(await subject(email)), data: { ip, attempts } });
}
