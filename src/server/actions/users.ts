"use server";

// Thin: parse → actor → one domain function (which checks permission itself) → mapped result.
import { createUserSchema, resetUserPasswordSchema, setUserDisabledSchema, updateUserSchema } from "@/lib/users/schemas";
import { runAction } from "@/server/actions/run-action";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "@/server/users/mutations";

export async function createUserAction(input: unknown) {
  return runAction(createUserSchema, input, async (actor, data) => {
    const { user, generatedPassword } = await createUser(actor, data);
    return { id: user.id, email: user.email, generatedPassword };
  });
}

export async function updateUserAction(input: unknown) {
  return runAction(updateUserSchema, input, async (actor, data) => {
    const user = await updateUser(actor, data);
    return { id: user.id };
  });
}

export async function setUserDisabledAction(input: unknown) {
  return runAction(setUserDisabledSchema, input, async (actor, data) => {
    const user = await setUserDisabled(actor, data);
    return { id: user.id, disabled: user.disabledAt !== null };
  });
}

export async function resetUserPasswordAction(input: unknown) {
  return runAction(resetUserPasswordSchema, input, (actor, data) => resetUserPassword(actor, data));
}
