import "server-only";
import sharp, { type Metadata } from "sharp";
import type { MediaFileProblem, MediaFormat } from "@/lib/media/formats";
import { type ImageGeometry, pixelProblem } from "@/lib/media/limits";
import { inspectImage, type SniffedImage } from "@/lib/media/sniff";

// Images are measured by the decoder that will decode them: sharp (libvips),
// as Next's image optimizer uses it. The header a hand-written reader sees can
// lie (a GIF's logical screen of 1×1 around a 12000×12000 frame); libvips reads
// every frame's header (pages: -1) and reports the canvas it would allocate.
// Only headers are read here: nothing is decoded, so measuring a bomb costs
// what reading its bytes costs.

interface MeasuredImage extends SniffedImage {
  width: number;
  height: number;
  frames: number;
}

export type Measurement =
  | { ok: true; image: MeasuredImage }
  | { ok: false; problem: MediaFileProblem; megapixels?: number; maxMegapixels?: number };

/** libvips' loader names, as the formats we accept (AVIF is HEIF with AV1 inside). */
const FORMAT_OF_LOADER: Record<string, MediaFormat> = { jpeg: "jpeg", png: "png", webp: "webp", gif: "gif", heif: "avif" };

/**
 * What the bytes are (by their content: magic numbers, SVG refused) and, by
 * libvips, how large every frame is; refused when one frame, or all frames
 * together, would cost more to decode than src/lib/media/limits.ts allows.
 */
export async function measureImage(bytes: Uint8Array): Promise<Measurement> {
  const sniffed = inspectImage(bytes);
  if (!sniffed.ok) return sniffed;
  let metadata: Metadata;
  try {
    // Headers only: no pixel is decoded, so no pixel limit is needed to read them (the figures are checked below, by format).
    metadata = await sharp(bytes, { pages: -1, limitInputPixels: false }).metadata();
  } catch {
    // Not decodable as what its first bytes claim.
    return { ok: false, problem: "notAnImage" };
  }
  const format = FORMAT_OF_LOADER[metadata.format ?? ""];
  const frames = Math.max(1, metadata.pages ?? 1);
  const width = metadata.width;
  const height = metadata.pageHeight ?? (metadata.height && metadata.height / frames);
  // The decoder must agree with the magic bytes (an AVIF brand around HEVC, say, is not an AVIF).
  if (format !== sniffed.image.format || (format === "avif" && metadata.compression !== "av1") || !width || !height) return { ok: false, problem: "notAnImage" };
  const geometry: ImageGeometry = { format, width, height, frames, progressive: Boolean(metadata.isProgressive) };
  const tooLarge = pixelProblem(geometry);
  if (tooLarge) return { ok: false, ...tooLarge };
  return { ok: true, image: { ...sniffed.image, width, height, frames } };
}
