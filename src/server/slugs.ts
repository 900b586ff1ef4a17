import "server-only";
import { ConflictError, isUniqueViolation } from "./errors";

/** Turns a unique-slug race lost at the database into the same answer as the check before it ("slugTaken"). */
export async function slugSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("slugTaken");
    throw error;
  }
}

/**
 * The first free slug among `wanted`, `wanted-2`, `wanted-3`… (for slugs the
 * system generates; a slug a person typed is refused when taken instead).
 * `isTaken` answers for one candidate, in the caller's transaction.
 */
export async function firstFreeSlug(wanted: string, fallback: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  const base = wanted || fallback;
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}
