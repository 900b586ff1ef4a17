// npm run bench [-- --quick] [-- --scale-out] [-- --works=N] [-- --rebuild] [-- --keep-db]
//
// Readers' pages and the dashboard at newsroom scale, side by side with the speed of
// a static file: seeds a fresh Postgres database (bench/seed.ts), builds and starts
// the production server on it, loads each public page type with autocannon (32
// connections, after a warm-up) directly and through the caching proxy of deploy/nginx,
// against the same article's HTML served by nginx from disk; then JS weight, memory,
// the dashboard's queries, search and save. Prints one table, writes
// bench/results/<time>.json (and latest.json). The database is dropped at the end.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { measure, measureDashboard, type Timing } from "./dashboard";
import { checkCachePolicy, type PolicyCheck } from "./lib/cache-policy";
import { load, type LoadResult } from "./lib/load";
import { startNginx, type Nginx } from "./lib/nginx";
import { buildIsStale } from "../scripts/build-state";
import { App } from "../test/harness/app";
import { snapshotBuild, treeRssMb } from "./lib/processes";
import { printReport } from "./lib/report";
import { pageWeight, scriptBytes, type PageWeightRow } from "./page-weight.mjs";
import { runScaleOut, type ScaleOutResult } from "./scale-out";
import { BENCH_LOCALES, createBenchDatabase, progressBar, seedBench, type SeedSummary } from "./seed";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const withScaleOut = args.includes("--scale-out");
const worksArg = args.find((a) => a.startsWith("--works="));
const config = {
  works: worksArg ? Number(worksArg.split("=")[1]) : quick ? 1_000 : 20_000,
  warmup: quick ? 1 : 3,
  duration: quick ? 3 : 10,
  samples: quick ? 20 : 100,
};
const PORTS = { app: 3260, app2: 3261, static: 8260, proxy: 8261 };
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const secret = process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production-0123456789";

export interface BenchReport {
  startedAt: string;
  mode: "quick" | "default";
  machine: { cores: number; model: string; memGb: number; loadBefore: number[]; loadAfter: number[]; node: string };
  seed: SeedSummary;
  buildSeconds: number | null;
  coldStartMs: number;
  rss: { idleMb: number; underLoadMb: number };
  pages: LoadResult[];
  proxied: LoadResult[];
  ceiling: LoadResult;
  appCacheControl: Record<string, string>;
  cachePolicy: PolicyCheck[];
  weight: { frameworkFloorGzip: number; pages: (Omit<PageWeightRow, "scripts"> & { overFloorGzip: number })[] };
  dashboard: Timing[];
  search: Timing[];
  /** The content API's route handlers, in process (absent from runs before it existed). */
  api?: Timing[];
  scaleOut?: ScaleOutResult;
  totalSeconds: number;
}

const started = performance.now();
const loadBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
console.log(`Polyglot Press benchmark (${quick ? "quick" : "default"}): ${config.works.toLocaleString("en")} works × ${BENCH_LOCALES.length} locales · ${os.cpus().length} cores · load ${loadBefore.join(" ")}`);

const database = await createBenchDatabase(serverUrl);
console.log(`Database ${database.name} created and migrated`);
process.env.DATABASE_URL = database.url;
const cleanup: (() => unknown)[] = [];
let exitCode = 0;
try {
  // The build needs no database: it runs while the seed does.
  const building = startBuild(args.includes("--rebuild"));
  building.catch(() => undefined); // awaited after the seed
  const seed = await seedBench(database.url, { works: config.works, onProgress: progressBar("seeding") });
  console.log(`Seeded ${seed.variants.toLocaleString("en")} language versions, ${seed.revisions.toLocaleString("en")} revisions in ${seed.seconds.toFixed(0)} s`);
  const buildSeconds = await building;
  console.log(buildSeconds === null ? "Build: up to date, reused" : `Built in ${buildSeconds.toFixed(0)} s`);
  const appDir = await snapshotBuild(`/tmp/bench-app-${process.pid}`);
  cleanup.push(() => rmSync(appDir, { recursive: true, force: true }));

  const paths = {
    article: `/en/articles/${seed.sample.articleSlug}`,
    debate: `/en/debates/${seed.sample.debateSlug}`,
    home: "/en",
    search: `/en/search?q=${encodeURIComponent(seed.sample.searchQueries.en)}`,
    feed: "/en/feed.xml",
  };
  const appEnv = { DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, SITE_URL: `http://127.0.0.1:${PORTS.proxy}` };
  const startApp = async (port: number, logName: string) => {
    const server = new App({ port, host: "127.0.0.1", cwd: appDir, databaseUrl: database.url, dataDir: path.join(appDir, ".data"), logName, logDir: path.join("bench", "results"), firstPage: paths.article, env: { ...appEnv, TRUSTED_PROXY_HOPS: "1", SEED_DEMO: "false" } });
    cleanup.push(() => server.close());
    await server.start();
    return server;
  };
  const app = await startApp(PORTS.app, "bench");
  cleanup.push(() => app.stop());
  console.log(`Cold start to first page: ${(app.coldStartMs / 1000).toFixed(1)} s`);
  for (const p of Object.values(paths)) await (await fetch(app.baseURL + p)).arrayBuffer();
  // The pages must be this database's, not some cached page of another server of the checkout.
  const home = await (await fetch(app.baseURL + paths.home)).text();
  if (!home.includes(`Debate 1 (en)`)) throw new Error("the home page does not show the seeded debates: a stale page cache?");
  await new Promise((r) => setTimeout(r, 2000));
  const idleMb = treeRssMb(app.pid!);

  const articleHtml = await (await fetch(app.baseURL + paths.article)).text();
  let app2: App | null = null;
  if (withScaleOut) {
    app2 = await startApp(PORTS.app2, "bench-2");
    cleanup.push(() => app2!.stop());
  }
  const nginx: Nginx = startNginx({
    dir: `/tmp/bench-nginx-${process.pid}`,
    staticPort: PORTS.static,
    proxyPort: PORTS.proxy,
    upstreams: app2 ? [PORTS.app, PORTS.app2] : [PORTS.app],
    staticFiles: { "article.html": articleHtml },
  });
  cleanup.push(() => rmSync(nginx.dir, { recursive: true, force: true }));
  cleanup.push(() => nginx.stop());

  console.log(`Load: ${config.warmup} s warm-up + ${config.duration} s, 32 connections`);
  const run = { warmup: config.warmup, duration: config.duration };
  const staticUrl = `${nginx.staticUrl}/article.html`;
  const ceiling = await load("static HTML (nginx)", staticUrl, run);
  // Each run is paired with a fresh, shorter run of the ceiling just before it: on a
  // shared machine the load drifts, and a ratio should compare like with like.
  const paired = async (name: string, url: string, appPid?: number) => {
    const ceilingNow = await load("  static (paired)", staticUrl, { warmup: 0, duration: Math.max(2, Math.round(run.duration / 2)) });
    const r = await load(name, url, { ...run, ...(appPid ? { appPid } : {}) });
    r.ceilingRps = ceilingNow.rps;
    r.ratioToStatic = Math.round((r.rps / ceilingNow.rps) * 1000) / 1000;
    return r;
  };
  const pages: LoadResult[] = [];
  for (const [name, p] of Object.entries(paths)) pages.push(await paired(name, app.baseURL + p, app.pid!));
  const proxied: LoadResult[] = [];
  for (const [name, p] of Object.entries(paths)) proxied.push(await paired(`${name} via proxy`, nginx.proxyUrl + p));
  const underLoadMb = Math.max(...pages.map((p) => p.peakRssMb ?? 0));

  const policy = await checkCachePolicy(nginx.proxyUrl, app.baseURL, { article: paths.article, draftVariantId: await draftVariantId() });
  for (const c of policy.checks) console.log(`  ${c.ok ? "✓" : "✗"} ${c.name} (${c.detail})`);

  const weightRows = await pageWeight(app.baseURL, {
    home: paths.home,
    debate: paths.debate,
    article: paths.article,
    "article (ar)": `/ar/articles/${await slugOf("v1ar")}`,
    author: `/en/authors/${seed.sample.authorSlug}`,
    search: paths.search,
    about: "/en/about",
  });
  const floor = await frameworkFloor(appDir, app.baseURL);
  const weight = {
    frameworkFloorGzip: floor,
    pages: weightRows.map((r) => ({ name: r.name, path: r.path, jsRaw: r.jsRaw, jsGzip: r.jsGzip, htmlGzip: r.htmlGzip, editor: r.editor, overFloorGzip: r.jsGzip - floor })),
  };

  let scaleOut: ScaleOutResult | undefined;
  if (app2) scaleOut = await runScaleOut({ appDir, a: app, b: app2, proxyUrl: nginx.proxyUrl, articlePath: paths.article, quick });

  for (const stop of cleanup.splice(0).reverse()) await stop();

  console.log("Dashboard (in process, on the same database):");
  const dashboard = await measureDashboard({ n: config.samples, works: config.works });
  const { searchArticles } = await import("../src/server/search/queries");
  const search: Timing[] = [];
  for (const locale of ["en", "ar", "he"] as const) {
    const query = seed.sample.searchQueries[locale];
    const t = await measure(`search ${locale} "${query}"`, config.samples, (i) => searchArticles({ locale, query, page: 1 + (i % 3) }));
    const found = (await searchArticles({ locale, query })).total;
    if (found === 0) throw new Error(`search ${locale} "${query}" found nothing: the benchmark would time an empty search`);
    console.log(`${t.label.padEnd(42)} p50 ${t.p50} ms · p95 ${t.p95} ms · n=${t.n} · ${found} found`);
    search.push(t);
  }

  console.log("Content API (in process, route handlers):");
  const { measureApi } = await import("./api");
  const api = await measureApi({ n: config.samples, searchQuery: seed.sample.searchQueries.en });

  const report: BenchReport = {
    startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
    mode: quick ? "quick" : "default",
    machine: {
      cores: os.cpus().length,
      model: os.cpus()[0]?.model ?? "?",
      memGb: Math.round(os.totalmem() / 2 ** 30),
      loadBefore,
      loadAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
      node: process.version,
    },
    seed,
    buildSeconds,
    coldStartMs: Math.round(app.coldStartMs),
    rss: { idleMb, underLoadMb },
    pages,
    proxied,
    ceiling,
    appCacheControl: policy.appCacheControl,
    cachePolicy: policy.checks,
    weight,
    dashboard,
    search,
    api,
    ...(scaleOut ? { scaleOut } : {}),
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  printReport(report);
  mkdirSync(path.join("bench", "results"), { recursive: true });
  const file = path.join("bench", "results", `${report.startedAt.replace(/[:.]/g, "-")}${quick ? "-quick" : ""}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join("bench", "results", "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures: ${file}`);
  if (policy.checks.some((c) => !c.ok) || (scaleOut && !scaleOut.ok)) {
    console.error("✗ a proxy or scale-out check failed (above)");
    exitCode = 1;
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const stop of cleanup.reverse()) await stop();
  const { db } = await import("../src/server/db");
  await db.$disconnect();
  if (args.includes("--keep-db")) console.log(`Kept ${database.url}`);
  else await database.drop();
}
process.exit(exitCode);

/** `next build` in a child process, so the seed runs meanwhile; null when the build is up to date. */
async function startBuild(force: boolean): Promise<number | null> {
  if (!force && !buildIsStale()) return null;
  // A server of this checkout writing its page cache into .next meanwhile can fail a build (ENOTEMPTY): try again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await buildOnce();
    } catch (error) {
      if (attempt >= 3 || !/ENOTEMPTY|EEXIST/.test(String(error))) throw error;
      console.log(`next build failed (${String(error).match(/ENOTEMPTY|EEXIST/)?.[0]}), trying again`);
    }
  }
}

function buildOnce(): Promise<number | null> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => {
      if (code === 0) resolve((performance.now() - t0) / 1000);
      // Someone else is building this checkout: theirs will do (snapshotBuild waits for it).
      else if (/already running/.test(output)) resolve(null);
      else reject(new Error(`next build failed (${code}):\n${output}`));
    }),
  );
}

/** Next's own framework floor: the root main files every App Router page loads (React, the router). */
async function frameworkFloor(appDir: string, base: string): Promise<number> {
  const manifest = JSON.parse(readFileSync(path.join(appDir, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const files = (manifest.rootMainFiles ?? []).map((f) => `/_next/${f}`);
  return (await scriptBytes(base, files)).gz;
}

async function draftVariantId(): Promise<string> {
  const { db } = await import("../src/server/db");
  return (await db.articleVariant.findFirstOrThrow({ where: { status: "DRAFT", locale: "en" }, select: { id: true } })).id;
}

async function slugOf(variantId: string): Promise<string> {
  const { db } = await import("../src/server/db");
  return encodeURIComponent((await db.articleVariant.findUniqueOrThrow({ where: { id: variantId }, select: { slug: true } })).slug);
}
