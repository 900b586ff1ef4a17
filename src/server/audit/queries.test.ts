import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { listAuditEvents } from "./queries";
import { recordAudit } from "./record-audit";

const staff = (id: string, role: Actor["role"]): Actor => ({ id, email: `${id}@audit.test`, name: id, role, locales: ["ar"], canPublish: true });

describe("audit log", () => {
  it("records in the caller's transaction: a rolled-back change leaves no event", async () => {
    const entityId = `rollback-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actor: null, action: "test.event", entityType: "Test", entityId });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEvent.count({ where: { entityId } })).toBe(0);
  });

  it("is read by admins only; others get NotFound", async () => {
    const entityId = `read-${Date.now()}`;
    await db.$transaction((tx) => recordAudit(tx, { actor: null, action: "test.event", entityType: "Test", entityId, data: { n: 1 } }));
    const events = await listAuditEvents(staff("a", "ADMIN"), { entityType: "Test", entityId });
    expect(events).toMatchObject([{ action: "test.event", data: { n: 1 }, actor: null }]);
    for (const actor of [staff("e", "EDITOR"), staff("t", "TRANSLATOR"), null]) {
      await expect(listAuditEvents(actor, { entityType: "Test", entityId })).rejects.toThrow(NotFoundError);
    }
  });
});
