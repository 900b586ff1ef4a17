import { describe, expect, it } from "vitest";
import { db } from "../db";
import { hashPassword } from "./password";
import type { Actor } from "./actor-type";
import { clearSignInThrottlesForUser, getSignInThrottlesForUser } from "./throttle-admin";
import { reserveSignInAttempt } from "./throttle";

const run = Date.now();
async function staff(name: string, role: Actor["role"]): Promise<Actor> {
  const u = await db.user.create({ data: { email: `${name}-${run}@throttle-admin.test`, name, role, passwordHash: await hashPassword("irrelevant-password") } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, locales: [], canPublish: false };
}

describe("throttles in the users admin", () => {
  it("an admin sees an account's throttles and clears them (audited); an editor may do neither", async () => {
    const admin = await staff("admin", "ADMIN");
    const editor = await staff("editor", "EDITOR");
    const target = await staff("target", "EDITOR");
    for (let i = 0; i < 5; i++) await reserveSignInAttempt({ email: target.email, ip: "10.70.0.1" });

    await expect(getSignInThrottlesForUser(editor, target.id)).rejects.toThrow();
    await expect(clearSignInThrottlesForUser(editor, { id: target.id })).rejects.toThrow();
    expect(await getSignInThrottlesForUser(admin, target.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "pair", ip: "10.70.0.1", attempts: 5, active: true })]),
    );

    expect(await clearSignInThrottlesForUser(admin, { id: target.id })).toEqual({ cleared: 2 });
    expect(await getSignInThrottlesForUser(admin, target.id)).toEqual([]);
    expect(await db.auditEvent.findFirst({ where: { entityId: target.id, action: "user.throttle-clear" } })).toMatchObject({ actorId: admin.id });
    await expect(clearSignInThrottlesForUser(admin, { id: "" })).rejects.toThrow();
  });
});
