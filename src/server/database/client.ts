import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { isEmbedded, resolveDatabaseUrl } from "./connection";

/**
 * A Prisma client on the pg driver adapter, whose URL is resolved when the
 * first query runs (starting the embedded database if there is no
 * DATABASE_URL). Same generated client, same queries, both ways.
 */
export function createPrismaClient(url?: string): PrismaClient {
  const pg = new PrismaPg({ connectionString: "postgresql://unused" });
  const lazy: SqlDriverAdapterFactory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    async connect() {
      const connectionString = url ?? (await resolveDatabaseUrl());
      // PGlite runs one statement at a time for every client; more than one
      // connection per process would only interleave their extended-protocol messages.
      const max = Number(process.env.DATABASE_POOL_SIZE ?? (isEmbedded() ? 1 : 10));
      return new PrismaPg({ connectionString, max, connectionTimeoutMillis: 10_000 }).connect();
    },
  };
  // Under load a transaction may wait for a pooled connection: up to 10 s
  // rather than Prisma's default 2 s (a save refused for waiting would be lost
  // work to the editor; one that waits is merely slow).
  return new PrismaClient({ adapter: lazy, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}
