import "server-only";
import { createHash, randomBytes } from "node:crypto";

// A key's secret: 32 random bytes (256 bits) behind a recognisable prefix, so a
// leaked key is easy to spot in a log or a repository. Such a token cannot be
// guessed or brute-forced from its hash, so a fast hash (SHA-256) is enough
// and every request can afford to look its key up.

const PREFIX = "ppk_";
const SECRET = /^ppk_[A-Za-z0-9_-]{43}$/;

export function generateSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What the dashboard shows of a key: its first characters. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 6);
}

export function looksLikeSecret(value: string): boolean {
  return SECRET.test(value);
}
