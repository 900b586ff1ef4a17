import type { IncomingMessage } from "node:http";

/** Appends the peer's address to X-Forwarded-For and removes the headers that would let a client choose the host Next builds URLs from. */
export function normalizeForwarding(req: IncomingMessage): void;
