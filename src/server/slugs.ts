import "server-only";

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
