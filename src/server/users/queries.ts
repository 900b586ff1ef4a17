import "server-only";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { can } from "../permissions";

export const userSummarySelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locales: true,
  canPublish: true,
  disabledAt: true,
  createdAt: true,
} as const;

/**
 * Staff accounts, for the users admin. Anyone else gets NotFound — the page
 * answers 404, revealing nothing about who has an account.
 */
export async function listUsers(actor: Actor | null) {
  if (!can(actor, "user.read")) throw new NotFoundError("users");
  return db.user.findMany({ select: userSummarySelect, orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }] });
}

export async function getUserForAdmin(actor: Actor | null, id: string) {
  if (!can(actor, "user.read")) throw new NotFoundError("user");
  const user = await db.user.findUnique({ where: { id }, select: userSummarySelect });
  if (!user) throw new NotFoundError("user");
  return user;
}

export type UserSummary = Awaited<ReturnType<typeof listUsers>>[number];
