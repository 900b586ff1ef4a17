import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { visibleVariantWhere } from "../articles/visibility";
import type { Tx } from "../db";
import { eventData } from "./event-data";

/** What an event is about: a language version, a debate or an author. */
export type EventSubject =
  | { type: Extract<WebhookEventType, `version.${string}` | "translation.outdated">; variantId: string }
  | { type: "debate.published" | "debate.updated"; debateId: string }
  | { type: "author.updated"; authorId: string };

/** The body every endpoint receives (Standard Webhooks: type, timestamp, data). */
export interface EventPayload {
  type: WebhookEventType;
  timestamp: string;
  data: Prisma.InputJsonValue;
}

/**
 * The transactional outbox: writes the events a change makes, in the change's
 * own transaction `tx` — so an event exists exactly when its change committed
 * (a rollback takes both), and survives a crash right after the commit. The
 * job queue (src/server/jobs/worker.ts) delivers them from there.
 *
 * The body is built here, from the rows as the transaction sees them: every
 * endpoint, and every retry, gets the same bytes. Events nobody subscribes to
 * are not written (an autosave costs one indexed count, not a payload).
 */
export async function recordEvents(tx: Tx, subjects: EventSubject[], now = new Date()): Promise<string[]> {
  const unique = dedupe(subjects);
  if (!unique.length) return [];
  const wanted = await subscribedTypes(tx, unique.map((s) => s.type));
  const ids: string[] = [];
  for (const subject of unique) {
    if (!wanted.has(subject.type)) continue;
    const data = await eventData(tx, subject);
    if (data === null) continue;
    const id = newEventId();
    const payload: EventPayload = { type: subject.type, timestamp: now.toISOString(), data };
    await tx.webhookEvent.create({ data: { id, type: subject.type, payload: payload as unknown as Prisma.InputJsonValue, createdAt: now } });
    ids.push(id);
  }
  return ids;
}

/** `msg_` and 32 hex digits: the Standard Webhooks message id, unique per event. */
function newEventId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

function subjectKey(s: EventSubject): string {
  return `${s.type}:${"variantId" in s ? s.variantId : "debateId" in s ? s.debateId : s.authorId}`;
}

function dedupe(subjects: EventSubject[]): EventSubject[] {
  const seen = new Map<string, EventSubject>();
  for (const s of subjects) seen.set(subjectKey(s), s);
  return [...seen.values()];
}

/** The event types at least one enabled endpoint receives, among `types`. */
async function subscribedTypes(tx: Tx, types: string[]): Promise<Set<string>> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true, events: { hasSome: [...new Set(types)] } }, select: { events: true } });
  return new Set(endpoints.flatMap((e) => e.events));
}

/** The language versions readers see now, of these works or among these versions. */
export async function visibleVersionIds(tx: Tx, { articleIds = [], variantIds = [] }: { articleIds?: string[]; variantIds?: string[] }, now = new Date()): Promise<string[]> {
  if (!articleIds.length && !variantIds.length) return [];
  const rows = await tx.articleVariant.findMany({
    where: { AND: [visibleVariantWhere(now), { OR: [{ articleId: { in: articleIds } }, { id: { in: variantIds } }] }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** `type` for each language version readers see now, of these works or among these versions. */
export async function eventsOfVisible(tx: Tx, type: "version.updated" | "version.published" | "version.unpublished", where: { articleIds?: string[]; variantIds?: string[] }, now = new Date()): Promise<EventSubject[]> {
  return (await visibleVersionIds(tx, where, now)).map((variantId) => ({ type, variantId }));
}

/**
 * `translation.outdated` for each translation that followed `source` up to
 * date before a change moved its text on (its contentVersion rose from
 * `before.contentVersion`). Only the work's source language has followers.
 */
export async function outdatedTranslations(tx: Tx, before: { id: string; articleId: string; locale: string; contentVersion: number }, contentVersionAfter: number): Promise<EventSubject[]> {
  if (contentVersionAfter <= before.contentVersion) return [];
  const article = await tx.article.findUnique({ where: { id: before.articleId }, select: { sourceLocale: true } });
  if (article?.sourceLocale !== before.locale) return [];
  const followers = await tx.articleVariant.findMany({
    where: { articleId: before.articleId, id: { not: before.id }, sourceVersion: { gte: before.contentVersion } },
    select: { id: true },
  });
  return followers.map((f) => ({ type: "translation.outdated" as const, variantId: f.id }));
}
