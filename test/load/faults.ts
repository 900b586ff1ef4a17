// `npm run faults`: the production app under four faults, with a pass/fail table
// (JSON in test/load/results/).
//  (a) kill -9 of the Next server during a burst of saves, then a restart:
//      every acknowledged save is stored, none is half-written.
//  (b) Postgres stopped and started under load (a private cluster of this suite,
//      never the shared server): a clean error page while it is down, then the
//      same app process serves again by itself.
//  (c) media uploads over the size limit and onto a full disk (a 1 MB tmpfs when
//      run as root): a clear error, no orphaned file or row.
//  (d) publish-all failing in its middle (a trigger injected into the database
//      refuses the second version): nothing of it is visible; plus the Vitest
//      case that injects a failure just before the commit.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jpegBytes } from "../support/test-images";
import { App } from "./support/app";
import { flags, sleep } from "./support/cli";
import { paragraphDoc } from "./support/content";
import { action, Session, timedGet } from "./support/http";
import { freshDatabase, PrivateCluster, SHARED_SERVER, withClient } from "./support/postgres";
import { machine, table, writeResult } from "./support/report";
import { storedVariant } from "./support/saves";

const args = flags();
const PORT = args.number("port", 3281);
const PG_PORT = args.number("pg-port", 5499);
const DATA_DIR = ".data/load-faults";
const MAX_BYTES = 10 * 1024 * 1024;

interface Check {
  fault: string;
  check: string;
  pass: boolean;
  detail: string;
}
const checks: Check[] = [];
function check(fault: string, name: string, pass: boolean, detail = "") {
  checks.push({ fault, check: name, pass, detail });
  console.log(`  ${pass ? "PASS" : "FAIL"}  ${fault}: ${name}${detail ? ` — ${detail}` : ""}`);
}

/** What must never reach a visitor: a stack trace, module paths, driver internals. */
const LEAK = /\bat [\w.$<>]+ \(|node_modules\/|Prisma|ECONNREFUSED|DriverAdapterError|"stack"/i;

// --- The database: a private cluster when possible (needed for the restart fault).
const isRoot = process.getuid?.() === 0;
let cluster: PrivateCluster | null = null;
let databaseUrl: string;
let dropDb: (() => Promise<void>) | null = null;
if (PrivateCluster.available()) {
  cluster = new PrivateCluster(PG_PORT);
  await cluster.init();
  await withClient(`${cluster.url}/postgres`, (c) => c.query(`CREATE DATABASE load_faults`));
  databaseUrl = `${cluster.url}/load_faults`;
} else {
  const db = await freshDatabase("load_faults", SHARED_SERVER);
  databaseUrl = db.url;
  dropDb = db.drop;
}

// --- Media on a tiny disk: a 1 MB tmpfs (root), else a path where every write fails.
const mediaDir = path.resolve(DATA_DIR, "media-small-disk");
rmSync(DATA_DIR, { recursive: true, force: true });
mkdirSync(mediaDir, { recursive: true });
let diskFull: "tmpfs" | "unwritable" = "unwritable";
if (isRoot && spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mediaDir]).status === 0) diskFull = "tmpfs";
else {
  // Not root: MEDIA_DIR below a plain file, so mkdir/open fail (ENOTDIR) — a stand-in for ENOSPC.
  rmSync(mediaDir, { recursive: true, force: true });
  writeFileSync(mediaDir, "not a folder");
}
const mediaPath = diskFull === "tmpfs" ? mediaDir : path.join(mediaDir, "media");

// Whatever happens, the private cluster and the tmpfs go away with the suite.
function cleanupSync() {
  if (diskFull === "tmpfs") spawnSync("umount", [mediaDir]);
  cluster?.destroy();
}
process.once("uncaughtException", (error) => {
  console.error(error);
  cleanupSync();
  process.exit(1);
});

const app = new App({ port: PORT, databaseUrl, dataDir: DATA_DIR, reuseBuild: args.bool("reuse-build"), logName: "faults", env: { MEDIA_DIR: mediaPath } });
let exitCode = 0;
try {
  console.log(`Database ${databaseUrl} (${cluster ? `private cluster on port ${PG_PORT}` : "shared server"}); media on ${diskFull === "tmpfs" ? "a 1 MB tmpfs" : "an unwritable path"}.`);
  await app.prepare();
  await app.start();
  const base = app.baseURL;
  const authorId = await withClient(databaseUrl, async (c) => (await c.query<{ id: string }>(`SELECT id FROM "Author" ORDER BY "createdAt" LIMIT 1`)).rows[0]!.id);
  const editor = await new Session(base).signIn("editor@example.com");
  const admin = await new Session(base).signIn("admin@example.com");

  async function newArticle(session: Session, title: string, locale = "en") {
    const created = await session.action("createArticleAction", [{ locale, title, authorIds: [authorId] }]);
    if (!created.result?.ok) throw new Error(`createArticleAction: ${created.status} ${created.text.slice(0, 200)}`);
    return { articleId: String(created.result.data!.articleId), variantId: String(created.result.data!.variantId) };
  }

  // ---------------------------------------------------------------- (a) kill -9
  {
    const fault = "(a) kill -9 during saves";
    const writers = await Promise.all(Array.from({ length: 8 }, (_, i) => newArticle(editor, `Crash test ${i} ${Date.now()}`)));
    const state = writers.map((w) => ({ ...w, version: 1, acked: [] as { version: number; text: string }[], inFlight: null as string | null, errors: 0 }));
    let stop = false;
    const loops = state.map(async (s, i) => {
      let n = 0;
      while (!stop) {
        const text = `burst ${i} save ${++n} ${Math.random().toString(36).slice(2)}`;
        s.inFlight = text;
        const r = await editor.action("saveVariantAction", [{ variantId: s.variantId, baseVersion: s.version, title: `Crash test ${i}`, slug: "", summary: "", body: paragraphDoc(text) }]);
        if (r.result?.ok) {
          s.version = Number(r.result.data!.version);
          s.acked.push({ version: s.version, text });
          s.inFlight = null;
        } else {
          s.errors++;
          if (r.status === 0) return; // the server is gone: this request's fate is unknown
        }
      }
    });
    await sleep(4000);
    const pid = app.pid;
    await app.kill9();
    stop = true;
    await Promise.all(loops);
    const acknowledged = state.reduce((a, s) => a + s.acked.length, 0);
    const t0 = performance.now();
    await app.start();
    check(fault, "the app restarts", true, `killed pid ${pid} after ${acknowledged} acknowledged saves; serving again in ${Math.round(performance.now() - t0)} ms`);

    let lost = 0;
    let halfWritten = 0;
    let committedUnacked = 0;
    await withClient(databaseUrl, async (c) => {
      for (const s of state) {
        const stored = await storedVariant(c, s.variantId);
        const last = s.acked.at(-1);
        if (!stored.consistent) halfWritten++;
        if (!last) continue;
        if (stored.version === last.version && stored.bodyText.includes(last.text)) continue;
        if (stored.version === last.version + 1 && s.inFlight && stored.bodyText.includes(s.inFlight)) committedUnacked++;
        else lost++;
      }
    });
    check(fault, "every acknowledged save is in the database", lost === 0, `${acknowledged} acknowledged over ${state.length} articles; ${lost} lost; ${committedUnacked} in-flight save(s) committed without an answer (allowed: the client retries against the newer version)`);
    check(fault, "none half-written (variant = its head revision)", halfWritten === 0, `${halfWritten} inconsistent`);
    // The editor's session survives the restart (sessions are signed tokens), and saving goes on.
    const again = await withClient(databaseUrl, (c) => storedVariant(c, state[0]!.variantId));
    const after = await editor.action("saveVariantAction", [{ variantId: state[0]!.variantId, baseVersion: again.version, title: "Crash test 0", slug: "", summary: "", body: paragraphDoc("after the restart") }]);
    check(fault, "saving works again after the restart, same session", !!after.result?.ok, `${after.status} ${after.result?.error ?? ""}`);
  }

  // ------------------------------------------------------- (b) Postgres restart
  if (cluster) {
    const fault = "(b) Postgres down and back";
    const pid = app.pid;
    const { variantId } = await newArticle(editor, `Restart test ${Date.now()}`);
    let version = 1;
    let stop = false;
    const outcomes: { phase: string; status: number }[] = [];
    let phase = "before";
    // Load meanwhile: readers on dynamic pages and an autosaving editor.
    const readers = Array.from({ length: 10 }, async (_, i) => {
      while (!stop) {
        const r = await timedGet(`${base}/en/search?q=rights${i}${Math.random().toString(36).slice(2, 5)}`, { timeoutMs: 15_000 });
        outcomes.push({ phase, status: r.status });
        await sleep(200);
      }
    });
    const saver = (async () => {
      while (!stop) {
        const r = await editor.action("saveVariantAction", [{ variantId, baseVersion: version, title: "Restart test", slug: "", summary: "", body: paragraphDoc(`t ${Date.now()}`) }]);
        if (r.result?.ok) version = Number(r.result.data!.version);
        await sleep(500);
      }
    })();
    await sleep(3000);
    cluster.stop();
    phase = "down";
    const downAt = performance.now();
    await sleep(1500);
    // While it is down: pages that need the database, and a save.
    const probes = await Promise.all([
      timedGet(`${base}/en/search?q=down${Date.now()}`, { keepBody: true, timeoutMs: 20_000 }),
      timedGet(`${base}/fr/search?q=bas${Date.now()}`, { keepBody: true, timeoutMs: 20_000 }),
      editor.fetch("/en/dashboard/articles").then(async (r) => ({ status: r.status, body: await r.text() })),
    ]);
    const downSave = await editor.action("saveVariantAction", [{ variantId, baseVersion: version, title: "Restart test", slug: "", summary: "", body: paragraphDoc("while down") }]);
    const statuses = probes.map((p) => p.status);
    const leaks = probes.filter((p) => LEAK.test(p.body ?? ""));
    check(fault, "pages needing the database answer an error status while it is down", statuses.every((s) => s >= 500 && s < 600), `statuses ${statuses.join(", ")} (503 would be preferable to 500: see README)`);
    check(fault, "the error page shows no stack or driver detail", leaks.length === 0, leaks.length ? (leaks[0]!.body ?? "").match(LEAK)?.[0] ?? "" : "checked for stack frames, module paths, Prisma/driver names");
    check(fault, "a save while it is down is refused cleanly, not acknowledged", !downSave.result?.ok && !LEAK.test(downSave.text), `${downSave.status} ${downSave.result?.error ?? downSave.error ?? downSave.text.slice(0, 80)}`);
    await sleep(Math.max(0, 5000 - (performance.now() - downAt)));
    await cluster.start();
    phase = "after";
    const upAt = performance.now();
    let servedAfterMs: number | null = null;
    let savedAfterMs: number | null = null;
    while (performance.now() - upAt < 30_000 && (servedAfterMs === null || savedAfterMs === null)) {
      if (servedAfterMs === null) {
        const r = await timedGet(`${base}/en/search?q=back${Date.now()}`, { timeoutMs: 10_000 });
        if (r.status === 200) servedAfterMs = performance.now() - upAt;
      }
      if (savedAfterMs === null) {
        const current = await withClient(databaseUrl, (c) => storedVariant(c, variantId)).catch(() => null);
        if (current) {
          const r = await editor.action("saveVariantAction", [{ variantId, baseVersion: current.version, title: "Restart test", slug: "", summary: "", body: paragraphDoc("after postgres came back") }]);
          if (r.result?.ok) savedAfterMs = performance.now() - upAt;
        }
      }
      await sleep(250);
    }
    stop = true;
    await Promise.all([...readers, saver]);
    check(fault, "the same app process is still running (not restarted)", app.pid === pid && pid !== undefined, `pid ${pid}`);
    check(fault, "pages served again within 10 s of Postgres being back", servedAfterMs !== null && servedAfterMs <= 10_000, servedAfterMs === null ? "never within 30 s" : `${Math.round(servedAfterMs)} ms`);
    check(fault, "saves acknowledged again within 10 s", savedAfterMs !== null && savedAfterMs <= 10_000, savedAfterMs === null ? "never within 30 s" : `${Math.round(savedAfterMs)} ms`);
    const byPhase = (p: string) => JSON.stringify(Object.fromEntries(["before", "down", "after"].includes(p) ? Object.entries(outcomes.filter((o) => o.phase === p).reduce<Record<string, number>>((a, o) => ((a[o.status] = (a[o.status] ?? 0) + 1), a), {})) : []));
    check(fault, "readers under load: statuses by phase", true, `before ${byPhase("before")}, down ${byPhase("down")}, after ${byPhase("after")}`);
  } else {
    check("(b) Postgres down and back", "skipped: no initdb/pg_ctl for a private cluster", true, "");
  }

  // ------------------------------------------------------------- (c) media
  {
    const fault = "(c) media upload";
    const mediaRows = () => withClient(databaseUrl, async (c) => Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Media"`)).rows[0]!.n));
    const files = () => {
      try {
        return readdirSync(mediaPath).filter((f) => f !== "lost+found");
      } catch {
        return [];
      }
    };
    const upload = async (bytes: Buffer, name: string) => {
      const form = new FormData();
      // As React encodes a FormData argument (a browser's upload, captured): fields "_1_<name>", root "0".
      form.set("_1_file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), name);
      form.set("0", '["$K1"]');
      return editor.action(action("uploadMediaAction", "/media"), { raw: form });
    };
    const padded = (size: number) => Buffer.concat([jpegBytes(40, 30), Buffer.alloc(size - jpegBytes(40, 30).length, 7)]);

    // Control: a small valid image posted the same way must be stored, or the cases below prove nothing.
    const control = await upload(jpegBytes(40, 30), "control.jpg");
    check(fault, "control: a small valid image posted the same way is accepted", !!control.result?.ok, `${control.status} ${JSON.stringify(control.result ?? control.text.slice(0, 80))}`);

    const cases: [string, Buffer][] = [
      [`just over the limit (${MAX_BYTES + 1} bytes)`, padded(MAX_BYTES + 1)],
      [`over the request body limit (12 MB)`, padded(12 * 1024 * 1024)],
      [diskFull === "tmpfs" ? "1.5 MB onto a full 1 MB disk" : "1.5 MB onto an unwritable media folder", padded(1_500_000)],
    ];
    for (const [label, bytes] of cases) {
      const rowsBefore = await mediaRows();
      const filesBefore = files();
      const r = await upload(bytes, "../../etc/big.jpg");
      const rowsAfter = await mediaRows();
      const filesAfter = files();
      // Over the body limit, Next itself refuses the request before the action runs (README).
      const nextsOwn = bytes.length > MAX_BYTES + 1024 * 1024;
      // "notAnImage" would mean the file never reached the size check or the disk: no proof either way.
      const message = (r.result?.issues as { message: string }[] | undefined)?.[0]?.message;
      const clear = !r.result?.ok && !LEAK.test(r.text) && (nextsOwn || (!!r.result && r.result.error !== "unexpected" && message !== "notAnImage"));
      check(fault, `${label}: ${nextsOwn ? "refused by Next, no detail leaked" : "a clear error"}`, clear, `${r.status} ${r.result ? JSON.stringify({ error: r.result.error, fields: r.result.fields, issues: r.result.issues }) : r.text.slice(0, 120)}`);
      check(fault, `${label}: no orphaned row or file`, rowsAfter === rowsBefore && filesAfter.length === filesBefore.length, `rows ${rowsBefore}→${rowsAfter}, files ${filesBefore.length}→${filesAfter.length}${filesAfter.length ? ` (${filesAfter.join(", ")})` : ""}`);
    }
  }

  // ------------------------------------------------ (d) publish-all in its middle
  {
    const fault = "(d) publish-all failing midway";
    const title = `Publish all ${Date.now()}`;
    const { articleId, variantId } = await newArticle(editor, title);
    const saved = await editor.action("saveVariantAction", [{ variantId, baseVersion: 1, title, slug: "", summary: "", body: paragraphDoc("English text") }]);
    await editor.action("transitionVariantAction", [{ variantId, baseVersion: Number(saved.result?.data?.version ?? 2), transition: "submit" }]);
    const slugs = await withClient(databaseUrl, async (c) => {
      for (const locale of ["es", "fr"]) {
        await c.query(
          `INSERT INTO "ArticleVariant" (id, "articleId", locale, title, slug, body, status, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, 'IN_REVIEW', now())`,
          [`faults${locale}${Date.now()}`, articleId, locale, `${title} ${locale}`, `publish-all-${locale}-${Date.now()}`, JSON.stringify(paragraphDoc(`texte ${locale}`))],
        );
      }
      // The injected failure: the second version to be published in a transaction is refused by the database.
      await c.query(`CREATE OR REPLACE FUNCTION load_faults_fail_second() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.status = 'PUBLISHED' AND OLD.status <> 'PUBLISHED' AND EXISTS (
            SELECT 1 FROM "ArticleVariant" WHERE "articleId" = NEW."articleId" AND id <> NEW.id AND status = 'PUBLISHED') THEN
            RAISE EXCEPTION 'injected failure in the middle of publish-all';
          END IF;
          RETURN NEW;
        END $$`);
      await c.query(`CREATE TRIGGER load_faults_fail_second BEFORE UPDATE ON "ArticleVariant" FOR EACH ROW EXECUTE FUNCTION load_faults_fail_second()`);
      return (await c.query<{ locale: string; slug: string }>(`SELECT locale, slug FROM "ArticleVariant" WHERE "articleId" = $1`, [articleId])).rows;
    });
    const failed = await editor.action("publishAllAction", [{ articleId }]);
    check(fault, "the action reports a failure", !failed.result?.ok && !LEAK.test(failed.text), `${failed.status} ${failed.result?.error ?? failed.text.slice(0, 100)}`);
    const after = await withClient(databaseUrl, async (c) => {
      const variants = (await c.query<{ status: string; publishedAt: Date | null }>(`SELECT status, "publishedAt" FROM "ArticleVariant" WHERE "articleId" = $1`, [articleId])).rows;
      const audits = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'variant.publish' AND data->>'together' = 'true' AND "entityId" IN (SELECT id FROM "ArticleVariant" WHERE "articleId" = $1)`, [articleId])).rows[0]!.n);
      await c.query(`DROP TRIGGER load_faults_fail_second ON "ArticleVariant"`);
      return { variants, audits };
    });
    check(fault, "no version changed status, no audit event", after.variants.every((v) => v.status === "IN_REVIEW" && v.publishedAt === null) && after.audits === 0, JSON.stringify(after.variants.map((v) => v.status)));
    const pages = await Promise.all(slugs.map((s) => timedGet(`${base}/${s.locale}/articles/${encodeURIComponent(s.slug)}`)));
    const feed = await timedGet(`${base}/en/feed.xml`, { keepBody: true });
    check(fault, "readers see none of it (pages 404, not in the feed)", pages.every((p) => p.status === 404) && !feed.body?.includes(title), `pages ${pages.map((p) => p.status).join(", ")}`);
    const retry = await editor.action("publishAllAction", [{ articleId }]);
    check(fault, "with the fault gone, publish-all publishes all three", !!retry.result?.ok && (retry.result.data?.published as string[]).length === 3, JSON.stringify(retry.result?.data ?? retry.result?.error));
    // The Vitest case injecting a failure just before the commit (src/server/articles/mutations.test.ts).
    const vitest = spawnSync("npx", ["vitest", "run", "src/server/articles/mutations.test.ts", "-t", "publishes all ready languages together"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `${SHARED_SERVER}/postgres` },
    });
    const summary = /Tests\s+(.*)/.exec(vitest.stdout)?.[1]?.trim() ?? vitest.stderr.slice(-200);
    check(fault, "Vitest: failure injected before the commit rolls everything back", vitest.status === 0, summary);
    void admin;
  }
} catch (error) {
  console.error(error);
  check("suite", "ran to the end", false, (error as Error).message);
} finally {
  await app.stop();
  app.close();
  cleanupSync();
  await dropDb?.().catch(() => {});
}

console.log(`\n${table([["fault", "check", "result", "detail"], ...checks.map((c) => [c.fault, c.check, c.pass ? "PASS" : "FAIL", c.detail.slice(0, 140)])])}`);
const failed = checks.filter((c) => !c.pass).length;
console.log(`\n${checks.length - failed}/${checks.length} checks passed.`);
console.log(`JSON: ${writeResult("faults", { when: new Date().toISOString(), machine: machine(), diskFull, privateCluster: !!cluster, checks })}`);
if (failed > 0) exitCode = 1;
process.exit(exitCode);
