import "server-only";
import { readFile } from "node:fs/promises";
import { LRUCache } from "lru-cache";
import { STORAGE_KEY_PATTERN } from "@/lib/media/formats";
import { measureImage } from "./measure";
import { mediaFilePath } from "./storage";

// Files stored before uploads were measured by the decoder may be bombs (a GIF
// whose 1×1 screen hides a 12000×12000 frame). The media route serves a stored
// file only once it passes today's measure — it is what the image optimizer
// fetches before it decodes, and what readers' browsers would decode — so
// neither the optimizer nor a reader's browser ever gets one. A key's content
// never changes, so each verdict is kept (per process) for as long as there is room.

const verdicts = new LRUCache<string, Promise<boolean>>({ max: 20_000 });

/** Whether the stored file may be served (and so decoded): it passes the upload's measure. */
export function storedImageIsSafe(storageKey: string): Promise<boolean> {
  if (!STORAGE_KEY_PATTERN.test(storageKey)) return Promise.resolve(false);
  let verdict = verdicts.get(storageKey);
  if (!verdict) {
    verdict = measureStored(storageKey);
    verdicts.set(storageKey, verdict);
  }
  return verdict;
}

async function measureStored(storageKey: string): Promise<boolean> {
  const bytes = await readFile(mediaFilePath(storageKey)).catch(() => null);
  if (!bytes) {
    // Gone (or unreadable) now: no verdict to keep; the route answers 404 for a missing file anyway.
    verdicts.delete(storageKey);
    return false;
  }
  const measured = await measureImage(bytes);
  if (measured.ok) return true;
  console.warn(`Media file ${storageKey} is not served: ${measured.problem} (stored before uploads were measured by the decoder; replace it with a smaller image).`);
  return false;
}
