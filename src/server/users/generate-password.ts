import "server-only";
import { randomBytes } from "node:crypto";

/** A random password to show once (18 bytes: 24 URL-safe characters). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
