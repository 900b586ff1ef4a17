import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/actor-type";
import { db } from "@/server/db";

export const uid = () => randomUUID().slice(0, 8);

/** A staff member stored in the test database, as the server sees them once signed in. */
export async function makeActor(role: Role, extra: { locales?: string[]; canPublish?: boolean; name?: string } = {}): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${uid()}@example.org`,
      name: extra.name ?? `${role} ${uid()}`,
      passwordHash: "x",
      role,
      locales: extra.locales ?? [],
      canPublish: extra.canPublish ?? false,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role, locales: user.locales, canPublish: user.canPublish };
}
