import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { DEFAULT_MEDIA_MAX_BYTES, STORAGE_KEY_PATTERN } from "@/lib/media/formats";

// Files on disk: one folder, names we generate, written whole or not at all.
// The uploader's file name never reaches the file system.

/** MEDIA_DIR, else DATA_DIR/media (read at each call, so tests and scripts can point it elsewhere). */
export function mediaDir(): string {
  const configured = process.env.MEDIA_DIR;
  return path.resolve(/* turbopackIgnore: true */ configured || path.join(process.env.DATA_DIR ?? ".data", "media"));
}

/** MEDIA_MAX_BYTES, else 10 MB. */
export function mediaMaxBytes(): number {
  const configured = Number(process.env.MEDIA_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MEDIA_MAX_BYTES;
}

/** A fresh storage key: 128 random bits (lower-case hex) and the canonical extension. */
export function newStorageKey(extension: string): string {
  const key = `${randomBytes(16).toString("hex")}.${extension}`;
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Unsupported extension ${extension}`);
  return key;
}

/** Where a stored file is (the key is checked: the path never leaves the folder). */
export function mediaFilePath(storageKey: string): string {
  return pathOf(storageKey);
}

function pathOf(storageKey: string): string {
  // The pattern admits no separator and no leading dot: the path stays inside the folder.
  if (!STORAGE_KEY_PATTERN.test(storageKey)) throw new Error("Invalid storage key");
  return path.join(mediaDir(), storageKey);
}

/**
 * Writes the bytes under a temporary name, flushes, then renames: a reader never
 * sees a half-written file, and a failed write leaves nothing behind.
 */
export async function writeMediaFile(storageKey: string, bytes: Uint8Array): Promise<void> {
  const target = pathOf(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  // Temporary names start with a dot: they never match a storage key, so they are never served.
  const temporary = path.join(path.dirname(target), `.tmp-${randomBytes(8).toString("hex")}-${storageKey}`);
  try {
    const handle = await open(temporary, "wx", 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** Removes a stored file; a file already gone is not an error. */
export async function removeMediaFile(storageKey: string): Promise<void> {
  try {
    await unlink(pathOf(storageKey));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

export async function mediaFileExists(storageKey: string): Promise<boolean> {
  if (!STORAGE_KEY_PATTERN.test(storageKey)) return false;
  return stat(pathOf(storageKey)).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The stored file as a web stream with its size, or null when there is none. */
export async function openMediaFile(storageKey: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null> {
  if (!STORAGE_KEY_PATTERN.test(storageKey)) return null;
  const file = pathOf(storageKey);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
}

/**
 * Stores a file and its database row together: the file is written first, and
 * removed again when `insertRow` fails, so there is never a file without a row
 * (and, the file being written first, never a row without a file).
 */
export async function storeWithRow<T>(storageKey: string, bytes: Uint8Array, insertRow: () => Promise<T>): Promise<T> {
  await writeMediaFile(storageKey, bytes);
  try {
    return await insertRow();
  } catch (error) {
    await removeMediaFile(storageKey).catch((cleanupError) => console.error("Could not remove an orphaned media file", storageKey, cleanupError));
    throw error;
  }
}
