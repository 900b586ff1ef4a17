import "server-only";
import type { Role } from "@/generated/prisma/enums";

/** A signed-in, enabled staff member, as loaded from the database on this request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Locales a translator works in. */
  locales: string[];
  /** Translators may publish only when granted. */
  canPublish: boolean;
}
