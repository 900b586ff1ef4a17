import "server-only";
import PgBoss from "pg-boss";
import { publishDueVersions } from "../articles/scheduled";
import type { ChangedContent } from "../cache/revalidate";
import { attemptDelivery, dispatchEvents } from "../webhooks/delivery";
import { JOBS_SCHEMA, QUEUES } from "./queue";

export interface JobsOptions {
  /** The database (each instance of the app runs a worker; pg-boss shares the work out). */
  url: string;
  /** Re-renders the public pages of a change (in the app: its own revalidation route). */
  revalidate: (changed: ChangedContent) => Promise<void>;
  /** How often the outbox and the schedule are looked at (JOBS_POLL_MS, default 1 s). */
  pollMs?: number;
  /** Deliveries under way at once in this process. */
  concurrency?: number;
}

export interface Jobs {
  stop(): Promise<void>;
  /** Looks at the outbox and the schedule now (instead of at the next tick). */
  tick(): Promise<void>;
}

/**
 * The background work of an app instance, on pg-boss: every second, scheduled
 * versions whose time came are published (their pages re-rendered, subscribers
 * told) and new outbox events are turned into delivery jobs; pg-boss runs those
 * jobs (`concurrency` at a time), each one HTTP try. A worker killed mid-try
 * leaves its job active: pg-boss fails it after JOB_EXPIRE_SECONDS and another
 * worker (or this one, restarted) tries again — deliveries are at least once,
 * with the event id (`webhook-id`) for the receiver to drop repeats.
 */
export async function startJobs({ url, revalidate, pollMs = Number(process.env.JOBS_POLL_MS ?? 1000), concurrency = 4 }: JobsOptions): Promise<Jobs> {
  const boss = new PgBoss({
    connectionString: url,
    schema: JOBS_SCHEMA,
    max: 3,
    application_name: "polyglot-jobs",
    // How soon a job whose worker died is found expired and retried.
    maintenanceIntervalSeconds: Number(process.env.JOBS_MAINTENANCE_SECONDS ?? 30),
    schedule: false,
  });
  boss.on("error", (error) => console.error("Job queue:", error));
  await boss.start();
  // A database migrated before the queue existed (src/server/jobs/schema.ts does it with the migrations).
  for (const name of Object.values(QUEUES)) if (!(await boss.getQueue(name))) await boss.createQueue(name);
  for (let i = 0; i < concurrency; i++) {
    await boss.work<{ deliveryId: string }>(QUEUES.deliver, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (job) await attemptDelivery(job.data.deliveryId);
    });
  }

  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    // One tick at a time; a tick asked for during one runs after it.
    running ??= (async () => {
      try {
        const due = await publishDueVersions();
        if (due.readerChanges) await revalidate(due.readerChanges).catch((error) => console.error("Re-rendering scheduled pages:", error));
        while ((await dispatchEvents()) > 0 && !stopped);
      } catch (error) {
        if (!stopped) console.error("Jobs tick:", error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  void tick();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}
