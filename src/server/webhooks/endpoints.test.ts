import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { makeActor } from "../../../test/support/actors";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "./endpoints";

let admin: Actor;
let editor: Actor;
const env = { ...process.env };

beforeAll(async () => {
  admin = await makeActor("ADMIN");
  editor = await makeActor("EDITOR");
});
afterEach(() => {
  process.env = { ...env };
});

const audits = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, data: true } });

describe("webhook endpoints", () => {
  it("are admins' only: an editor can neither list nor register them", async () => {
    await expect(listWebhookEndpoints(editor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createWebhookEndpoint(editor, { url: "https://example.org/hook", events: ["version.published"] })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuse bad URLs and private addresses, naming the field, and write nothing", async () => {
    const before = await db.webhookEndpoint.count();
    for (const [url, message] of [
      ["ftp://example.org/x", "invalidUrl"],
      ["https://user:pass@example.org/x", "invalidUrl"],
      ["not a url", "invalidUrl"],
      ["http://127.0.0.1:8080/x", "privateAddress"],
      ["http://localhost/x", "privateAddress"],
      ["http://169.254.169.254/latest/meta-data", "privateAddress"],
      ["http://[::1]/x", "privateAddress"],
    ] as const) {
      const error = (await createWebhookEndpoint(admin, { url, events: ["version.published"] }).catch((e) => e)) as ValidationError;
      expect(error, url).toBeInstanceOf(ValidationError);
      expect(error.issues[0]).toMatchObject({ path: ["url"], message });
    }
    const noEvents = (await createWebhookEndpoint(admin, { url: "https://example.org/x", events: [] }).catch((e) => e)) as ValidationError;
    expect(noEvents.issues[0]).toMatchObject({ path: ["events"], message: "noEvents" });
    expect(await db.webhookEndpoint.count()).toBe(before);
  });

  it("give the secret once, rotate it, and audit every change without the secret", async () => {
    const { id, secret } = await createWebhookEndpoint(admin, { url: "https://example.org/hook", events: ["version.published", "author.updated"], description: "Newsletter" });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const listed = (await listWebhookEndpoints(admin)).find((e) => e.id === id)!;
    expect(listed).toMatchObject({ url: "https://example.org/hook", description: "Newsletter", enabled: true });
    expect(JSON.stringify(listed)).not.toContain(secret);

    const { secret: next } = await rotateWebhookSecret(admin, { id });
    expect(next).not.toBe(secret);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).secret).toBe(next);
    await updateWebhookEndpoint(admin, { id, url: "https://example.org/hook2", events: ["debate.published"], description: "", enabled: false });
    await deleteWebhookEndpoint(admin, { id });
    const trail = await audits(id);
    expect(trail.map((a) => a.action)).toEqual(["webhook.create", "webhook.rotate-secret", "webhook.update", "webhook.delete"]);
    expect(JSON.stringify(trail)).not.toContain(secret);
    expect(JSON.stringify(trail)).not.toContain(next);
  });

  it("send a delivery again on request, as a new job, and refuse it for a paused endpoint", async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = "true";
    const { id } = await createWebhookEndpoint(admin, { url: "http://127.0.0.1:9/down", events: ["version.published"] });
    const event = await db.webhookEvent.create({ data: { id: `msg_test${Date.now()}`, type: "version.published", payload: { type: "version.published", data: {} }, dispatchedAt: new Date() } });
    const delivery = await db.webhookDelivery.create({ data: { eventId: event.id, endpointId: id, status: "FAILED", attempts: 8 } });
    const jobsBefore = await jobCount(delivery.id);
    await redeliverWebhook(admin, { deliveryId: delivery.id });
    expect(await jobCount(delivery.id)).toBe(jobsBefore + 1);
    expect((await listWebhookDeliveries(admin, id))[0]).toMatchObject({ id: delivery.id, status: "PENDING", eventType: "version.published" });
    await updateWebhookEndpoint(admin, { id, url: "http://127.0.0.1:9/down", events: ["version.published"], description: "", enabled: false });
    await expect(redeliverWebhook(admin, { deliveryId: delivery.id })).rejects.toMatchObject({ reason: "endpointDisabled" });
    expect(await jobCount(delivery.id)).toBe(jobsBefore + 1);
    await deleteWebhookEndpoint(admin, { id });
  });
});

/** Delivery jobs for `deliveryId` in pg-boss's table (a worker may not run in this file: none is started). */
async function jobCount(deliveryId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'webhook-deliver' AND data->>'deliveryId' = ${deliveryId}`;
  return Number(rows[0]!.n);
}
