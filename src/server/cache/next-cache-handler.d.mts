/** Types of next-cache-handler.mjs (Next's FileSystemCache with the guard; Next passes it its own context). */
/** How long a revalidation waits, at most, for the renders of its paths under way. */
export declare const WAIT_MS: number;
declare class GuardedCacheHandler {
  constructor(ctx: unknown);
  get(key: string, ctx: unknown): Promise<{ lastModified: number; value: { kind: string; html?: string } } | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export default GuardedCacheHandler;
