// The request body limits of `npm start` (scripts/body-limit.mjs), over real HTTP.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "@/lib/rich-text/schema";
import nextConfig from "../next.config";
import { ACTION_BODY_LIMIT, refuseOversizedBody } from "../scripts/body-limit.mjs";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that refuses as serve.mjs does, and otherwise reads the whole body and says how long it was. */
async function start() {
  server = createServer((req, res) => {
    if (refuseOversizedBody(req, res)) return;
    let length = 0;
    req.on("data", (chunk: Buffer) => (length += chunk.length));
    req.on("end", () => res.end(`read ${length}`));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe("request body limits", () => {
  it("answers 413 to a server action's body over 1 MB before reading it, and lets a long article's autosave through", async () => {
    const base = await start();
    const post = (body: BodyInit, path = "/en/dashboard/articles/x", headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, { method: "POST", body, headers: { "Next-Action": "0".repeat(42), ...headers }, duplex: "half" } as RequestInit);
    const oversized = await post("y".repeat(12 * 1024 * 1024));
    expect(oversized.status).toBe(413);
    expect(oversized.headers.get("connection")).toBe("close");
    // The largest legitimate payload: a document at its size limit, with a title and a summary.
    const autosave = JSON.stringify([{ variantId: "v", baseVersion: 1, title: "t".repeat(300), summary: "s".repeat(1000), body: { type: "doc", text: "x".repeat(MAX_DOCUMENT_BYTES) } }]);
    expect(Buffer.byteLength(autosave)).toBeLessThan(ACTION_BODY_LIMIT);
    const fits = await post(autosave);
    expect(await fits.text()).toBe(`read ${Buffer.byteLength(autosave)}`);
    // A body of unknown length (chunked) must say its length first.
    const stream = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("[]")), c.close()) });
    expect((await post(stream)).status).toBe(411);
    // Any other POST has the same limit (next-auth's sign-in reads its whole body too).
    expect((await post("y".repeat(ACTION_BODY_LIMIT + 1), "/api/auth/callback/credentials")).status).toBe(413);
  });

  it("leaves uploads to their route, which checks the session first and then its own limit", async () => {
    const base = await start();
    const upload = await fetch(`${base}/api/media`, { method: "POST", body: "y".repeat(3 * 1024 * 1024) });
    expect(await upload.text()).toBe(`read ${3 * 1024 * 1024}`);
    expect((await fetch(`${base}/en`)).status).toBe(200);
  });

  it("is the limit Next applies to server actions and to the proxy's copy of a body", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(ACTION_BODY_LIMIT);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(ACTION_BODY_LIMIT);
  });
});
