import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { pngBytes } from "../../../test/support/test-images";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { makeActor } from "../../../test/support/actors";
import { gifBomb } from "../../../test/support/image-bombs";
import { uploadFromRequest } from "./upload-request";

// The actor is passed in; the session lookup (next/headers, next-intl's navigation) is not needed here.
vi.mock("@/server/auth/actor", () => ({ getActor: async () => null }));

let dir: string;
let editor: Actor;
let translator: Actor;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "media-upload-"));
  process.env.MEDIA_DIR = dir;
  editor = await makeActor("EDITOR");
  translator = await makeActor("TRANSLATOR", { locales: ["ar"] });
});
beforeEach(() => {
  delete process.env.MEDIA_MAX_BYTES;
});
afterAll(async () => {
  delete process.env.MEDIA_DIR;
  await rm(dir, { recursive: true, force: true });
});

const SITE = "http://press.example";

/** A multipart upload as a browser sends it, with a body that records whether anyone read it. */
async function uploadRequest(fields: Record<string, string | Blob>, { headers = {} as Record<string, string>, chunked = false } = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = new Response(form);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const read = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      // 64 KB at a time, as a socket delivers it.
      const chunk = bytes.subarray(read.bytes, read.bytes + 65_536);
      read.bytes += chunk.length;
      if (chunk.length) controller.enqueue(chunk);
      else controller.close();
    },
  }, { highWaterMark: 0 });
  const request = new Request(`${SITE}/api/media`, {
    method: "POST",
    body,
    duplex: "half",
    headers: { Host: "press.example", Origin: SITE, "Content-Type": encoded.headers.get("content-type")!, ...(chunked ? {} : { "Content-Length": String(bytes.length) }), ...headers },
  } as RequestInit);
  return { request, read, size: bytes.length };
}

const png = (bytes: Uint8Array, name = "a.png") => new File([new Uint8Array(bytes)], name, { type: "image/png" });
const stored = async () => ({ rows: await db.media.count(), files: (await readdir(dir).catch(() => [])).length });

describe("uploads through their own route: origin, session and permission before the body", () => {
  it("stores an editor's image and answers 201 with the item", async () => {
    const { request } = await uploadRequest({ file: png(pngBytes(4, 3), "red.png"), credit: "Studio", "alt.ar": "مربع" });
    const response = await uploadFromRequest(editor, request);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ok: true, data: { width: 4, height: 3, credit: "Studio", alts: { ar: "مربع" }, originalName: "red.png" } });
  });

  it("refuses another site's page, nobody, and a translator — without reading the body", async () => {
    const before = await stored();
    for (const [actor, headers, status, error] of [
      [editor, { Origin: "https://evil.example" }, 403, "forbidden"],
      [editor, { Origin: "" }, 403, "forbidden"],
      [null, {}, 401, "unauthenticated"],
      [translator, {}, 403, "forbidden"],
    ] as const) {
      const { request, read } = await uploadRequest({ file: png(pngBytes()) }, { headers });
      const response = await uploadFromRequest(actor, request);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ ok: false, error });
      expect(read.bytes).toBe(0);
    }
    expect(await stored()).toEqual(before);
  });

  it("answers 413 to a body over the limit: by its Content-Length unread, and while streaming when it has none", async () => {
    process.env.MEDIA_MAX_BYTES = String(200 * 1024);
    const before = await stored();
    const big = png(Buffer.concat([pngBytes(), Buffer.alloc(400 * 1024)]));
    const declared = await uploadRequest({ file: big });
    const response = await uploadFromRequest(editor, declared.request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: "validation", fields: ["file"], issues: [{ field: "file", message: "fileTooLarge" }] });
    expect(declared.read.bytes).toBe(0);

    const chunked = await uploadRequest({ file: big }, { chunked: true });
    expect((await uploadFromRequest(editor, chunked.request)).status).toBe(413);
    // Read up to the limit (and a chunk), never the whole body.
    expect(chunked.read.bytes).toBeLessThan(chunked.size);
    expect(await stored()).toEqual(before);
  });

  it("refuses a GIF bomb with the figures its message shows, and what is not a multipart form", async () => {
    const before = await stored();
    const { request } = await uploadRequest({ file: new File([new Uint8Array(gifBomb())], "tiny.gif", { type: "image/gif" }) });
    const response = await uploadFromRequest(editor, request);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: "validation",
      fields: ["file"],
      issues: [{ field: "file", message: "tooManyPixels", params: { megapixels: 144, maxMegapixels: 53.6 } }],
    });
    const notForm = new Request(`${SITE}/api/media`, { method: "POST", body: "{}", headers: { Host: "press.example", Origin: SITE, "Content-Type": "application/json" } });
    expect((await uploadFromRequest(editor, notForm)).status).toBe(415);
    expect(await stored()).toEqual(before);
  });
});
