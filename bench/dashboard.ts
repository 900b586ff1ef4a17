// The editors' dashboard at newsroom scale: the articles list (filters, keyset
// pages) and a save, on 100k language versions in a fresh Postgres database.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:dashboard
// (the server of that URL gets a throw-away database, dropped afterwards).
// `npm run bench` imports measureDashboard() and runs it on its own database.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { BENCH_EDITOR_ID, createBenchDatabase, progressBar, seedBench } from "./seed";

export interface Timing {
  label: string;
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function timingOf(label: string, samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 10) / 10;
  return { label, p50: at(0.5), p95: at(0.95), max: at(1), n: s.length };
}

/** Times `run` n times after a warm-up (5 calls). */
export async function measure(label: string, n: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 5; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return timingOf(label, samples);
}

/**
 * The dashboard's list queries and a save, through the app's own domain
 * functions, on the database of DATABASE_URL (seeded by bench/seed.ts). Set
 * DATABASE_URL before calling: the app's Prisma client reads it on first use.
 */
export async function measureDashboard({ n = 100, works }: { n?: number; works: number }): Promise<Timing[]> {
  const { listDashboardArticles } = await import("../src/server/articles/dashboard-queries");
  const { saveVariant } = await import("../src/server/articles/mutations");
  const actor = { id: BENCH_EDITOR_ID, email: "bench@example.org", name: "Bench Editor", role: "EDITOR" as const, locales: [], canPublish: false };
  const debates = Math.max(1, Math.min(200, Math.floor(works / 50)));
  const authors = Math.max(20, Math.min(2000, Math.floor(works / 10)));
  const results: Timing[] = [];
  const log = (t: Timing) => {
    results.push(t);
    console.log(`${t.label.padEnd(42)} p50 ${t.p50} ms · p95 ${t.p95} ms · n=${t.n}`);
  };

  log(await measure("list: first page, no filter", n, () => listDashboardArticles(actor, {})));
  log(await measure("list: language = ar", n, () => listDashboardArticles(actor, { locale: "ar" })));
  log(await measure("list: status = IN_REVIEW", n, () => listDashboardArticles(actor, { status: "IN_REVIEW" })));
  log(await measure("list: one debate", n, (i) => listDashboardArticles(actor, { debateId: `d${(i % debates) + 1}` })));
  log(await measure("list: one author", n, (i) => listDashboardArticles(actor, { authorId: `au${(i % authors) + 1}` })));
  log(await measure("list: title contains", n, (i) => listDashboardArticles(actor, { q: `${(i % 900) + 100}` })));
  // Deep pages: follow the keyset cursor 200 pages down (fewer on a small set), then time the next pages.
  let after: { updatedAt: Date; id: string } | undefined;
  for (let p = 0; p < Math.min(200, Math.floor(works / 25)); p++) after = (await listDashboardArticles(actor, { after })).next ?? undefined;
  log(await measure("list: deep page (keyset)", n, () => listDashboardArticles(actor, { after })));
  let heCursor: { updatedAt: Date; id: string } | undefined;
  for (let p = 0; p < Math.min(50, Math.floor(works / 100)); p++) heCursor = (await listDashboardArticles(actor, { locale: "he", after: heCursor })).next ?? undefined;
  log(await measure("list: language = he, deep page (keyset)", n, () => listDashboardArticles(actor, { locale: "he", after: heCursor })));

  const versions = new Map<string, number>();
  log(await measure("save (autosave of a 1,500-word text)", n, async (i) => {
    const variantId = `v${(i % 500) + 1}en`;
    const baseVersion = versions.get(variantId) ?? (await currentVersion(variantId));
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Edit ${i}. ${"word ".repeat(1500)}` }] }] };
    const result = await saveVariant(actor, { variantId, baseVersion, title: `Title ${i}`, slug: "", summary: "s", body });
    versions.set(variantId, result.version);
  }));

  // Translation memory, as full as the site's translations make it: every work's English and
  // Arabic (and Hebrew) summaries paired, set-based, one row per distinct pair as publishing
  // stores them (the generated texts repeat a small pool of paragraphs, so there are far fewer
  // distinct pairs than works: the count is printed).
  const { db } = await import("../src/server/db");
  const { memoryMatches, memoryMatchesForBlocks } = await import("../src/server/translations/memory");
  for (const target of ["ar", "he"]) {
    await db.$executeRawUnsafe(`
      INSERT INTO "TranslationMemory" ("id", "sourceLocale", "targetLocale", "sourceText", "targetText", "target", "pairHash", "updatedAt")
      SELECT 'tm' || s."id" || '${target}', 'en', '${target}', s."summary", t."summary", '[]'::jsonb, md5('en' || '${target}' || s."summary" || t."summary"), now()
      FROM "ArticleVariant" s JOIN "ArticleVariant" t ON t."articleId" = s."articleId" AND t."locale" = '${target}'
      WHERE s."locale" = 'en' AND length(s."summary") >= 12
      ON CONFLICT DO NOTHING`);
  }
  console.log(`translation memory: ${await db.translationMemory.count()} pairs`);
  const samples = (await db.articleVariant.findMany({ where: { locale: "en" }, select: { summary: true }, take: 200, orderBy: { id: "asc" } })).map((v) => v.summary);
  // A near match: the paragraph with one word changed, as when the source was edited a little.
  const edited = (text: string, i: number) => text.replace(/\b(\w+)\b/, `word${i}`);
  log(await measure("memory: one paragraph (exact or near)", n, (i) => memoryMatches(actor, { sourceLocale: "en", targetLocale: "ar", text: i % 2 ? samples[i % samples.length]! : edited(samples[i % samples.length]!, i) })));
  log(await measure("memory: a 20-block article in one query", n, (i) => memoryMatchesForBlocks(actor, { sourceLocale: "en", targetLocale: "he", texts: Array.from({ length: 20 }, (_, k) => samples[(i * 20 + k) % samples.length]!) })));
  return results;
}

async function currentVersion(variantId: string): Promise<number> {
  const { db } = await import("../src/server/db");
  return (await db.articleVariant.findUniqueOrThrow({ where: { id: variantId }, select: { version: true } })).version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const works = Number(process.env.BENCH_WORKS ?? 20_000);
  const database = await createBenchDatabase(serverUrl);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../src/server/db");
  try {
    const seeded = await seedBench(database.url, { works, onProgress: progressBar("seeding") });
    console.log(`Seeded ${seeded.variants} language versions in ${seeded.seconds.toFixed(1)} s`);
    await measureDashboard({ works });
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}
