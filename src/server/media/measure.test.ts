import { describe, expect, it } from "vitest";
import { maxFramePixels } from "@/lib/media/limits";
import { inspectImage } from "@/lib/media/sniff";
import { avifBytes, gifBytes, jpegBytes, pngBytes, svgBytes, webpLossyBytes } from "../../../test/support/test-images";
import { gifBomb } from "../../../test/support/image-bombs";
import { realImage } from "../../../test/support/real-images";
import { measureImage } from "./measure";

describe("images are measured by the decoder that will decode them", () => {
  it("refuses a GIF whose screen says 1×1 around a 12000×12000 frame (the header alone passes)", async () => {
    const bomb = gifBomb({ screen: 1, width: 12_000, height: 12_000 });
    expect(bomb.length).toBeLessThan(150_000);
    // The header a byte reader sees is harmless…
    expect(inspectImage(bomb)).toMatchObject({ ok: true, image: { width: 1, height: 1 } });
    // …the decoder's canvas is not.
    expect(await measureImage(bomb)).toEqual({ ok: false, problem: "tooManyPixels", megapixels: 144, maxMegapixels: 53.6 });
  });

  it("holds each format to what decoding it costs: a 16-megapixel AVIF is refused, the same JPEG accepted", async () => {
    expect(await measureImage(await realImage("avif", 4000, 4000))).toMatchObject({ ok: false, problem: "tooManyPixels", megapixels: 16, maxMegapixels: 13.4 });
    expect(await measureImage(await realImage("jpeg", 4000, 4000))).toMatchObject({ ok: true, image: { format: "jpeg", width: 4000, height: 4000, frames: 1 } });
    // A GIF frame just over its limit, and one within it.
    const side = Math.ceil(Math.sqrt(maxFramePixels("gif", false))) + 1;
    expect(await measureImage(gifBomb({ width: side, height: side }))).toMatchObject({ ok: false, problem: "tooManyPixels" });
    expect(await measureImage(gifBomb({ screen: 10, width: 2000, height: 1000 }))).toMatchObject({ ok: true, image: { width: 2000, height: 1000 } });
  });

  it("reads every frame: an animation is measured frame by frame and in all", async () => {
    expect(await measureImage(gifBomb({ screen: 10, width: 300, height: 200, frames: 5 }))).toEqual({
      ok: true,
      image: { format: "gif", mimeType: "image/gif", extension: "gif", width: 300, height: 200, frames: 5 },
    });
    // 60 frames of 9 megapixels: each is fine, together they are 540.
    expect(await measureImage(gifBomb({ screen: 10, width: 3000, height: 3000, frames: 60 }))).toMatchObject({ ok: false, problem: "tooManyFrames" });
  });

  it("takes the size from the decoder, for every accepted format", async () => {
    for (const format of ["jpeg", "png", "webp", "gif", "avif"] as const) {
      expect(await measureImage(await realImage(format, 30, 20)), format).toMatchObject({ ok: true, image: { format, width: 30, height: 20, frames: 1 } });
    }
    // Progressive JPEG needs the whole image in memory: a lower limit than baseline's.
    expect(maxFramePixels("jpeg", true)).toBeLessThan(maxFramePixels("jpeg", false));
  });

  it("refuses a header with no image behind it, and what the sniffer refuses", async () => {
    for (const bytes of [jpegBytes(30, 20), gifBytes(4, 5), webpLossyBytes(6, 7), avifBytes(10, 11), pngBytes(2, 2).subarray(0, 40)]) {
      expect(await measureImage(bytes)).toEqual({ ok: false, problem: "notAnImage" });
    }
    expect(await measureImage(svgBytes())).toEqual({ ok: false, problem: "svgRefused" });
    expect(await measureImage(new Uint8Array(0))).toEqual({ ok: false, problem: "fileEmpty" });
  });
});
