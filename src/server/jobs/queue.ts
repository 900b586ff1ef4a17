import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "../db";

// The job queue is pg-boss (Postgres tables in the `pgboss` schema, created and
// migrated by pg-boss itself when a worker starts: src/server/jobs/worker.ts).
// Jobs are added in the caller's transaction (`enqueue(tx, …)`), so a job exists
// exactly when the change that asked for it committed.

export const JOBS_SCHEMA = "pgboss";

/** The queues and what their jobs carry. */
export const QUEUES = {
  /** One webhook delivery attempt: { deliveryId }. */
  deliver: "webhook-deliver",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * A delivery job's own safety net: a worker that dies mid-attempt (kill -9)
 * leaves its job active; pg-boss fails it after this long and retries it
 * (at-least-once). Longer than the whole HTTP exchange (WEBHOOK_TIMEOUT_MS).
 */
export const JOB_EXPIRE_SECONDS = Number(process.env.JOBS_EXPIRE_SECONDS ?? 60);
/** pg-boss's own retry of a job that failed or expired: after this many seconds, doubling. */
const JOB_RETRY_DELAY_SECONDS = Number(process.env.JOBS_RETRY_DELAY_SECONDS ?? 5);

/**
 * pg-boss used only to write jobs through a caller's transaction: its own
 * connection is never opened (every call passes `db`).
 */
let sender: PgBoss | undefined;
function senderBoss(): PgBoss {
  sender ??= new PgBoss({
    schema: JOBS_SCHEMA,
    db: {
      executeSql: () => Promise.reject(new Error("The job sender writes only through a transaction (enqueue(tx, …)).")),
    },
  });
  return sender;
}

/** pg-boss's database interface over a Prisma transaction. */
function throughTransaction(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg serializes objects as JSON itself; Prisma's raw parameters want them as text.
      const params = values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

/** Adds a job in `tx`: it runs after the commit (at `startAfter`, when given), never if the transaction rolls back. */
export async function enqueue(tx: Tx, name: QueueName, data: object, { startAfter }: { startAfter?: Date } = {}): Promise<void> {
  await senderBoss().send(name, data, {
    db: throughTransaction(tx),
    ...(startAfter ? { startAfter } : {}),
    retryLimit: 3,
    retryDelay: JOB_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: JOB_EXPIRE_SECONDS,
  } as PgBoss.SendOptions);
}
