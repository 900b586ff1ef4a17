import "server-only";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { can } from "../permissions";

/**
 * The audit trail of one record, newest first. Staff-only (admins): anyone
 * else gets NotFound, so the page answers 404 and shows nothing.
 */
export async function listAuditEvents(actor: Actor | null, { entityType, entityId, take = 20 }: { entityType: string; entityId: string; take?: number }) {
  if (!can(actor, "audit.read")) throw new NotFoundError("audit");
  return db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(take, 1), 100),
    select: { id: true, action: true, createdAt: true, data: true, actor: { select: { name: true } } },
  });
}
