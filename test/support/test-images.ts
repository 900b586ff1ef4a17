import { deflateSync } from "node:zlib";

// Tiny, real image files built byte by byte, for tests (Vitest and Playwright).
// The PNG is complete and decodable; the others carry valid headers.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(value >>> 0);
  return b;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  return Buffer.concat([u32(data.length), typed, u32(crc32(typed))]);
}

/** A real RGB PNG of `width`×`height`, filled with one colour. */
export function pngBytes(width = 2, height = 1, rgb: [number, number, number] = [200, 30, 30]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** JPEG: SOI, a JFIF APP0 segment, an EXIF-like APP1 to skip, a baseline frame header (SOF0), EOI. */
export function jpegBytes(width = 3, height = 2): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const app1Payload = Buffer.alloc(40, 0x20);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([0, app1Payload.length + 2]), app1Payload]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, app1, sof0, Buffer.from([0xff, 0xd9])]);
}

export function gifBytes(width = 4, height = 5): Buffer {
  const b = Buffer.alloc(13);
  b.write("GIF89a", 0, "ascii");
  b.writeUInt16LE(width, 6);
  b.writeUInt16LE(height, 8);
  return Buffer.concat([b, Buffer.from([0x3b])]);
}

function riffWebp(chunk: string, payload: Buffer): Buffer {
  const chunkHeader = Buffer.alloc(8);
  chunkHeader.write(chunk, 0, "ascii");
  chunkHeader.writeUInt32LE(payload.length, 4);
  const body = Buffer.concat([Buffer.from("WEBP", "ascii"), chunkHeader, payload]);
  const riff = Buffer.alloc(8);
  riff.write("RIFF", 0, "ascii");
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

/** Lossy WebP ("VP8 "): frame tag, start code, 14-bit width and height. */
export function webpLossyBytes(width = 6, height = 7): Buffer {
  const p = Buffer.alloc(10);
  p.set([0x9d, 0x01, 0x2a], 3);
  p.writeUInt16LE(width, 6);
  p.writeUInt16LE(height, 8);
  return riffWebp("VP8 ", p);
}

/** Lossless WebP ("VP8L"): signature 0x2f, then width-1 and height-1 in 14 bits each. */
export function webpLosslessBytes(width = 8, height = 9): Buffer {
  const bits = ((width - 1) | ((height - 1) << 14)) >>> 0;
  const p = Buffer.alloc(5);
  p[0] = 0x2f;
  p.writeUInt32LE(bits, 1);
  return riffWebp("VP8L", p);
}

/** Extended WebP ("VP8X"): 24-bit canvas width-1 and height-1. */
export function webpExtendedBytes(width = 1000, height = 600): Buffer {
  const p = Buffer.alloc(10);
  p.writeUIntLE(width - 1, 4, 3);
  p.writeUIntLE(height - 1, 7, 3);
  return riffWebp("VP8X", p);
}

function box(type: string, payload: Buffer): Buffer {
  return Buffer.concat([u32(payload.length + 8), Buffer.from(type, "ascii"), payload]);
}

/** AVIF: an ftyp box with the avif brand, and a meta box holding an ispe property. */
export function avifBytes(width = 10, height = 11): Buffer {
  const ftyp = box("ftyp", Buffer.concat([Buffer.from("avif", "ascii"), u32(0), Buffer.from("avifmif1miaf", "ascii")]));
  const ispe = box("ispe", Buffer.concat([u32(0), u32(width), u32(height)]));
  const meta = box("meta", Buffer.concat([u32(0), box("iprp", box("ipco", ispe))]));
  return Buffer.concat([ftyp, meta]);
}

export const svgBytes = (): Buffer => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
export const htmlBytes = (): Buffer => Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
/** Starts as SVG, then carries PNG bytes: refused (it is not an image by its first bytes). */
export const svgPolyglotBytes = (): Buffer => Buffer.concat([Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'), pngBytes(), Buffer.from("</svg>")]);
