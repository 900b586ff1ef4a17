import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { enqueue, QUEUES } from "../jobs/queue";
import { sendWebhook } from "./send";

// From the outbox to the receivers: `dispatchEvents` turns each new event into
// one delivery per subscribed endpoint, each a job on the queue; `attemptDelivery`
// is one try of one delivery, run by the queue's worker, which schedules the next
// try (as a job of its own) when it fails.

/**
 * Seconds from one failed try to the next: after the first try, 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h and 10 h — 8 tries over about 27 hours (Svix's
 * schedule for Standard Webhooks). WEBHOOK_RETRY_SCHEDULE overrides it
 * (comma-separated seconds; the tests use short ones).
 */
export function retrySchedule(): number[] {
  const configured = process.env.WEBHOOK_RETRY_SCHEDULE;
  const parsed = configured?.split(",").map((s) => Number(s.trim()));
  return parsed && parsed.length && parsed.every((n) => Number.isFinite(n) && n >= 0) ? parsed : [5, 300, 1800, 7200, 18000, 36000, 36000];
}

/** An endpoint whose deliveries all failed for this long is disabled (WEBHOOK_DISABLE_AFTER_HOURS, default 5 days). */
function disableAfterMs(): number {
  return Number(process.env.WEBHOOK_DISABLE_AFTER_HOURS ?? 120) * 3_600_000;
}

/**
 * Fans out up to `limit` events not yet dispatched: a delivery row and a job for
 * each enabled endpoint that subscribes to the event's type, and the event marked
 * dispatched — all in one transaction, with the events locked (`SKIP LOCKED`) so
 * that two instances never dispatch the same one. Returns how many it took.
 */
export async function dispatchEvents(limit = 100): Promise<number> {
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; type: string }[]>`
      SELECT "id", "type" FROM "WebhookEvent" WHERE "dispatchedAt" IS NULL
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (!events.length) return 0;
    const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, events: true } });
    for (const event of events) {
      for (const endpoint of endpoints.filter((e) => e.events.includes(event.type))) {
        const delivery = await tx.webhookDelivery.create({ data: { eventId: event.id, endpointId: endpoint.id, nextAttemptAt: new Date() } });
        await enqueue(tx, QUEUES.deliver, { deliveryId: delivery.id });
      }
    }
    await tx.webhookEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { dispatchedAt: new Date() } });
    return events.length;
  });
}

/**
 * One try of a delivery. On success it is done; on failure the next try is
 * scheduled from `retrySchedule()` (or the delivery gives up), and an endpoint
 * failing for longer than the limit is disabled, with the reason shown to admins.
 * A delivery already done is not sent again (a job run twice after a crash).
 */
export async function attemptDelivery(deliveryId: string, now: () => Date = () => new Date()): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true, event: true } });
  if (!delivery || delivery.status === "SUCCEEDED" || delivery.status === "FAILED") return;
  if (!delivery.endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "FAILED", lastError: "endpoint disabled", nextAttemptAt: null } });
    return;
  }
  const result = await sendWebhook({ url: delivery.endpoint.url, secret: delivery.endpoint.secret, msgId: delivery.event.id, body: JSON.stringify(delivery.event.payload) });
  const at = now();
  const attempts = delivery.attempts + 1;
  const attempt = { attempts, lastStatusCode: result.statusCode, lastDurationMs: result.durationMs, lastAttemptAt: at, lastError: result.error };
  await db.$transaction(async (tx) => {
    if (result.ok) {
      await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...attempt, status: "SUCCEEDED", deliveredAt: at, nextAttemptAt: null } });
      if (delivery.endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: delivery.endpointId }, data: { failingSince: null } });
      return;
    }
    const delay = retrySchedule()[attempts - 1];
    const next = delay === undefined ? null : new Date(at.getTime() + delay * 1000);
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...attempt, status: next ? "RETRYING" : "FAILED", nextAttemptAt: next } });
    if (next) await enqueue(tx, QUEUES.deliver, { deliveryId }, { startAfter: next });
    const failingSince = delivery.endpoint.failingSince;
    if (!failingSince) {
      await tx.webhookEndpoint.update({ where: { id: delivery.endpointId }, data: { failingSince: at } });
    } else if (at.getTime() - failingSince.getTime() >= disableAfterMs()) {
      const reason = `Every delivery failed since ${failingSince.toISOString()} (last: ${result.error ?? "error"})`;
      await tx.webhookEndpoint.update({ where: { id: delivery.endpointId }, data: { enabled: false, disabledReason: reason } });
      await recordAudit(tx, { actor: null, action: "webhook.auto-disable", entityType: "WebhookEndpoint", entityId: delivery.endpointId, data: { reason } });
    }
  });
}
