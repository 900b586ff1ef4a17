import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import type { Tx } from "../db";


export interface AuditEntry {
  actor: Actor | null;
  /** What happened, e.g. "user.create", "user.role-change", "variant.publish". */
  action: string;
  entityType: string;
  entityId: string;
  /** What changed (before/after). Never a password or a hash. */
  data?: Prisma.InputJsonValue;
}

/**
 * Records an audit event in the caller's transaction, so the event exists
 * exactly when the change it describes does.
 */
export async function recordAudit(tx: Tx, { actor, action, entityType, entityId, data }: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action, entityType, entityId, data } });
}
