import { MEDIA_FORMATS, type MediaFileProblem, type MediaFormat } from "./formats";
import { MAX_FRAME_PIXELS } from "./limits";

// Pure byte inspection, safe on both sides: which image format the bytes are
// (by magic numbers), and the pixel size the header claims. No decoding — and
// so not the last word on size: a GIF's screen may say 1×1 while its frame is
// 12000×12000. The decoder itself measures every upload (server/media/measure.ts).

export interface SniffedImage {
  format: MediaFormat;
  mimeType: string;
  extension: string;
  width: number | null;
  height: number | null;
}


/** The byte at `i`, 0 past the end (a truncated header reads as zeros, which the checks refuse). */
const at = (b: Uint8Array, i: number): number => b[i] ?? 0;
const ascii = (bytes: Uint8Array, start: number, length: number) =>
  start + length <= bytes.length ? String.fromCharCode(...bytes.subarray(start, start + length)) : "";
const u16be = (b: Uint8Array, i: number) => (at(b, i) << 8) | at(b, i + 1);
const u16le = (b: Uint8Array, i: number) => at(b, i) | (at(b, i + 1) << 8);
const u24le = (b: Uint8Array, i: number) => at(b, i) | (at(b, i + 1) << 8) | (at(b, i + 2) << 16);
const u32be = (b: Uint8Array, i: number) => ((at(b, i) << 24) >>> 0) + ((at(b, i + 1) << 16) | (at(b, i + 2) << 8) | at(b, i + 3));
const startsWith = (b: Uint8Array, signature: number[], at = 0) => signature.every((byte, k) => b[at + k] === byte);

/** The format, by magic bytes only; null when it is none we accept. */
export function detectFormat(bytes: Uint8Array): MediaFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  if (ascii(bytes, 4, 4) === "ftyp" && isAvifBrand(bytes)) return "avif";
  return null;
}

function isAvifBrand(bytes: Uint8Array): boolean {
  const boxSize = u32be(bytes, 0);
  if (boxSize < 16 || boxSize > 4096) return false;
  const end = Math.min(boxSize, bytes.length);
  // Major brand at 8, minor version at 12, compatible brands from 16.
  for (let i = 8; i + 4 <= end; i += i === 8 ? 8 : 4) {
    const brand = ascii(bytes, i, 4);
    if (brand === "avif" || brand === "avis") return true;
  }
  return false;
}

/** Text that looks like SVG (or XML that may be SVG): named separately so the user learns why. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<svg") || head.startsWith("<?xml") || (head.startsWith("<!doctype svg")) || /<svg[\s>]/.test(head);
}

/** Width and height from the image header, or null when the header is unreadable. */
export function readDimensions(bytes: Uint8Array, format: MediaFormat): { width: number; height: number } | null {
  switch (format) {
    case "png":
      // Signature (8), then the IHDR chunk: length (4), type (4), width (4), height (4).
      return ascii(bytes, 12, 4) === "IHDR" && bytes.length >= 24 ? sized(u32be(bytes, 16), u32be(bytes, 20)) : null;
    case "gif":
      return bytes.length >= 10 ? sized(u16le(bytes, 6), u16le(bytes, 8)) : null;
    case "webp":
      return webpDimensions(bytes);
    case "jpeg":
      return jpegDimensions(bytes);
    case "avif":
      return avifDimensions(bytes);
  }
}

function sized(width: number, height: number) {
  return width > 0 && height > 0 ? { width, height } : null;
}

function webpDimensions(b: Uint8Array) {
  const chunk = ascii(b, 12, 4);
  if (chunk === "VP8X" && b.length >= 30) return sized(u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (chunk === "VP8L" && b.length >= 25 && at(b, 20) === 0x2f) {
    // 14 bits of width-1, then 14 bits of height-1, little-endian bit order.
    const bits = (at(b, 21) | (at(b, 22) << 8) | (at(b, 23) << 16) | (at(b, 24) << 24)) >>> 0;
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === "VP8 " && b.length >= 30 && startsWith(b, [0x9d, 0x01, 0x2a], 23)) {
    return sized(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  return null;
}

function jpegDimensions(b: Uint8Array) {
  let i = 2;
  while (i + 4 <= b.length) {
    if (at(b, i) !== 0xff) return null;
    const marker = at(b, i + 1);
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    // Standalone markers carry no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / start of scan before any frame header
    const length = u16be(b, i + 2);
    const isFrameHeader = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrameHeader) return i + 9 <= b.length ? sized(u16be(b, i + 7), u16be(b, i + 5)) : null;
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

/** AVIF (ISO-BMFF): the first `ispe` (image spatial extents) property is the primary image's size. */
function avifDimensions(b: Uint8Array) {
  const limit = Math.min(b.length - 16, 64 * 1024);
  // "ispe" at i, then version+flags, width, height: 16 bytes in all.
  for (let i = 4; i <= limit; i++) {
    if (at(b, i) === 0x69 && ascii(b, i, 4) === "ispe") {
      // type (4), version+flags (4), width (4), height (4)
      return sized(u32be(b, i + 8), u32be(b, i + 12));
    }
  }
  return null;
}

/**
 * What the bytes are, or why they are refused. Only the content decides:
 * a file named .png holding HTML, or SVG declared as image/png, is refused.
 */
export function inspectImage(bytes: Uint8Array): { ok: true; image: SniffedImage } | { ok: false; problem: MediaFileProblem } {
  if (bytes.length === 0) return { ok: false, problem: "fileEmpty" };
  const format = detectFormat(bytes);
  if (!format) return { ok: false, problem: looksLikeSvg(bytes) ? "svgRefused" : "notAnImage" };
  const dimensions = readDimensions(bytes, format);
  // A header we cannot read is a broken (or disguised) file; AVIF's is optional to find.
  if (!dimensions && format !== "avif") return { ok: false, problem: "notAnImage" };
  // A header claiming more than any frame may have is refused at once (the decoder's measure comes after).
  if (dimensions && dimensions.width * dimensions.height > MAX_FRAME_PIXELS) return { ok: false, problem: "tooManyPixels" };
  const { mimeType, extension } = MEDIA_FORMATS[format];
  return { ok: true, image: { format, mimeType, extension, width: dimensions?.width ?? null, height: dimensions?.height ?? null } };
}
