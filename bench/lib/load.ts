// Load runs with autocannon: 32 connections, a warm-up run, then the measured run.
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { rssSampler } from "./processes";

export interface LoadResult {
  name: string;
  url: string;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  requests: number;
  /** Size of one response (bytes, uncompressed: the load generator asks for no compression). */
  bytes: number;
  /** req/s of the static ceiling measured right before this run (the machine's load drifts). */
  ceilingRps?: number;
  /** Peak RSS (MB) of the app during the run, when an app pid was given. */
  peakRssMb?: number;
  ratioToStatic?: number;
}

export async function load(name: string, url: string, opts: { warmup: number; duration: number; connections?: number; appPid?: number }): Promise<LoadResult> {
  const connections = opts.connections ?? 32;
  const head = await fetch(url);
  const bytes = (await head.arrayBuffer()).byteLength;
  if (head.status !== 200) throw new Error(`${name}: ${url} answered ${head.status}`);
  if (opts.warmup > 0) await autocannon({ url, connections, duration: opts.warmup });
  const stopSampling = opts.appPid ? rssSampler(opts.appPid) : null;
  const r = await autocannon({ url, connections, duration: opts.duration, timeout: 10 });
  const peakRssMb = stopSampling?.();
  // Requests still queued in the server when the run stopped must not slow the next run.
  if (opts.appPid) await settle(url);
  const result: LoadResult = {
    name,
    url,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    requests: r.requests.total,
    bytes,
    ...(peakRssMb ? { peakRssMb } : {}),
  };
  console.log(`  ${name.padEnd(28)} ${String(result.rps).padStart(6)} req/s · p50 ${result.p50} ms · p99 ${result.p99} ms · errors ${result.errors}${peakRssMb ? ` · RSS ${peakRssMb} MB` : ""}`);
  return result;
}

/** Waits (≤ 30 s) until a single request is answered about as fast as before the load. */
async function settle(url: string) {
  const once = async () => {
    const t0 = performance.now();
    await (await fetch(url)).arrayBuffer();
    return performance.now() - t0;
  };
  const deadline = Date.now() + 30_000;
  await new Promise((r) => setTimeout(r, 500));
  let best = Infinity;
  for (;;) {
    const t = await once();
    if (t < best * 1.5 && best !== Infinity) return;
    best = Math.min(best, t);
    if (Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
