import "server-only";
import { clearSignInThrottlesSchema } from "@/lib/auth/schemas";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { NotFoundError, parseInput } from "../errors";
import { assertCan } from "../permissions";
import type { Actor } from "./actor-type";
import { type AccountThrottle, clearAccountThrottles, listAccountThrottles } from "./throttle";

// The users admin's view of the sign-in throttles naming an account, and the
// admin's way to lift them (e.g. for a colleague behind a shared address).

async function userEmail(id: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id }, select: { email: true } });
  if (!user) throw new NotFoundError("user");
  return user.email;
}

export async function getSignInThrottlesForUser(actor: Actor | null, userId: string): Promise<AccountThrottle[]> {
  assertCan(actor, "user.read");
  return listAccountThrottles(await userEmail(userId));
}

export async function clearSignInThrottlesForUser(actor: Actor | null, input: unknown): Promise<{ cleared: number }> {
  assertCan(actor, "user.manage");
  const { id } = parseInput(clearSignInThrottlesSchema, input);
  const cleared = await clearAccountThrottles(await userEmail(id));
  await recordAudit(db, { actor, action: "user.throttle-clear", entityType: "User", entityId: id, data: { cleared } });
  return { cleared };
}
