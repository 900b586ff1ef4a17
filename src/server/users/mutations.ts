import "server-only";
import {
  createUserSchema,
  resetUserPasswordSchema,
  setUserDisabledSchema,
  updateUserSchema,
} from "@/lib/users/schemas";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, isUniqueViolation, NotFoundError, parseInput } from "../errors";
import { assertCan } from "../permissions";
import { generatePassword } from "./generate-password";
import { hashPassword } from "../auth/password";
import { userSummarySelect, type UserSummary } from "./queries";

// Every change to a staff account: validated, permission-checked here (the
// actions and pages are not the gate), one transaction with its audit event.
// Role, password and disable changes bump tokenVersion, ending the user's
// existing sessions on their next request.

export async function createUser(actor: Actor | null, input: unknown): Promise<{ user: UserSummary; generatedPassword?: string }> {
  assertCan(actor, "user.manage");
  const data = parseInput(createUserSchema, input);
  const generatedPassword = data.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(data.password || generatedPassword!);
  try {
    const user = await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw new ConflictError("emailTaken");
      const created = await tx.user.create({
        data: { name: data.name, email: data.email, role: data.role, locales: data.locales, canPublish: data.canPublish, passwordHash },
        select: userSummarySelect,
      });
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        data: { email: created.email, role: created.role, locales: created.locales, canPublish: created.canPublish },
      });
      return created;
    });
    return { user, generatedPassword };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("emailTaken");
    throw error;
  }
}

export async function updateUser(actor: Actor | null, input: unknown): Promise<UserSummary> {
  assertCan(actor, "user.manage");
  const data = parseInput(updateUserSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id } });
    if (!before) throw new NotFoundError("user");
    const roleChanged = before.role !== data.role;
    // An admin cannot demote themselves: there is always an admin left.
    if (roleChanged && before.id === actor.id) throw new ConflictError("selfChange");
    const user = await tx.user.update({
      where: { id: data.id },
      data: {
        name: data.name,
        role: data.role,
        locales: data.locales,
        canPublish: data.canPublish,
        ...(roleChanged ? { tokenVersion: { increment: 1 } } : {}),
      },
      select: userSummarySelect,
    });
    await recordAudit(tx, {
      actor,
      action: roleChanged ? "user.role-change" : "user.update",
      entityType: "User",
      entityId: user.id,
      data: {
        before: { name: before.name, role: before.role, locales: before.locales, canPublish: before.canPublish },
        after: { name: user.name, role: user.role, locales: user.locales, canPublish: user.canPublish },
      },
    });
    return user;
  });
}

export async function setUserDisabled(actor: Actor | null, input: unknown): Promise<UserSummary> {
  assertCan(actor, "user.manage");
  const { id, disabled } = parseInput(setUserDisabledSchema, input);
  if (id === actor.id) throw new ConflictError("selfChange");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { disabledAt: true } });
    if (!before) throw new NotFoundError("user");
    const user = await tx.user.update({
      where: { id },
      data: disabled ? { disabledAt: before.disabledAt ?? new Date(), tokenVersion: { increment: 1 } } : { disabledAt: null },
      select: userSummarySelect,
    });
    await recordAudit(tx, { actor, action: disabled ? "user.disable" : "user.enable", entityType: "User", entityId: id });
    return user;
  });
}

/** Sets a new password (given, or generated and returned once) and ends the user's sessions. */
export async function resetUserPassword(actor: Actor | null, input: unknown): Promise<{ generatedPassword?: string }> {
  assertCan(actor, "user.manage");
  const data = parseInput(resetUserPasswordSchema, input);
  const generatedPassword = data.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(data.password || generatedPassword!);
  await db.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: data.id }, select: { id: true } }))) throw new NotFoundError("user");
    await tx.user.update({ where: { id: data.id }, data: { passwordHash, tokenVersion: { increment: 1 } } });
    // The audit records that it happened, never the password.
    await recordAudit(tx, { actor, action: "user.password-reset", entityType: "User", entityId: data.id, data: { generated: !data.password } });
  });
  return { generatedPassword };
}
