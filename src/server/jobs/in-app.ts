import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { ChangedContent } from "../cache/revalidate";
import { startJobs } from "./worker";

// The worker inside the app's own server process. Re-rendering pages needs
// Next's request context (revalidatePath throws outside one), so the worker asks
// its own server, on loopback, at a route only this process can call: a random
// key made here, never stored or sent anywhere else (src/app/api/internal/revalidate).

const state = globalThis as unknown as { __polyglotJobsKey?: string; __polyglotJobsStarted?: boolean };

/** Whether `key` is this process's own (constant time). */
export function isOwnJobsKey(key: string | null): boolean {
  const own = state.__polyglotJobsKey;
  if (!own || !key) return false;
  const a = Buffer.from(own);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startAppJobs(url: string): Promise<void> {
  if (state.__polyglotJobsStarted) return;
  state.__polyglotJobsStarted = true;
  const key = (state.__polyglotJobsKey = randomBytes(32).toString("base64url"));
  const port = process.env.PORT ?? "3000";
  const revalidate = async (changed: ChangedContent) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-jobs-key": key },
      body: JSON.stringify(changed),
    });
    if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
  };
  try {
    const jobs = await startJobs({ url, revalidate });
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void jobs.stop());
  } catch (error) {
    // The site still serves pages; scheduled pages then refresh at their cache expiry.
    state.__polyglotJobsStarted = false;
    console.error("The job queue did not start (webhooks and on-time scheduled publishing are off):", error);
  }
}
