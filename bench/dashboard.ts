// The editors' dashboard at newsroom scale: the articles list (filters, keyset
// pages) and a save, on 100k language versions in a fresh Postgres database.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:dashboard
// (the server of that URL gets a throw-away database, dropped afterwards).
import { performance } from "node:perf_hooks";
import pg from "pg";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const works = Number(process.env.BENCH_WORKS ?? 20_000);
const LOCALES = ["en", "es", "fr", "ar", "he"];
const name = `cms_bench_${Date.now()}`;
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
process.env.DATABASE_URL = url.toString();

const { applyMigrations } = await import("../src/server/database/schema-engine");
const { db } = await import("../src/server/db");
const { listDashboardArticles } = await import("../src/server/articles/dashboard-queries");
const { saveVariant } = await import("../src/server/articles/mutations");

try {
  await applyMigrations(url.toString());
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  // Set-based inserts: 100k rows in seconds, not hours.
  await client.query(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('bench-editor', 'bench@example.org', 'Bench Editor', 'x', 'EDITOR', now());
    INSERT INTO "Debate" (id, status, "publishedAt", "updatedAt") SELECT 'd' || g, 'PUBLISHED', now(), now() FROM generate_series(1, 200) g;
    INSERT INTO "DebateTranslation" (id, "debateId", locale, title, slug, "updatedAt") SELECT 'dt' || g, 'd' || g, 'en', 'Debate ' || g, 'debate-' || g, now() FROM generate_series(1, 200) g;
    INSERT INTO "Author" (id, name, slug, "updatedAt") SELECT 'au' || g, 'Author ' || g, 'author-' || g, now() FROM generate_series(1, 2000) g;
    INSERT INTO "Article" (id, "debateId", "sourceLocale", "updatedAt") SELECT 'a' || g, 'd' || (g % 200 + 1), 'en', now() FROM generate_series(1, ${works}) g;
    INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) SELECT 'a' || g, 'au' || (g % 2000 + 1), 0 FROM generate_series(1, ${works}) g;
    INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) SELECT 'a' || g, 'au' || ((g * 7) % 2000 + 1), 1 FROM generate_series(1, ${works}) g WHERE (g * 7) % 2000 <> g % 2000;
  `);
  await client.query(
    `INSERT INTO "ArticleVariant" (id, "articleId", locale, title, slug, summary, body, status, "publishAt", "updatedAt")
     SELECT 'v' || g || l.code, 'a' || g, l.code, 'Article ' || g || ' about rights (' || l.code || ')', 'article-' || g, 'Summary ' || g,
            jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', repeat('Words of article ' || g || '. ', 40)))))),
            (ARRAY['DRAFT','IN_REVIEW','SCHEDULED','PUBLISHED','PUBLISHED','PUBLISHED'])[1 + (g % 6)]::"VariantStatus",
            now() - (g || ' minutes')::interval, now() - (g || ' seconds')::interval
     FROM generate_series(1, $1::int) g CROSS JOIN unnest($2::text[]) AS l(code)`,
    [works, LOCALES],
  );
  await client.query(`INSERT INTO "Revision" (id, "variantId", version, title, slug, summary, body, event) SELECT 'r' || id, id, 1, title, slug, summary, body, 'create' FROM "ArticleVariant"`);
  await client.query("ANALYZE");
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ArticleVariant"`);
  await client.end();
  console.log(`Seeded ${rows[0]!.n} language versions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const actor = { id: "bench-editor", email: "bench@example.org", name: "Bench Editor", role: "EDITOR" as const, locales: [], canPublish: false };
  const stats = (samples: number[]) => {
    const s = [...samples].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1);
    return `p50 ${at(0.5)} ms · p95 ${at(0.95)} ms · n=${s.length}`;
  };
  async function measure(label: string, n: number, run: (i: number) => Promise<unknown>) {
    for (let i = 0; i < 5; i++) await run(i); // warm up
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await run(i);
      samples.push(performance.now() - start);
    }
    console.log(`${label.padEnd(42)} ${stats(samples)}`);
  }

  await measure("list: first page, no filter", 100, () => listDashboardArticles(actor, {}));
  await measure("list: language = ar", 100, () => listDashboardArticles(actor, { locale: "ar" }));
  await measure("list: status = IN_REVIEW", 100, () => listDashboardArticles(actor, { status: "IN_REVIEW" }));
  await measure("list: one debate", 100, (i) => listDashboardArticles(actor, { debateId: `d${(i % 200) + 1}` }));
  await measure("list: one author", 100, (i) => listDashboardArticles(actor, { authorId: `au${(i % 2000) + 1}` }));
  await measure("list: title contains", 100, (i) => listDashboardArticles(actor, { q: `Article ${1000 + i} ` }));
  // Deep pages: follow the keyset cursor 200 pages down, then time the next pages.
  let after: { updatedAt: Date; id: string } | undefined;
  for (let p = 0; p < 200; p++) after = (await listDashboardArticles(actor, { after })).next ?? undefined;
  await measure("list: page 200+ (keyset)", 100, () => listDashboardArticles(actor, { after }));

  const versions = new Map<string, number>();
  await measure("save (autosave of a 1,500-word text)", 100, async (i) => {
    const variantId = `v${(i % 500) + 1}en`;
    const baseVersion = versions.get(variantId) ?? 1;
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Edit ${i}. ${"word ".repeat(1500)}` }] }] };
    const result = await saveVariant(actor, { variantId, baseVersion, title: `Title ${i}`, slug: "", summary: "s", body });
    versions.set(variantId, result.version);
  });
} finally {
  await db.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
