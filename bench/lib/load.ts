// Load runs with autocannon: 32 connections, a warm-up run, then the measured run.
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
  /** Peak RSS (MB) of the app during the run, when an app pid was given. */
  peakRssMb?: number;
  ratioToStatic?: number;
}

export async function load(name: string, url: string, opts: { warmup: number; duration: number; connections?: number; appPid?: number }): Promise<LoadResult> {
  const connections = opts.connections ?? 32;
  const head = await fetch(url);
  await head.arrayBuffer();
  if (head.status !== 200) throw new Error(`${name}: ${url} answered ${head.status}`);
  await autocannon({ url, connections, duration: opts.warmup });
  const stopSampling = opts.appPid ? rssSampler(opts.appPid) : null;
  const r = await autocannon({ url, connections, duration: opts.duration, timeout: 10 });
  const peakRssMb = stopSampling?.();
  const result: LoadResult = {
    name,
    url,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    requests: r.requests.total,
    ...(peakRssMb ? { peakRssMb } : {}),
  };
  console.log(`  ${name.padEnd(28)} ${String(result.rps).padStart(6)} req/s · p50 ${result.p50} ms · p99 ${result.p99} ms · errors ${result.errors}${peakRssMb ? ` · RSS ${peakRssMb} MB` : ""}`);
  return result;
}
