// The job queue's worker alone in a process, on DATABASE_URL, until it is killed:
// src/server/webhooks/webhooks.test.ts kills it with SIGKILL mid-delivery.
import { startJobs } from "../../src/server/jobs/worker";

await startJobs({ url: process.env.DATABASE_URL!, revalidate: async () => {}, pollMs: 200 });
console.log("jobs worker running");
