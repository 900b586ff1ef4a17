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
  return new PrismaClient({ adapter: lazy });
}
