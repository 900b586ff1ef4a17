import sharp from "sharp";

// Small but complete images in every accepted format, encoded by sharp: what a
// camera or an editor's export would give, decodable to the last pixel. (The
// header-only fixtures in test/support/test-images.ts are for the byte sniffer.)

export type RealFormat = "jpeg" | "png" | "webp" | "gif" | "avif";

export async function realImage(format: RealFormat, width: number, height: number, options: { progressive?: boolean } = {}): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } });
  switch (format) {
    case "jpeg":
      return image.jpeg({ quality: 60, progressive: options.progressive ?? false }).toBuffer();
    case "png":
      return image.png({ progressive: options.progressive ?? false }).toBuffer();
    case "webp":
      return image.webp({ quality: 60, effort: 0 }).toBuffer();
    case "gif":
      return image.gif().toBuffer();
    case "avif":
      return image.avif({ quality: 30, effort: 0 }).toBuffer();
  }
}
