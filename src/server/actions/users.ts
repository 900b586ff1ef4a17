"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself) → mapped result.
import { runAction } from "@/server/actions/run-action";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "@/server/users/mutations";

export async function createUserAction(input: unknown) {
  return runAction(
    (actor) => createUser(actor, input),
    ({ user, generatedPassword }) => ({ id: user.id, email: user.email, generatedPassword }),
  );
}

export async function updateUserAction(input: unknown) {
  return runAction(
    (actor) => updateUser(actor, input),
    (user) => ({ id: user.id }),
  );
}

export async function setUserDisabledAction(input: unknown) {
  return runAction(
    (actor) => setUserDisabled(actor, input),
    (user) => ({ id: user.id, disabled: user.disabledAt !== null }),
  );
}

export async function resetUserPasswordAction(input: unknown) {
  return runAction((actor) => resetUserPassword(actor, input));
}
