// Decompression bombs, built byte by byte: small files whose headers a hand-written
// sniffer reads as harmless but whose decoder (sharp/libvips, as Next's image
// optimizer uses it) would allocate gigabytes. Real, decodable files — not
// headers alone — so that a test proves what the decoder itself says.

/** The bits of a GIF LZW stream, least significant first, in 255-byte sub-blocks. */
class LzwBits {
  private bytes: number[] = [];
  private current = 0;
  private used = 0;
  write(code: number, size: number) {
    this.current |= code << this.used;
    this.used += size;
    while (this.used >= 8) {
      this.bytes.push(this.current & 0xff);
      this.current >>>= 8;
      this.used -= 8;
    }
  }
  subBlocks(): Buffer {
    if (this.used > 0) this.bytes.push(this.current & 0xff);
    const out: number[] = [];
    for (let i = 0; i < this.bytes.length; i += 255) {
      const block = this.bytes.slice(i, i + 255);
      out.push(block.length, ...block);
    }
    out.push(0);
    return Buffer.from(out);
  }
}

/**
 * The LZW code stream of `count` pixels of colour index 0, exactly as a
 * standard encoder writes it (omggif's algorithm): runs of 1, 2, 3… pixels,
 * each a new dictionary entry, a clear code when the dictionary is full.
 * A 12000×12000 frame compresses to about 100 KB.
 */
function lzwSolid(count: number, minCodeSize = 2): Buffer {
  const clear = 1 << minCodeSize;
  const eoi = clear + 1;
  const bits = new LzwBits();
  let size = minCodeSize + 1;
  let next = eoi + 1;
  bits.write(clear, size);
  let remaining = count;
  while (remaining > 0) {
    // The dictionary holds runs of 1 … (next - eoi) pixels; the longest that fits is sent.
    const longest = next - eoi;
    const run = Math.min(longest, remaining);
    bits.write(run === 1 ? 0 : eoi + run - 1, size);
    remaining -= run;
    if (remaining === 0) break;
    if (next === 4096) {
      bits.write(clear, size);
      next = eoi + 1;
      size = minCodeSize + 1;
    } else {
      if (next >= 1 << size) size++;
      next++;
    }
  }
  bits.write(eoi, size);
  return bits.subBlocks();
}

/** One image descriptor and its pixels (all colour 0), optionally after a graphic control extension (a frame delay). */
function gifFrame(width: number, height: number, delay: number | null): Buffer {
  const control = delay === null ? Buffer.alloc(0) : Buffer.from([0x21, 0xf9, 0x04, 0x00, delay & 0xff, delay >> 8, 0x00, 0x00]);
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(width, 5);
  descriptor.writeUInt16LE(height, 7);
  return Buffer.concat([control, descriptor, Buffer.from([2]), lzwSolid(width * height)]);
}

/**
 * A GIF whose logical screen says `screen`×`screen` but whose frame(s) are
 * `width`×`height`: the bytes a header-reading check sees say "1×1". With
 * `frames` > 1 it is an animation (a NETSCAPE loop and a delay per frame).
 */
export function gifBomb({ screen = 1, width = 12_000, height = 12_000, frames = 1 } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.write("GIF89a", 0, "ascii");
  header.writeUInt16LE(screen, 6);
  header.writeUInt16LE(screen, 8);
  header[10] = 0x80; // a global colour table of 2 entries
  const palette = Buffer.from([0, 0, 0, 255, 255, 255]);
  const loop = frames > 1 ? Buffer.from([0x21, 0xff, 0x0b, ...Buffer.from("NETSCAPE2.0"), 0x03, 0x01, 0x00, 0x00, 0x00]) : Buffer.alloc(0);
  const frame = gifFrame(width, height, frames > 1 ? 10 : null);
  return Buffer.concat([header, palette, loop, ...Array.from({ length: frames }, () => frame), Buffer.from([0x3b])]);
}
