import type { IncomingMessage, ServerResponse } from "node:http";

export interface PageCache {
  serve(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** Drops the pages at `paths` (all when omitted); every other page is refreshed by its next reader. */
  purge(paths?: string[]): void;
  stats(): { entries: number; bytes: number };
}

export function createPageCache(options: { maxBytes: number; maxTtlMs: number; now?: () => number }): PageCache;
