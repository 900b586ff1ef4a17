import { type ChildProcess, spawn } from "node:child_process";
import { lookup } from "node:dns/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { createArticle, saveVariant, setArticleTrashed, transitionVariant, updateArticleShared } from "../articles/mutations";
import { publishPendingVariant } from "../articles/pending";
import { articleVersionSchema } from "../api/schemas";
import { startTranslation } from "../translations/translate";
import type { Actor } from "../auth/actor-type";
import type { ChangedContent } from "../cache/revalidate";
import { db } from "../db";
import { type Jobs, startJobs } from "../jobs/worker";
import { makeActor, uid } from "../../../test/support/actors";
import { isPrivateAddress, newSigningSecret, sendWebhook } from "./send";

// Webhooks end to end on the real database and a real HTTP receiver on loopback:
// the outbox written with the change, pg-boss delivering, Standard Webhooks
// signatures checked with the reference library, retries, crashes.

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

/**
 * A receiver on 127.0.0.1 answering with `answer(n)` for the n-th request (0-based)
 * of each event (`webhook-id`): on Postgres other test files publish meanwhile,
 * and this file's endpoints receive their events too. `of(id)` is what came about one version.
 */
async function receiver(answer: (n: number, req: IncomingMessage, res: ServerResponse) => void = (_n, _req, res) => res.writeHead(204).end()) {
  const received: Received[] = [];
  const tries = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const id = String(req.headers["webhook-id"]);
      const n = tries.get(id) ?? 0;
      tries.set(id, n + 1);
      answer(n, req, res);
    });
  });
  await new Promise<void>((go) => server.listen(0, "127.0.0.1", go));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  const of = (variantId: string) => received.filter((r) => (JSON.parse(r.body) as { data?: { id?: string } }).data?.id === variantId);
  return { url, received, of, close: () => new Promise<void>((go) => server.close(() => go())) };
}

async function until<T>(what: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((go) => setTimeout(go, 50));
  }
}

let editor: Actor;
let authorId: string;
let jobs: Jobs | undefined;
const revalidated: ChangedContent[] = [];
const env = { ...process.env };

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
});

beforeEach(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = "true";
  // Endpoints of other tests must not receive this test's events.
  await db.webhookEndpoint.updateMany({ data: { enabled: false } });
  revalidated.length = 0;
});

afterEach(async () => {
  await jobs?.stop();
  jobs = undefined;
  process.env = { ...env };
});

afterAll(async () => {
  await db.webhookEndpoint.deleteMany({});
});

const startWorker = async () => {
  jobs = await startJobs({ url: process.env.DATABASE_URL!, revalidate: async (c) => void revalidated.push(c), pollMs: 200 });
  return jobs;
};

async function endpoint(url: string, events: string[]) {
  return db.webhookEndpoint.create({ data: { url, events, secret: newSigningSecret() } });
}

/** A draft with an author and a body, ready to publish. */
async function readyDraft(title = `Article ${uid()}`) {
  const { variantId } = await createArticle(editor, { locale: "en", title, authorIds: [authorId] });
  await saveVariant(editor, { variantId, baseVersion: 1, title, slug: "", summary: "", body: paragraphsToDocument(["Body text."]) });
  return variantId;
}

describe("webhooks", () => {
  it("delivers a publish to a subscriber, signed so the Standard Webhooks library verifies it", async () => {
    const hook = await receiver();
    const ep = await endpoint(hook.url, ["version.published"]);
    await startWorker();
    const variantId = await readyDraft();
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });

    const [delivery] = await until(() => (hook.of(variantId).length ? hook.of(variantId) : null));
    const verified = new Webhook(ep.secret).verify(delivery!.body, {
      "webhook-id": String(delivery!.headers["webhook-id"]),
      "webhook-timestamp": String(delivery!.headers["webhook-timestamp"]),
      "webhook-signature": String(delivery!.headers["webhook-signature"]),
    }) as { type: string; data: { id: string; status: string; url: string } };
    expect(verified.type).toBe("version.published");
    expect(verified.data).toMatchObject({ id: variantId, status: "PUBLISHED" });
    // The content API's own shape (src/server/api/schemas.ts), body as JSON and rendered HTML.
    expect(articleVersionSchema.safeParse(verified.data).error).toBeUndefined();
    expect(String(delivery!.headers["webhook-id"])).toMatch(/^msg_[0-9a-f]{32}$/);
    // A tampered body fails verification: the signature covers it.
    expect(() => new Webhook(ep.secret).verify(delivery!.body.replace("PUBLISHED", "ARCHIVED"), delivery!.headers as Record<string, string>)).toThrow();
    const log = await until(() => db.webhookDelivery.findFirst({ where: { endpointId: ep.id, eventId: String(delivery!.headers["webhook-id"]), status: "SUCCEEDED" } }));
    expect(log).toMatchObject({ attempts: 1, lastStatusCode: 204 });
    await hook.close();
  });

  it("writes no event when the change rolls back, and none nobody subscribes to", async () => {
    await endpoint("http://127.0.0.1:9/never", ["version.published"]);
    const variantId = await readyDraft();
    // (Other test files run beside this one on Postgres: only this version's events count.)
    const eventsOfIt = () => db.webhookEvent.count({ where: { payload: { path: ["data", "id"], equals: variantId } } });
    // Refused: based on a stale version — the transaction rolls back, and its event with it.
    await expect(transitionVariant(editor, { variantId, baseVersion: 1, transition: "publish" })).rejects.toThrow();
    // Submitting for review is not an event anyone subscribed to.
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "submit" });
    expect(await eventsOfIt()).toBe(0);
    // The same publish, from the right version, writes it.
    await transitionVariant(editor, { variantId, baseVersion: 3, transition: "publish" });
    expect(await eventsOfIt()).toBe(1);
  });

  it("records what each change means for subscribers: updates of live versions, outdated translations, unpublishing", async () => {
    await endpoint("http://127.0.0.1:9/never", ["version.published", "version.unpublished", "version.updated", "version.scheduled", "translation.outdated"]);
    const typesOf = async (variantId: string) =>
      (await db.webhookEvent.findMany({ where: { payload: { path: ["data", "id"], equals: variantId } }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
    const en = await readyDraft();
    await transitionVariant(editor, { variantId: en, baseVersion: 2, transition: "publish" });
    const { variantId: ar } = await startTranslation(editor, { sourceVariantId: en, locale: "ar" });
    const arSaved = await saveVariant(editor, { variantId: ar, baseVersion: 1, title: "عنوان", slug: "", summary: "", body: paragraphsToDocument(["نص."]) });
    await transitionVariant(editor, { variantId: ar, baseVersion: arSaved.version, transition: "publish" });
    expect(await typesOf(ar)).toEqual(["version.published"]);

    // The live English text edited: a pending change (nothing for subscribers yet), then published.
    const live = await db.articleVariant.findUniqueOrThrow({ where: { id: en } });
    const edit = await saveVariant(editor, { variantId: en, baseVersion: live.version, title: live.title, slug: live.slug, summary: "", body: paragraphsToDocument(["A new text."]) });
    expect(await typesOf(en)).toEqual(["version.published"]);
    await publishPendingVariant(editor, { variantId: en, baseVersion: edit.version });
    expect(await typesOf(en)).toEqual(["version.published", "version.updated"]);
    // …which leaves the Arabic translation behind its source.
    expect(await typesOf(ar)).toEqual(["version.published", "translation.outdated"]);

    // A shared field (the byline) changes both live versions; the trash takes both off the site.
    const { articleId } = await db.articleVariant.findUniqueOrThrow({ where: { id: en } });
    await updateArticleShared(editor, { articleId, heroCredit: "Photo: someone" });
    await setArticleTrashed(editor, { articleId }, true);
    expect(await typesOf(en)).toEqual(["version.published", "version.updated", "version.updated", "version.unpublished"]);
    expect((await typesOf(ar)).slice(-2)).toEqual(["version.updated", "version.unpublished"]);
  });

  it("retries a receiver that is down with growing delays, and delivers once it is back", async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = "1,2,3";
    const hook = await receiver((n, _req, res) => res.writeHead(n < 2 ? 503 : 200).end(n < 2 ? "down" : "ok"));
    const ep = await endpoint(hook.url, ["version.published"]);
    await startWorker();
    const variantId = await readyDraft();
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });

    const ofIt = { endpointId: ep.id, event: { payload: { path: ["data", "id"], equals: variantId } } };
    const done = await until(() => db.webhookDelivery.findFirst({ where: { ...ofIt, status: "SUCCEEDED" } }), 20_000);
    expect(done.attempts).toBe(3);
    const tries = hook.of(variantId);
    expect(tries).toHaveLength(3);
    // The same event each time (the receiver's idempotency key), later each time.
    expect(new Set(tries.map((r) => r.headers["webhook-id"])).size).toBe(1);
    const gaps = [tries[1]!.at - tries[0]!.at, tries[2]!.at - tries[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    // The endpoint is healthy again.
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).failingSince).toBeNull();
    await hook.close();
  });

  it("publishes a scheduled version at its time: the status, the pages and the subscribers within 5 s", async () => {
    const hook = await receiver();
    await endpoint(hook.url, ["version.published"]);
    await startWorker();
    const variantId = await readyDraft();
    const publishAt = new Date(Date.now() + 1500);
    await db.articleVariant.update({ where: { id: variantId }, data: { status: "SCHEDULED", publishAt } });

    const [delivery] = await until(() => (hook.of(variantId).length ? hook.of(variantId) : null), 10_000);
    expect(delivery!.at - publishAt.getTime()).toBeLessThan(5_000);
    expect(JSON.parse(delivery!.body)).toMatchObject({ type: "version.published", data: { id: variantId } });
    expect(await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({ status: "PUBLISHED", publishedAt: publishAt });
    expect(revalidated.some((c) => c.variantIds?.includes(variantId))).toBe(true);
    await hook.close();
  });

  it("never follows a redirect, and refuses private addresses unless allowed", async () => {
    const elsewhere = await receiver();
    const redirecting = await receiver((_n, _req, res) => res.writeHead(302, { Location: elsewhere.url }).end());
    const secret = newSigningSecret();
    const redirected = await sendWebhook({ url: redirecting.url, secret, msgId: "msg_1", body: "{}" });
    expect(redirected).toMatchObject({ ok: false, statusCode: 302 });
    expect(elsewhere.received).toHaveLength(0);

    process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = "false";
    const refused = await sendWebhook({ url: elsewhere.url, secret, msgId: "msg_2", body: "{}" });
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toMatch(/private/);
    for (const literal of ["[::1]", "[::ffff:127.0.0.1]", "2130706433", "localhost"]) {
      expect(await sendWebhook({ url: elsewhere.url.replace("127.0.0.1", literal), secret, msgId: "msg_3", body: "{}" })).toMatchObject({ ok: false, statusCode: null });
    }
    expect(["10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "fd00::1", "fe80::1"].every(isPrivateAddress)).toBe(true);
    expect(["93.184.215.14", "2606:4700::1111"].some(isPrivateAddress)).toBe(false);
    // A name (here the machine's own, in /etc/hosts) that resolves to loopback is refused when connecting.
    const own = await lookup(hostname()).catch(() => null);
    if (own && isPrivateAddress(own.address)) {
      const byName = await sendWebhook({ url: elsewhere.url.replace("127.0.0.1", hostname()), secret, msgId: "msg_4", body: "{}" });
      expect(byName.error).toMatch(/private address/);
    }
    expect(elsewhere.received).toHaveLength(0);
    await elsewhere.close();
    await redirecting.close();
  });

  it("delivers after the worker is killed (kill -9) in the middle of a delivery", async () => {
    // The first request hangs (the worker dies while it waits); the next is answered.
    const hook = await receiver((n, _req, res) => {
      if (n > 0) res.writeHead(200).end("ok");
    });
    await endpoint(hook.url, ["version.published"]);
    const variantId = await readyDraft();
    // Committed while no worker runs: the outbox keeps it.
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });

    const child = workerProcess();
    await until(() => hook.of(variantId).length >= 1, 20_000);
    child.kill("SIGKILL");
    await new Promise((go) => child.once("exit", go));
    const second = workerProcess();
    try {
      await until(() => hook.of(variantId).length >= 2, 30_000);
      const [first, again] = hook.of(variantId);
      expect(again!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
      await until(() => db.webhookDelivery.findFirst({ where: { event: { payload: { path: ["data", "id"], equals: variantId } }, status: "SUCCEEDED" } }), 10_000);
    } finally {
      second.kill("SIGKILL");
      await hook.close();
    }
  }, 60_000);
});

/** The worker alone in a process of its own, on the test database (test/support/jobs-worker.ts). */
function workerProcess(): ChildProcess {
  const script = path.resolve(import.meta.dirname, "../../../test/support/jobs-worker.ts");
  return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script], {
    env: { ...process.env, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true", JOBS_EXPIRE_SECONDS: "2", JOBS_MAINTENANCE_SECONDS: "1", JOBS_RETRY_DELAY_SECONDS: "1", WEBHOOK_TIMEOUT_MS: "60000" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}
