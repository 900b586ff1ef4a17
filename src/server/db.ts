import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "./database/client";

// One client per process (survives Next's hot reload in development).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = globalForDb.db ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

export type { PrismaClient };
