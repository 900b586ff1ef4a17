import { describe, expect, it } from "vitest";
import { detectFormat, inspectImage, readDimensions } from "./sniff";
import {
  avifBytes,
  gifBytes,
  htmlBytes,
  jpegBytes,
  pngBytes,
  svgBytes,
  svgPolyglotBytes,
  webpExtendedBytes,
  webpLosslessBytes,
  webpLossyBytes,
} from "../../../test/support/test-images";

describe("content sniffing", () => {
  it.each([
    ["PNG", pngBytes(2, 1), "png", "image/png", "png", 2, 1],
    ["JPEG", jpegBytes(3, 2), "jpeg", "image/jpeg", "jpg", 3, 2],
    ["GIF", gifBytes(4, 5), "gif", "image/gif", "gif", 4, 5],
    ["WebP lossy", webpLossyBytes(6, 7), "webp", "image/webp", "webp", 6, 7],
    ["WebP lossless", webpLosslessBytes(8, 9), "webp", "image/webp", "webp", 8, 9],
    ["WebP extended", webpExtendedBytes(1000, 600), "webp", "image/webp", "webp", 1000, 600],
    ["AVIF", avifBytes(10, 11), "avif", "image/avif", "avif", 10, 11],
  ] as const)("recognises %s by its bytes and reads its size", (_name, bytes, format, mimeType, extension, width, height) => {
    expect(inspectImage(bytes)).toEqual({ ok: true, image: { format, mimeType, extension, width, height } });
  });

  it("reads large dimensions (JPEG 16-bit, PNG 32-bit)", () => {
    expect(readDimensions(jpegBytes(4032, 3024), "jpeg")).toEqual({ width: 4032, height: 3024 });
    expect(readDimensions(pngBytes(1, 1).fill(0, 16, 24), "png")).toBeNull();
  });

  it("refuses SVG, with its own reason", () => {
    expect(inspectImage(svgBytes())).toEqual({ ok: false, problem: "svgRefused" });
    expect(inspectImage(Buffer.from("\uFEFF  <svg viewBox='0 0 1 1'/>"))).toEqual({ ok: false, problem: "svgRefused" });
    expect(inspectImage(Buffer.from('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ""><svg/>'))).toEqual({ ok: false, problem: "svgRefused" });
  });

  it("refuses a polyglot that starts with <svg even though it carries PNG bytes", () => {
    expect(inspectImage(svgPolyglotBytes())).toEqual({ ok: false, problem: "svgRefused" });
  });

  it("refuses HTML whatever it is called, and other non-images", () => {
    expect(inspectImage(htmlBytes())).toEqual({ ok: false, problem: "notAnImage" });
    expect(inspectImage(Buffer.from("%PDF-1.7\n"))).toEqual({ ok: false, problem: "notAnImage" });
    expect(inspectImage(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toEqual({ ok: false, problem: "notAnImage" });
    expect(detectFormat(Buffer.from("\0\0\0\x18ftypmp42\0\0\0\0mp42isom"))).toBeNull();
  });

  it("refuses an empty file, and a truncated header", () => {
    expect(inspectImage(new Uint8Array(0))).toEqual({ ok: false, problem: "fileEmpty" });
    expect(inspectImage(pngBytes().subarray(0, 12))).toEqual({ ok: false, problem: "notAnImage" });
    expect(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, problem: "notAnImage" });
    expect(inspectImage(Buffer.from("GIF89a"))).toEqual({ ok: false, problem: "notAnImage" });
  });

  it("refuses an image with absurd pixel counts (a decompression bomb for the thumbnailer)", () => {
    const bomb = pngBytes(1, 1);
    bomb.writeUInt32BE(60_000, 16);
    bomb.writeUInt32BE(60_000, 20);
    expect(inspectImage(bomb)).toEqual({ ok: false, problem: "tooManyPixels" });
  });
});
