// Next calls register() once when a server process starts: each app instance
// runs the job queue's worker (src/server/jobs/worker.ts) beside its pages —
// scheduled versions published at their time, webhooks delivered. JOBS=off
// leaves it to other instances (or none: then nothing is delivered).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.JOBS === "off" || !process.env.DATABASE_URL) return;
  const { startAppJobs } = await import("./server/jobs/in-app");
  await startAppJobs(process.env.DATABASE_URL);
}
