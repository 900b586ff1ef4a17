import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pngBytes } from "../../../../test/support/test-images";
import { gifBomb } from "../../../../test/support/image-bombs";
import { GET } from "./route";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "media-route-"));
  process.env.MEDIA_DIR = dir;
});
afterAll(async () => {
  delete process.env.MEDIA_DIR;
  await rm(dir, { recursive: true, force: true });
});

const get = (key: string) => GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key }) });

describe("the media route", () => {
  it("does not serve a bomb stored before uploads were measured (the image optimizer fetches it here before decoding)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await writeFile(path.join(dir, "0123456789abcdef0123456789abcdef.gif"), gifBomb({ screen: 1, width: 12_000, height: 12_000 }));
    const refused = await get("0123456789abcdef0123456789abcdef.gif");
    expect(refused.status).toBe(410);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("0123456789abcdef0123456789abcdef.gif"));
    // The verdict is kept: asked again, the same answer.
    expect((await get("0123456789abcdef0123456789abcdef.gif")).status).toBe(410);
    warn.mockRestore();
  });

  it("serves a stored image that passes, and 404s what is not there", async () => {
    const png = pngBytes(4, 3);
    await writeFile(path.join(dir, "fedcba9876543210fedcba9876543210.png"), png);
    const served = await get("fedcba9876543210fedcba9876543210.png");
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);
    expect((await get("00000000000000000000000000000000.png")).status).toBe(404);
    expect((await get("..%2Fx.png")).status).toBe(404);
  });
});
