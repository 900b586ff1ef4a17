import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { SITE_TIME_ZONE } from "@/i18n/locales";
import { zonedTimeToInstant } from "@/lib/zoned-time";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { can } from "../permissions";
import { escapeLike } from "../database/like";

// The audit log viewer: every event, filtered, newest first, paginated by
// keyset on (createdAt, id) so a page costs the same at any depth (the
// createdAt index serves it). Admins only; anyone else gets NotFound.

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const short = z.string().trim().max(100).optional().catch(undefined);

/** Filters as they come from the URL; anything malformed is ignored rather than failing the page. */
export const auditFiltersSchema = z.object({
  action: short,
  entityType: short,
  entityId: short,
  actorId: short,
  /** Days in the site's time zone, both included. */
  from: day,
  to: day,
  /** The keyset cursor of the next page (see encodeCursor). */
  after: z.string().max(200).optional().catch(undefined),
});
export type AuditFilters = z.input<typeof auditFiltersSchema>;

export function encodeCursor(event: { createdAt: Date; id: string }): string {
  return Buffer.from(`${event.createdAt.toISOString()}|${event.id}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}

/** The first instant of a day in a time zone (the day after, for an inclusive end). */
export function dayStart(date: string, timeZone: string, plusDays = 0): Date | null {
  const [y, m, d] = date.split("-").map(Number);
  const shifted = new Date(Date.UTC(y!, m! - 1, d! + plusDays));
  if (shifted.getUTCFullYear() !== y && plusDays === 0) return null;
  const local = shifted.toISOString().slice(0, 10);
  // Midnight can be skipped by a DST change in a few zones: the day then starts at 01:00.
  for (const time of ["00:00", "01:00"]) {
    const result = zonedTimeToInstant(`${local}T${time}`, timeZone);
    if (result.ok) return result.instant;
    if (result.reason !== "nonexistentTime") return null;
  }
  return null;
}

export function auditWhere(filters: z.output<typeof auditFiltersSchema>, timeZone = SITE_TIME_ZONE): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.action) {
    // "debate.publish" exactly, or a whole family: "debate." or "debate".
    and.push(filters.action.includes(".") && !filters.action.endsWith(".") ? { action: filters.action } : { action: { startsWith: escapeLike(filters.action.replace(/\.?$/, ".")) } });
  }
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  if (filters.actorId) and.push({ actorId: filters.actorId === "none" ? null : filters.actorId });
  const from = filters.from ? dayStart(filters.from, timeZone) : null;
  const to = filters.to ? dayStart(filters.to, timeZone, 1) : null;
  if (from) and.push({ createdAt: { gte: from } });
  if (to) and.push({ createdAt: { lt: to } });
  const cursor = decodeCursor(filters.after);
  if (cursor) and.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
  return and.length ? { AND: and } : {};
}

export interface AuditPage {
  events: { id: string; action: string; entityType: string; entityId: string; data: Prisma.JsonValue; createdAt: Date; actor: { id: string; name: string } | null }[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

export async function searchAuditEvents(actor: Actor | null, input: AuditFilters, { take = AUDIT_PAGE_SIZE, timeZone = SITE_TIME_ZONE } = {}): Promise<AuditPage> {
  if (!can(actor, "audit.read")) throw new NotFoundError("audit");
  const filters = auditFiltersSchema.parse(input);
  const size = Math.min(Math.max(take, 1), 200);
  const rows = await db.auditEvent.findMany({
    where: auditWhere(filters, timeZone),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: { id: true, action: true, entityType: true, entityId: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
  });
  const events = rows.slice(0, size);
  return { events, next: rows.length > size ? encodeCursor(events[events.length - 1]!) : null };
}

/** What the filter menus offer: the actions and entity types recorded so far, and the staff who acted. */
export async function auditFilterOptions(actor: Actor | null) {
  if (!can(actor, "audit.read")) throw new NotFoundError("audit");
  const [actions, entityTypes, actors] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType), actors };
}
