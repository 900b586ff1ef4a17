import "server-only";
import PgBoss from "pg-boss";
import { JOBS_SCHEMA, QUEUES } from "./queue";

/**
 * Creates or upgrades the job queue's tables (pg-boss's own schema, `pgboss`)
 * and its queues: run with the app's migrations, so that a job can be added in
 * any transaction from the first request on, whether a worker ever ran or not.
 */
export async function migrateJobQueue(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: JOBS_SCHEMA, max: 1, supervise: false, schedule: false, application_name: "polyglot-migrate" });
  boss.on("error", (error) => console.error("Job queue migration:", error));
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) if (!(await boss.getQueue(name))) await boss.createQueue(name);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
