// `npm run loadtest [-- --duration 60]`: the production app on a fresh Postgres
// database, 200 readers over the six locales and page types, 10 signed-in
// editors autosaving every 2 s through the real server action, one publish a
// minute; then a spike of 500 readers for 30 s and the recovery. Prints a table
// and writes JSON to test/load/results/.
//
// Readers are closed-loop virtual users: request a page, read it whole, wait a
// think time (--think-ms, default 1000 ± 50 %), repeat. TTFB is the time to the
// response headers. See README "Load, faults and hostile input".
import { App } from "../harness/app";
import { flags, sleep } from "../harness/cli";
import { LOCALE_CODES, PAGE_TYPES, type PageType, paragraphDoc, readerUrls } from "./support/content";
import { Session, timedGet } from "../harness/http";
import { freshDatabase, withClient } from "../harness/postgres";
import { countBy, machine, summarize, table, writeResult } from "./support/report";
import { storedVariant } from "./support/saves";

const args = flags();
const DURATION_S = args.number("duration", 600);
const READERS = args.number("readers", 200);
const EDITORS = args.number("editors", 10);
const SPIKE_READERS = args.number("spike-readers", 500);
const SPIKE_S = args.number("spike-seconds", 30);
const THINK_MS = args.number("think-ms", 1000);
const SAVE_EVERY_MS = 2000;
const PUBLISH_EVERY_MS = 60_000;
const PORT = args.number("port", 3280);
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

type Phase = "main" | "spike" | "recovery";
interface Sample {
  phase: Phase;
  type: PageType;
  locale: string;
  status: number;
  ttfb: number;
  at: number;
  error?: string;
}

const db = await freshDatabase("load");
const app = new App({ port: PORT, databaseUrl: db.url, dataDir: ".data/load-loadtest", reuseBuild: args.bool("reuse-build"), logName: "loadtest" });
let exitCode = 0;
try {
  console.log(`Database ${db.name}; preparing the app…`);
  await app.prepare();
  await app.start();
  const base = app.baseURL;
  console.log(`App on ${base} (pid ${app.pid}); ${READERS} readers, ${EDITORS} editors, ${DURATION_S} s, then ${SPIKE_READERS} readers for ${SPIKE_S} s.`);

  const urls = await readerUrls(db.url);
  const authorId = await withClient(db.url, async (c) => (await c.query<{ id: string }>(`SELECT id FROM "Author" ORDER BY "createdAt" LIMIT 1`)).rows[0]!.id);

  // --- Staff: 10 editor accounts made through the users admin, each with an article of their own.
  const admin = await new Session(base).signIn("admin@example.com");
  const run = Date.now().toString(36);
  const editors: { session: Session; variantId: string; version: number; locale: string; acks: number; lastAckText: string | null; unacked: number; stale: number; failures: Record<string, number>; saveMs: number[] }[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const email = `load-editor-${i}-${run}@example.com`;
    const password = `load-editor-password-${i}`;
    const created = await admin.action("createUserAction", [{ name: `Load Editor ${i}`, email, role: "EDITOR", password }]);
    if (!created.result?.ok) throw new Error(`createUserAction: ${created.status} ${created.text.slice(0, 300)}`);
    const session = await new Session(base).signIn(email, password);
    const locale = LOCALE_CODES[i % LOCALE_CODES.length]!;
    const article = await session.action("createArticleAction", [{ locale, title: `Load test article ${i} ${run}`, authorIds: [authorId] }]);
    if (!article.result?.ok) throw new Error(`createArticleAction: ${article.status} ${article.text.slice(0, 300)}`);
    editors.push({ session, variantId: String(article.result.data!.variantId), version: 1, locale, acks: 0, lastAckText: null, unacked: 0, stale: 0, failures: {}, saveMs: [] });
  }

  // --- Warm-up: every URL once (first renders fill the page cache; not counted).
  const everyUrl = LOCALE_CODES.flatMap((l) => PAGE_TYPES.flatMap((t) => urls[l]![t]));
  for (let i = 0; i < everyUrl.length; i += 8) await Promise.all(everyUrl.slice(i, i + 8).map((u) => timedGet(`${base}${u}`)));
  console.log(`Warmed up ${everyUrl.length} URLs.`);

  // --- Load
  const samples: Sample[] = [];
  const started = performance.now();
  let phase: Phase = "main";
  let stopAll = false;
  const readerStops: boolean[] = [];

  const pick = <T,>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  async function reader(index: number) {
    while (!stopAll && !readerStops[index]) {
      const locale = pick(LOCALE_CODES);
      const type = pick(PAGE_TYPES);
      const r = await timedGet(`${base}${pick(urls[locale]![type])}`);
      samples.push({ phase, type, locale, status: r.status, ttfb: r.ttfb, at: performance.now() - started, ...(r.error ? { error: r.error } : {}) });
      if (THINK_MS > 0) await sleep(THINK_MS * (0.5 + Math.random()));
    }
  }
  function addReaders(from: number, to: number) {
    const running: Promise<void>[] = [];
    for (let i = from; i < to; i++) {
      readerStops[i] = false;
      // Spread the start over the first think time.
      running.push(sleep(Math.random() * Math.max(THINK_MS, 200)).then(() => reader(i)));
    }
    return running;
  }

  async function editor(e: (typeof editors)[number], index: number) {
    let n = 0;
    await sleep((SAVE_EVERY_MS / EDITORS) * index);
    while (!stopAll) {
      const next = performance.now() + SAVE_EVERY_MS;
      const text = `Editor ${index} autosave ${++n} ${Math.random().toString(36).slice(2)}`;
      const r = await e.session.action("saveVariantAction", [
        { variantId: e.variantId, baseVersion: e.version, title: `Load test article ${index} ${run}`, slug: "", summary: `Summary ${n}`, body: paragraphDoc(text) },
      ]);
      e.saveMs.push(r.ms);
      if (r.result?.ok) {
        e.version = Number(r.result.data!.version);
        e.acks++;
        e.lastAckText = text;
      } else if (r.result?.error === "staleVersion") {
        // Only this editor writes this article: a stale answer means an earlier
        // unacknowledged save was stored after all. Count it and carry on from there.
        const current = (r.result.current as { version: number }).version;
        e.unacked += current - e.version;
        e.stale++;
        e.version = current;
      } else {
        const key = r.error ?? `${r.status} ${r.result?.error ?? ""}`.trim();
        e.failures[key] = (e.failures[key] ?? 0) + 1;
      }
      await sleep(Math.max(0, next - performance.now()));
    }
  }

  const publishes: { ok: boolean; ms: number; error?: string; at: number }[] = [];
  async function publisher() {
    let k = 0;
    await sleep(Math.min(30_000, (DURATION_S * 1000) / 2));
    while (!stopAll) {
      const t0 = performance.now();
      const locale = LOCALE_CODES[k % LOCALE_CODES.length]!;
      const title = `Published under load ${++k} ${run}`;
      const created = await admin.action("createArticleAction", [{ locale, title, authorIds: [authorId] }]);
      let error: string | undefined;
      if (created.result?.ok) {
        const variantId = String(created.result.data!.variantId);
        const saved = await admin.action("saveVariantAction", [{ variantId, baseVersion: 1, title, slug: "", summary: "", body: paragraphDoc(`Text of ${title}.`) }]);
        const version = saved.result?.ok ? Number(saved.result.data!.version) : 1;
        const published = await admin.action("transitionVariantAction", [{ variantId, baseVersion: version, transition: "publish" }]);
        if (!published.result?.ok) error = `publish: ${published.status} ${published.result?.error ?? published.error ?? ""}`;
        // Readers start reading it (the first visits render it: the cache was just invalidated).
        else if (saved.result?.ok) urls[locale]!.article.push(`/${locale}/articles/${encodeURIComponent(String(saved.result.data!.slug))}`);
      } else error = `create: ${created.status} ${created.result?.error ?? created.error ?? ""}`;
      publishes.push({ ok: !error, ms: performance.now() - t0, at: t0 - started, ...(error ? { error } : {}) });
      const wait = PUBLISH_EVERY_MS - (performance.now() - t0);
      for (let waited = 0; waited < wait && !stopAll; waited += 500) await sleep(500);
    }
  }

  // Pool use, sampled from the server side every 500 ms: the app's connections to
  // its database (pg_stat_activity), how many are busy (running a statement or
  // holding a transaction open), and waits on locks. The app's pool has
  // DATABASE_POOL_SIZE (10) connections; a sample with all of them busy is a
  // moment when a further query would queue in the pool.
  const poolSamples: { at: number; phase: Phase; connections: number; busy: number; lockWaits: number }[] = [];
  async function poolSampler() {
    await withClient(db.url.replace(/\/[^/]+$/, "/postgres"), async (c) => {
      while (!stopAll) {
        const { rows } = await c.query<{ connections: string; busy: string; lock_waits: string }>(
          `SELECT count(*) AS connections,
                  count(*) FILTER (WHERE state IN ('active','idle in transaction')) AS busy,
                  count(*) FILTER (WHERE wait_event_type = 'Lock') AS lock_waits
             FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
          [db.name],
        );
        const row = rows[0]!;
        poolSamples.push({ at: performance.now() - started, phase, connections: Number(row.connections), busy: Number(row.busy), lockWaits: Number(row.lock_waits) });
        await sleep(500);
      }
    });
  }

  const background = [poolSampler(), publisher(), ...editors.map((e, i) => editor(e, i))];
  const readersRunning = addReaders(0, READERS);
  const progress = setInterval(() => {
    const recent = samples.filter((s) => s.at > performance.now() - started - 10_000);
    const s = summarize(recent.map((x) => x.ttfb));
    console.log(
      `  ${Math.round((performance.now() - started) / 1000)} s [${phase}] last 10 s: ${recent.length} pages, p95 ${s.p95} ms, 5xx ${recent.filter((x) => x.status >= 500).length}, saves acked ${editors.reduce((a, e) => a + e.acks, 0)}`,
    );
  }, 10_000);

  await sleep(DURATION_S * 1000);
  const mainEnd = performance.now() - started;

  // --- Spike: 500 readers for 30 s.
  phase = "spike";
  const spikeRunning = addReaders(READERS, SPIKE_READERS);
  await sleep(SPIKE_S * 1000);
  for (let i = READERS; i < SPIKE_READERS; i++) readerStops[i] = true;
  const spikeEnd = performance.now() - started;

  // --- Recovery: back to the base load; recovered when a 5 s window's p95 is
  // back within 1.5× the main phase's p95 (or under 600 ms) with no 5xx.
  phase = "recovery";
  const mainP95 = summarize(samples.filter((s) => s.phase === "main").map((s) => s.ttfb)).p95;
  const threshold = Math.max(mainP95 * 1.5, 600);
  let recoveredAfterS: number | null = null;
  for (let t = 5; t <= 60; t += 5) {
    await sleep(5000);
    const now = performance.now() - started;
    const window = samples.filter((s) => s.at > now - 5000 && s.at >= spikeEnd);
    const w = summarize(window.map((s) => s.ttfb));
    if (window.length > 0 && w.p95 <= threshold && !window.some((s) => s.status >= 500 || s.status === 0)) {
      recoveredAfterS = t;
      break;
    }
  }
  stopAll = true;
  clearInterval(progress);
  await Promise.all([...readersRunning, ...spikeRunning, ...background]);
  const totalS = (performance.now() - started) / 1000;

  // --- Saves: acknowledged vs stored.
  // Each acknowledged save bumps its variant's version by exactly one (optimistic
  // concurrency, src/server/articles/mutations.ts), and only its editor writes it.
  // So the versions stored must equal 1 (creation) + acknowledged saves (+ saves
  // stored whose answer was lost, counted from stale answers), the variant must
  // hold the text of the last acknowledged save, and its head revision row must
  // carry that same version and text (autosaves within 5 min coalesce into one
  // revision row, which each save updates in the same transaction).
  const verification = await withClient(db.url, async (c) => {
    const rows = [];
    for (const [index, e] of editors.entries()) {
      const stored = await storedVariant(c, e.variantId);
      rows.push({
        editor: index,
        acknowledged: e.acks,
        storedSaves: stored.version - 1,
        unacknowledgedButStored: e.unacked,
        failed: e.failures,
        versionMatches: stored.version === 1 + e.acks + e.unacked,
        lastAckTextStored: e.lastAckText === null || e.unacked > 0 || stored.bodyText.includes(e.lastAckText),
        headRevisionMatches: stored.consistent,
        revisionRows: stored.revisionRows,
      });
    }
    return rows;
  });
  const acknowledged = editors.reduce((a, e) => a + e.acks, 0);
  const storedSaves = verification.reduce((a, v) => a + v.storedSaves, 0);
  const savesOk = verification.every((v) => v.versionMatches && v.lastAckTextStored && v.headRevisionMatches);

  // --- Report
  const byPhase = (p: Phase) => samples.filter((s) => s.phase === p);
  const statusCounts = (list: Sample[]) => countBy(list, (s) => (s.status === 0 ? `error:${s.error}` : String(s.status)));
  const phaseRow = (p: Phase) => {
    const list = byPhase(p);
    const s = summarize(list.map((x) => x.ttfb));
    const seconds = p === "main" ? mainEnd / 1000 : p === "spike" ? (spikeEnd - mainEnd) / 1000 : totalS - spikeEnd / 1000;
    return { phase: p, requests: list.length, perSecond: Math.round(list.length / Math.max(seconds, 1)), ...s, statuses: statusCounts(list), fiveHundreds: list.filter((x) => x.status >= 500).length, errorsNot503: list.filter((x) => (x.status >= 500 && x.status !== 503) || x.status === 0).length };
  };
  const phases = (["main", "spike", "recovery"] as Phase[]).map(phaseRow);
  const byType = PAGE_TYPES.map((type) => ({ type, ...summarize(byPhase("main").filter((s) => s.type === type).map((s) => s.ttfb)) }));
  const poolMain = poolSamples.filter((s) => s.phase === "main");
  const pool = {
    poolSize: POOL_SIZE,
    samples: poolSamples.length,
    maxConnections: Math.max(0, ...poolSamples.map((s) => s.connections)),
    maxBusy: Math.max(0, ...poolSamples.map((s) => s.busy)),
    meanBusyMain: Math.round((poolMain.reduce((a, s) => a + s.busy, 0) / Math.max(poolMain.length, 1)) * 10) / 10,
    saturatedSamplesPct: Math.round((poolSamples.filter((s) => s.busy >= POOL_SIZE).length / Math.max(poolSamples.length, 1)) * 1000) / 10,
    lockWaitSamples: poolSamples.filter((s) => s.lockWaits > 0).length,
  };
  const saveLatency = summarize(editors.flatMap((e) => e.saveMs));
  const main = phases[0]!;
  const spike = phases[1]!;
  const targets = {
    // Under the base load: no 5xx at all. Under and after the spike: slower, or 503 (shed), never 500 or a timeout.
    zero5xx: main.fiveHundreds === 0,
    p95Under600: main.p95 <= 600,
    everyAckStored: savesOk && acknowledged <= storedSaves,
    spikeNo500: spike.errorsNot503 === 0 && phases[2]!.errorsNot503 === 0,
    recoveredWithinAMinute: recoveredAfterS !== null,
  };

  console.log("\nPublic pages (time to first byte, ms)");
  console.log(
    table([
      ["phase", "requests", "req/s", "p50", "p95", "p99", "max", "statuses"],
      ...phases.map((p) => [p.phase, p.requests, p.perSecond, p.p50, p.p95, p.p99, p.max, JSON.stringify(p.statuses)]),
    ]),
  );
  console.log("\nMain phase by page type (ms)");
  console.log(table([["type", "requests", "p50", "p95", "p99"], ...byType.map((t) => [t.type, t.count, t.p50, t.p95, t.p99])]));
  console.log("\nEditors");
  console.log(
    table([
      ["saves acknowledged", "versions stored", "stored, answer lost", "failed saves", "save p50/p95 ms", "publishes ok/tried", "check"],
      [
        acknowledged,
        storedSaves,
        editors.reduce((a, e) => a + e.unacked, 0),
        JSON.stringify(Object.assign({}, ...editors.map((e) => e.failures))),
        `${saveLatency.p50}/${saveLatency.p95}`,
        `${publishes.filter((p) => p.ok).length}/${publishes.length}`,
        savesOk ? "every ack stored, head revision = variant" : "MISMATCH",
      ],
    ]),
  );
  console.log("\nDatabase pool (pg_stat_activity, every 500 ms)");
  console.log(
    table([
      ["pool size", "max connections", "max busy", "mean busy (main)", "samples all busy", "samples with lock waits"],
      [pool.poolSize, pool.maxConnections, pool.maxBusy, pool.meanBusyMain, `${pool.saturatedSamplesPct} %`, pool.lockWaitSamples],
    ]),
  );
  console.log(`\nSpike: ${SPIKE_READERS} readers for ${SPIKE_S} s, 503 ${spike.statuses["503"] ?? 0}, other 5xx or timeouts ${spike.errorsNot503} (after it: ${phases[2]!.errorsNot503}); recovered ${recoveredAfterS === null ? "NOT within 60 s" : `within ${recoveredAfterS} s`} (5 s window p95 ≤ ${Math.round(threshold)} ms).`);
  console.log("\nTargets");
  console.log(table(Object.entries(targets).map(([k, v]) => [k, v ? "PASS" : "FAIL"])));

  const file = writeResult("loadtest", {
    when: new Date().toISOString(),
    settings: { DURATION_S, READERS, EDITORS, SPIKE_READERS, SPIKE_S, THINK_MS, SAVE_EVERY_MS, PUBLISH_EVERY_MS },
    machine: machine(),
    phases,
    byType,
    saves: { acknowledged, storedSaves, latency: saveLatency, perEditor: verification },
    publishes,
    pool,
    recoveredAfterS,
    targets,
  });
  console.log(`\nJSON: ${file}`);
  // Hard failures: a lost or half-written save, a 500 or a timeout in any phase. Latency,
  // shedding (503) and recovery depend on the machine's capacity: reported, not enforced.
  const hardErrors = phases.reduce((a, p) => a + p.errorsNot503, 0);
  if (!targets.everyAckStored || hardErrors > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await app.stop();
  app.close();
  if (!args.bool("keep-db")) await db.drop().catch(() => {});
}
process.exit(exitCode);
