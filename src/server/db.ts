import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "./database/client";

// One client — one connection pool — per process. Kept on globalThis in
// production too: Next bundles server code into several module graphs (pages,
// route handlers, server actions), and a module-level client would give each
// graph a pool of its own (the load suite saw 20 connections for a pool of 10).
// It also survives hot reload in development.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = (globalForDb.db ??= createPrismaClient());

export type { PrismaClient };

/** The client inside `db.$transaction(async (tx) => …)`, for helpers that run in the caller's transaction. */
export type Tx = Prisma.TransactionClient;
