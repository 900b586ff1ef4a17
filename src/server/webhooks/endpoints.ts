import "server-only";
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "../errors";
import { enqueue, QUEUES } from "../jobs/queue";
import { assertCan } from "../permissions";
import { newSigningSecret, receiverUrlProblem } from "./send";

// Admins' webhook endpoints: register, change, pause, rotate the secret, delete;
// read the delivery log and send a delivery again. Every change is audited (the
// secret never is: the audit log is read by more eyes than this page).

const id = z.string().min(1).max(64);
const endpointFields = {
  url: z.string().trim().min(1).max(2000),
  description: z.string().trim().max(200).default(""),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, "noEvents"),
};
const createSchema = z.object(endpointFields);
const updateSchema = z.object({ id, ...endpointFields, enabled: z.boolean() });
const idSchema = z.object({ id });
const deliverySchema = z.object({ deliveryId: id });

function assertReceiverUrl(url: string): void {
  const problem = receiverUrlProblem(url);
  if (problem) throw new ValidationError([{ code: "custom", path: ["url"], message: problem, input: url }]);
}

export interface EndpointSummary {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
  counts: { succeeded: number; failing: number; pending: number };
}

export async function listWebhookEndpoints(actor: Actor | null): Promise<EndpointSummary[]> {
  assertCan(actor, "webhook.manage");
  const [endpoints, counts] = await Promise.all([
    db.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, omit: { secret: true } }),
    db.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } }),
  ]);
  const countOf = (endpointId: string, statuses: string[]) =>
    counts.filter((c) => c.endpointId === endpointId && statuses.includes(c.status)).reduce((sum, c) => sum + c._count._all, 0);
  return endpoints.map((e) => ({
    ...e,
    counts: { succeeded: countOf(e.id, ["SUCCEEDED"]), failing: countOf(e.id, ["RETRYING", "FAILED"]), pending: countOf(e.id, ["PENDING"]) },
  }));
}

export interface DeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/** The newest deliveries to an endpoint (the log: status, response code, duration, next try). */
export async function listWebhookDeliveries(actor: Actor | null, endpointId: string, take = 50): Promise<DeliveryRow[]> {
  assertCan(actor, "webhook.manage");
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    omit: { endpointId: true, deliveredAt: true },
    include: { event: { select: { type: true } } },
  });
  return rows.map(({ event, ...row }) => ({ ...row, eventType: event.type }));
}

/** Registers an endpoint; its signing secret is in the answer, this once. */
export async function createWebhookEndpoint(actor: Actor | null, input: unknown): Promise<{ id: string; secret: string }> {
  assertCan(actor, "webhook.manage");
  const data = parseInput(createSchema, input);
  assertReceiverUrl(data.url);
  const secret = newSigningSecret();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({ data: { ...data, secret } });
    await recordAudit(tx, { actor, action: "webhook.create", entityType: "WebhookEndpoint", entityId: endpoint.id, data: { url: data.url, events: data.events } });
    return { id: endpoint.id, secret };
  });
}

export async function updateWebhookEndpoint(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "webhook.manage");
  const data = parseInput(updateSchema, input);
  assertReceiverUrl(data.url);
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: data.id }, omit: { secret: true } });
    if (!before) throw new NotFoundError("webhookEndpoint");
    await tx.webhookEndpoint.update({
      where: { id: data.id },
      // Enabled again by an admin: its failures so far no longer count towards disabling it.
      data: { url: data.url, description: data.description, events: data.events, enabled: data.enabled, ...(data.enabled ? { disabledReason: null, ...(before.enabled ? {} : { failingSince: null }) } : {}) },
    });
    await recordAudit(tx, {
      actor,
      action: "webhook.update",
      entityType: "WebhookEndpoint",
      entityId: data.id,
      data: { before: { url: before.url, events: before.events, enabled: before.enabled }, after: { url: data.url, events: data.events, enabled: data.enabled } },
    });
    return { id: data.id };
  });
}

/** A new signing secret (the old one stops at once); in the answer, this once. */
export async function rotateWebhookSecret(actor: Actor | null, input: unknown): Promise<{ secret: string }> {
  assertCan(actor, "webhook.manage");
  const { id: endpointId } = parseInput(idSchema, input);
  const secret = newSigningSecret();
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId }, data: { secret } });
    if (count !== 1) throw new NotFoundError("webhookEndpoint");
    await recordAudit(tx, { actor, action: "webhook.rotate-secret", entityType: "WebhookEndpoint", entityId: endpointId });
    return { secret };
  });
}

export async function deleteWebhookEndpoint(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "webhook.manage");
  const { id: endpointId } = parseInput(idSchema, input);
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { url: true } });
    if (!endpoint) throw new NotFoundError("webhookEndpoint");
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, { actor, action: "webhook.delete", entityType: "WebhookEndpoint", entityId: endpointId, data: { url: endpoint.url } });
  });
}

/** Sends a delivery again now (same event, same id: receivers drop it if they had it), whatever its state. */
export async function redeliverWebhook(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "webhook.manage");
  const { deliveryId } = parseInput(deliverySchema, input);
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: { select: { enabled: true } } } });
    if (!delivery) throw new NotFoundError("webhookDelivery");
    if (!delivery.endpoint.enabled) throw new ConflictError("endpointDisabled");
    // The tries it had left stay as they were (a delivery that had given up gets this one try).
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "PENDING", nextAttemptAt: new Date() } });
    await enqueue(tx, QUEUES.deliver, { deliveryId });
    await recordAudit(tx, { actor, action: "webhook.redeliver", entityType: "WebhookEndpoint", entityId: delivery.endpointId, data: { deliveryId, eventId: delivery.eventId } });
  });
}
