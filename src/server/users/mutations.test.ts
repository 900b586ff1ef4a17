import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "./mutations";
import { verifyPassword } from "../auth/password";
import { getUserForAdmin, listUsers } from "./queries";

const run = `${Date.now()}`;
const email = (name: string) => `${name}-${run}@users.test`;
let admin: Actor;
let editor: Actor;
let translator: Actor;

async function staff(role: Actor["role"], name: string, locales: string[] = []): Promise<Actor> {
  const user = await db.user.create({ data: { email: email(name), name, role, locales, passwordHash: "x" } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, locales: user.locales, canPublish: user.canPublish };
}

// Scoped to this file's users: other test files may run at the same time on Postgres.
const snapshot = async () => {
  const users = await db.user.findMany({ where: { email: { endsWith: `-${run}@users.test` } }, orderBy: { id: "asc" } });
  const ids = users.map((u) => u.id);
  return { users, audit: await db.auditEvent.count({ where: { OR: [{ entityId: { in: ids } }, { actorId: { in: ids } }] } }) };
};

beforeAll(async () => {
  admin = await staff("ADMIN", "admin");
  editor = await staff("EDITOR", "editor");
  translator = await staff("TRANSLATOR", "translator", ["ar"]);
});

describe("users domain", () => {
  it("an admin creates a translator with a generated password, shown once, hashed, audited", async () => {
    const { user, generatedPassword } = await createUser(admin, {
      name: "  Nadia  ",
      email: email("Nadia").toUpperCase(),
      role: "TRANSLATOR",
      locales: ["he", "ar", "ar"],
      canPublish: true,
    });
    expect(user).toMatchObject({ name: "Nadia", email: email("nadia"), role: "TRANSLATOR", locales: ["ar", "he"], canPublish: true });
    expect(generatedPassword).toHaveLength(24);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, generatedPassword!)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.create" } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.data)).not.toContain(generatedPassword!);
  });

  it("locales and the publishing grant are dropped for editors and admins", async () => {
    const { user } = await createUser(admin, { name: "Ed", email: email("ed2"), role: "EDITOR", locales: ["ar"], canPublish: true, password: "a-long-enough-password" });
    expect(user).toMatchObject({ locales: [], canPublish: false });
  });

  it("refusals change nothing: editor, translator and anonymous cannot manage users", async () => {
    const before = await snapshot();
    for (const actor of [editor, translator, null]) {
      await expect(createUser(actor, { name: "X", email: email(`x${actor?.role}`), role: "ADMIN" })).rejects.toThrow(ForbiddenError);
      await expect(updateUser(actor, { id: editor.id, name: "Editor", role: "ADMIN" })).rejects.toThrow(ForbiddenError);
      await expect(setUserDisabled(actor, { id: admin.id, disabled: true })).rejects.toThrow(ForbiddenError);
      await expect(resetUserPassword(actor, { id: admin.id, password: "attacker-chosen-password" })).rejects.toThrow(ForbiddenError);
      await expect(listUsers(actor)).rejects.toThrow(NotFoundError);
      await expect(getUserForAdmin(actor, admin.id)).rejects.toThrow(NotFoundError);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("bad input is refused with a ValidationError and changes nothing", async () => {
    const before = await snapshot();
    const bad = [
      { name: "", email: email("v1"), role: "EDITOR" },
      { name: "V", email: "not-an-email", role: "EDITOR" },
      { name: "V", email: email("v2"), role: "OWNER" },
      { name: "V", email: email("v3"), role: "TRANSLATOR", locales: [] },
      { name: "V", email: email("v4"), role: "TRANSLATOR", locales: ["xx"] },
      { name: "V", email: email("v5"), role: "EDITOR", password: "short" },
      { name: "V", email: email("v6"), role: "EDITOR", tokenVersion: 99 },
    ];
    for (const input of bad) await expect(createUser(admin, input), JSON.stringify(input)).rejects.toThrow(ValidationError);
    expect(await snapshot()).toEqual(before);
  });

  it("an email already taken is a conflict (case-insensitively)", async () => {
    await expect(createUser(admin, { name: "Dup", email: email("ADMIN"), role: "EDITOR" })).rejects.toMatchObject({ reason: "emailTaken" });
  });

  it("a role change bumps tokenVersion and is audited as a role change; other edits do not bump it", async () => {
    const { user } = await createUser(admin, { name: "Rhea", email: email("rhea"), role: "TRANSLATOR", locales: ["es"] });
    await updateUser(admin, { id: user.id, name: "Rhea R.", role: "TRANSLATOR", locales: ["es", "fr"], canPublish: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).tokenVersion).toBe(0);
    await updateUser(admin, { id: user.id, name: "Rhea R.", role: "EDITOR" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ role: "EDITOR", tokenVersion: 1, locales: [], canPublish: false });
    const events = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.create", "user.update", "user.role-change"]);
    expect(events[2]!.data).toMatchObject({ before: { role: "TRANSLATOR" }, after: { role: "EDITOR" } });
  });

  it("disable and password reset bump tokenVersion; enable does not", async () => {
    const { user } = await createUser(admin, { name: "Dora", email: email("dora"), role: "EDITOR", password: "dora-first-password" });
    await setUserDisabled(admin, { id: user.id, disabled: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ tokenVersion: 1, disabledAt: expect.any(Date) });
    await setUserDisabled(admin, { id: user.id, disabled: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ tokenVersion: 1, disabledAt: null });
    const { generatedPassword } = await resetUserPassword(admin, { id: user.id });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.tokenVersion).toBe(2);
    expect(await verifyPassword(stored.passwordHash, generatedPassword!)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "dora-first-password")).toBe(false);
    const actions = (await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.create", "user.disable", "user.enable", "user.password-reset"]);
  });

  it("an admin cannot disable or demote themselves (there is always an admin)", async () => {
    const before = await snapshot();
    await expect(setUserDisabled(admin, { id: admin.id, disabled: true })).rejects.toThrow(ConflictError);
    await expect(updateUser(admin, { id: admin.id, name: "Admin", role: "EDITOR" })).rejects.toThrow(ConflictError);
    expect(await snapshot()).toEqual(before);
  });

  it("unknown users are NotFound", async () => {
    await expect(setUserDisabled(admin, { id: "nope", disabled: true })).rejects.toThrow(NotFoundError);
    await expect(getUserForAdmin(admin, "nope")).rejects.toThrow(NotFoundError);
  });

  it("lists users for admins, without password hashes", async () => {
    const users = await listUsers(admin);
    expect(users.some((u) => u.id === editor.id)).toBe(true);
    expect(users.every((u) => !("passwordHash" in u) && !("tokenVersion" in u))).toBe(true);
  });
});
