// Seeds a newsroom-sized data set into a throw-away Postgres database, for the
// benchmarks (bench/run.ts, bench/dashboard.ts). Never the demo data, never a
// database it did not create.
//
// The shape: `works` articles × 5 locales (en, es, fr, ar, he), bodies of ≈1,500
// generated words (Arabic and Hebrew script for ar/he), 1–2 authors each, debates of
// 50 articles (debate 1 entirely published: the page the benchmark loads), one or two
// revisions per version. Ids are predictable (a<n>, v<n><locale>, d<n>, au<n>) so the
// measurements can name what they load.
//
// Rows go in as set-based inserts of a few hundred works at a time (arrays through
// unnest), two connections in parallel; the search and trigram indexes are built once
// at the end rather than maintained row by row.
import { performance } from "node:perf_hooks";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { freshDatabase } from "../test/harness/postgres";

export const BENCH_LOCALES = ["en", "es", "fr", "ar", "he"] as const;
export const BENCH_EDITOR_ID = "bench-editor";
export const BENCH_ADMIN = { email: "bench-admin@example.org", password: "bench-password-not-secret" };
/** Works per debate; debate 1 is the benchmark's "debate page with 50 articles". */
export const ARTICLES_PER_DEBATE = 50;

export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty, migrated database `bench_<time>_<pid>` on the server of `serverUrl`. */
export function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  return freshDatabase("bench", serverUrl, { migrate: true });
}

export interface SeedOptions {
  works: number;
  /** Default: 200, or fewer so that each debate has 50 articles. */
  debates?: number;
  authors?: number;
  onProgress?: (variantsDone: number, variantsTotal: number) => void;
}

export interface SeedSummary {
  variants: number;
  works: number;
  debates: number;
  authors: number;
  revisions: number;
  seconds: number;
  /** What the benchmark loads. */
  /** Per locale, a topic word found in ~1,400 articles readers can see (one work in ten, 70% of them public). */
  sample: { articleSlug: string; debateSlug: string; searchQueries: Record<(typeof BENCH_LOCALES)[number], string>; authorSlug: string };
}

// ---------------------------------------------------------------- text generation

/** A tiny deterministic PRNG (mulberry32): the same data set on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES: Record<string, string[]> = {
  en: "ri ghts ac count con sti tu tion pol i cy gov ern ment lo cal glob al so ci e ty pub lic de bate free dom jus tice".split(" "),
  es: "de re cho so cie dad go bier no lo cal pú bli co jus ti cia li ber tad or ga ni za ción mun do".split(" "),
  fr: "droit so cié té gou ver ne ment lo cal pu blic jus tice li ber té or ga ni sa tion mon de".split(" "),
  ar: "حق وق مج تم ع حك وم ة عد ال ة حر ية من ظم ات دو لي ة مح لي شع ب قا نو ن".split(" "),
  he: "זכ וי ות חב רה מש של צד ק חו פש ארג ון בי נל או מי מק ומ י עם חו ק".split(" "),
};
const FUNCTION_WORDS: Record<string, string[]> = {
  en: "the of and to in a is that for it as with was on be by this are not".split(" "),
  es: "el la de que y en los se del las un por con no una su para es".split(" "),
  fr: "le la de et les des en un une du que est pour qui dans pas sur".split(" "),
  ar: "في من على إلى أن هذا التي الذي مع عن كان لا ما هو بين".split(" "),
  he: "של את על עם זה לא כי גם הוא היא אבל או כל יש אם".split(" "),
};
/** Topic words: each work has one in its title and text (what the benchmark's search finds). */
const TOPICS: Record<string, string[]> = {
  en: "sovereignty accountability localization funding legitimacy solidarity advocacy migration surveillance climate".split(" "),
  es: "soberanía rendición localización financiación legitimidad solidaridad incidencia migración vigilancia clima".split(" "),
  fr: "souveraineté responsabilité localisation financement légitimité solidarité plaidoyer migration surveillance climat".split(" "),
  ar: "السيادة المساءلة التوطين التمويل الشرعية التضامن المناصرة الهجرة المراقبة المناخ".split(" "),
  he: "ריבונות אחריותיות לוקליזציה מימון לגיטימיות סולידריות סנגור הגירה מעקב אקלים".split(" "),
};

/** Works of debate 1 are all public; elsewhere 70% published, the rest scheduled (in the future), in review or drafts. */
function statusOf(g: number, localeIndex: number, inFirstDebate: boolean) {
  const roll = inFirstDebate ? 0 : (g * 13 + localeIndex * 7) % 10;
  return roll < 7 ? "PUBLISHED" : roll === 7 ? "SCHEDULED" : roll === 8 ? "IN_REVIEW" : "DRAFT";
}

/** Work g carries topic g % 10: per locale, a topic whose works are published in that locale. */
function searchQueries() {
  return Object.fromEntries(
    BENCH_LOCALES.map((locale, li) => {
      const topic = TOPICS[locale]!.findIndex((_, t) => statusOf(t + 10, li, false) === "PUBLISHED");
      return [locale, TOPICS[locale]![topic]!];
    }),
  ) as Record<(typeof BENCH_LOCALES)[number], string>;
}

interface LocaleText {
  vocabulary: string[];
  paragraphs: string[];
}

/** Per locale: a Zipf-like vocabulary of generated words and a pool of paragraphs built from it. */
function localeText(locale: string): LocaleText {
  const random = rng(locale.charCodeAt(0) * 31 + locale.charCodeAt(1));
  const syl = SYLLABLES[locale]!;
  const words = new Set<string>(FUNCTION_WORDS[locale]);
  while (words.size < 3000) {
    const n = 1 + Math.floor(random() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += syl[Math.floor(random() * syl.length)];
    words.add(w);
  }
  const vocabulary = [...words];
  // Log-uniform rank: a few words are everywhere, most are rare.
  const pick = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1)]!;
  const paragraphs: string[] = [];
  for (let p = 0; p < 400; p++) {
    const sentences: string[] = [];
    let count = 0;
    const target = 100 + Math.floor(random() * 100);
    while (count < target) {
      const len = 8 + Math.floor(random() * 16);
      const s = Array.from({ length: len }, pick);
      s[0] = locale === "ar" || locale === "he" ? s[0]! : s[0]!.charAt(0).toUpperCase() + s[0]!.slice(1);
      sentences.push(`${s.join(" ")}${locale === "ar" ? "." : "."}`);
      count += len;
    }
    paragraphs.push(sentences.join(" "));
  }
  return { vocabulary, paragraphs };
}

type Node = Record<string, unknown>;
const text = (t: string): Node => ({ type: "text", text: t });
const paragraph = (t: string): Node => ({ type: "paragraph", content: [text(t)] });

/**
 * ≈1,500 words: an opening, ten paragraphs of the pool, sub-headings. Returns the
 * Tiptap document, the pool paragraphs used (in order) and the other text.
 */
function body(t: LocaleText, random: () => number, opening: string): { doc: Node; pool: number[]; other: string } {
  const content: Node[] = [paragraph(opening)];
  const pool: number[] = [];
  const other = [opening];
  for (let i = 0; i < 10; i++) {
    if (i > 0 && i % 3 === 0) {
      const heading = t.vocabulary.slice(40 + i, 44 + i).join(" ");
      content.push({ type: "heading", attrs: { level: 2 }, content: [text(heading)] });
      other.push(heading);
    }
    const p = Math.floor(random() * t.paragraphs.length);
    pool.push(p);
    content.push(paragraph(t.paragraphs[p]!));
  }
  return { doc: { type: "doc", content }, pool, other: other.join(" ") };
}

// ---------------------------------------------------------------- seeding

export async function seedBench(url: string, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const works = options.works;
  const debates = options.debates ?? Math.max(1, Math.min(200, Math.floor(works / ARTICLES_PER_DEBATE)));
  const authors = options.authors ?? Math.max(20, Math.min(2000, Math.floor(works / 10)));
  const texts = Object.fromEntries(BENCH_LOCALES.map((l) => [l, localeText(l)])) as Record<string, LocaleText>;

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const passwordHash = await hash(BENCH_ADMIN.password);
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES
       ($1, 'bench@example.org', 'Bench Editor', 'x', 'EDITOR', now()),
       ('bench-admin', $2, 'Bench Admin', $3, 'ADMIN', now())`,
    [BENCH_EDITOR_ID, BENCH_ADMIN.email, passwordHash],
  );
  await client.query(
    `INSERT INTO "Debate" (id, status, "publishedAt", "updatedAt")
       SELECT 'd' || g, 'PUBLISHED', now() - (g || ' hours')::interval, now() FROM generate_series(1, $1::int) g`,
    [debates],
  );
  await client.query(
    `INSERT INTO "DebateTranslation" (id, "debateId", locale, title, subtitle, intro, slug, "updatedAt")
       SELECT 'dt' || g || l, 'd' || g, l, 'Debate ' || g || ' (' || l || ')', 'Subtitle of debate ' || g, repeat('Introduction of the debate. ', 20), 'debate-' || g, now()
       FROM generate_series(1, $1::int) g CROSS JOIN unnest($2::text[]) AS l`,
    [debates, BENCH_LOCALES],
  );
  await client.query(
    `INSERT INTO "Author" (id, name, slug, "updatedAt") SELECT 'au' || g, 'Author ' || g, 'author-' || g, now() FROM generate_series(1, $1::int) g;`,
    [authors],
  );
  await client.query(
    `INSERT INTO "AuthorBio" ("authorId", locale, bio, "updatedAt") SELECT 'au' || g, 'en', 'Author ' || g || ' writes about human rights.', now() FROM generate_series(1, $1::int) g`,
    [authors],
  );
  // The search vectors are what the trigger computes (rank: title A, summary B; search: those and body text C),
  // but the pool paragraphs' vectors are computed once, not once per version: the
  // text-search parser is most of the cost of 100k bodies of 1,500 words.
  await client.query(`CREATE AGGREGATE bench_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '')`);
  await client.query(`CREATE TABLE bench_paragraph (locale text, idx int, vec tsvector, PRIMARY KEY (locale, idx))`);
  for (const locale of BENCH_LOCALES) {
    await client.query(
      `INSERT INTO bench_paragraph SELECT $1, i - 1, to_tsvector(cms_search_config($1), p) FROM unnest($2::text[]) WITH ORDINALITY AS x(p, i)`,
      [locale, texts[locale]!.paragraphs],
    );
  }
  await client.query(`ALTER TABLE "ArticleVariant" DISABLE TRIGGER "ArticleVariant_searchVector"`);
  // Built once at the end: far faster than maintaining them for each of 100k rows.
  const { rows: deferred } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'ArticleVariant' AND indexdef ~* 'USING gin'`,
  );
  for (const i of deferred) await client.query(`DROP INDEX "${i.indexname}"`);

  const total = works * BENCH_LOCALES.length;
  let done = 0;
  const batch = 200;
  const batches: number[] = [];
  for (let first = 1; first <= works; first += batch) batches.push(first);

  async function worker(id: number) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (let b = id; b < batches.length; b += 2) {
      await insertWorks(c, batches[b]!, Math.min(works, batches[b]! + batch - 1));
      done += (Math.min(works, batches[b]! + batch - 1) - batches[b]! + 1) * BENCH_LOCALES.length;
      options.onProgress?.(done, total);
    }
    await c.end();
  }

  async function insertWorks(c: pg.Client, from: number, to: number) {
    const random = rng(from);
    const a = { id: [] as string[], debate: [] as (string | null)[] };
    const aa = { article: [] as string[], author: [] as string[], position: [] as number[] };
    const v = {
      id: [] as string[], article: [] as string[], locale: [] as string[], title: [] as string[], slug: [] as string[],
      summary: [] as string[], body: [] as string[], status: [] as string[], publishAt: [] as (string | null)[],
      pool: [] as string[], other: [] as string[],
    };
    const now = Date.now();
    for (let g = from; g <= to; g++) {
      const debate = g <= debates * ARTICLES_PER_DEBATE ? ((g - 1) % debates) + 1 : null;
      a.id.push(`a${g}`);
      a.debate.push(debate ? `d${debate}` : null);
      const first = ((g * 7919) % authors) + 1;
      const second = ((g * 104729) % authors) + 1;
      for (const [position, author] of (second !== first && g % 3 === 0 ? [first, second] : [first]).entries()) {
        aa.article.push(`a${g}`);
        aa.author.push(`au${author}`);
        aa.position.push(position);
      }
      BENCH_LOCALES.forEach((locale, li) => {
        const t = texts[locale]!;
        const topic = TOPICS[locale]![g % TOPICS[locale]!.length]!;
        const word = t.vocabulary[100 + (g % 2000)]!;
        const status = statusOf(g, li, debate === 1);
        const publishAt = status === "PUBLISHED" ? now - g * 60_000 : status === "SCHEDULED" ? now + g * 60_000 : null;
        v.id.push(`v${g}${locale}`);
        v.article.push(`a${g}`);
        v.locale.push(locale);
        v.title.push(`${topic} ${word} ${g}`);
        v.slug.push(locale === "ar" || locale === "he" ? `${word}-${g}` : `article-${g}`);
        v.summary.push(t.paragraphs[g % t.paragraphs.length]!.split(" ").slice(0, 30).join(" "));
        const b = body(t, random, `${topic} — ${t.paragraphs[(g * 3) % t.paragraphs.length]!.slice(0, 400)}`);
        v.body.push(JSON.stringify(b.doc));
        v.pool.push(`{${b.pool.join(",")}}`);
        v.other.push(b.other);
        v.status.push(status);
        v.publishAt.push(publishAt === null ? null : new Date(publishAt).toISOString());
      });
    }
    await c.query("BEGIN");
    await c.query(`INSERT INTO "Article" (id, "debateId", "sourceLocale", "updatedAt") SELECT id, d, 'en', now() FROM unnest($1::text[], $2::text[]) AS x(id, d)`, [a.id, a.debate]);
    await c.query(`INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [aa.article, aa.author, aa.position]);
    await c.query(
      `INSERT INTO "ArticleVariant" (id, "articleId", locale, title, slug, summary, body, status, "publishAt", "publishedAt", "updatedAt", "rankVector", "searchVector")
       SELECT id, art, loc, title, slug, summary, body::jsonb, status::"VariantStatus", pa::timestamptz,
              CASE WHEN status = 'PUBLISHED' THEN pa::timestamptz END, now() - (row_number() OVER () || ' seconds')::interval,
              rank_vector,
              rank_vector ||
              setweight(to_tsvector(cms_search_config(loc), other) ||
                (SELECT bench_tsvector_agg(p.vec ORDER BY u.o) FROM unnest(pool::int[]) WITH ORDINALITY AS u(i, o) JOIN bench_paragraph p ON p.locale = loc AND p.idx = u.i), 'C')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         AS x(id, art, loc, title, slug, summary, body, status, pa, pool, other),
         LATERAL (SELECT setweight(to_tsvector(cms_search_config(loc), title), 'A') || setweight(to_tsvector(cms_search_config(loc), summary), 'B') AS rank_vector) r`,
      [v.id, v.article, v.locale, v.title, v.slug, v.summary, v.body, v.status, v.publishAt, v.pool, v.other],
    );
    // Every version has its creation revision; one in four has been edited since.
    await c.query(
      `INSERT INTO "Revision" (id, "variantId", version, title, slug, summary, body, event, "createdById")
       SELECT 'r1' || id, id, 1, title, slug, summary, body, 'create', $2 FROM "ArticleVariant" WHERE id = ANY($1::text[])`,
      [v.id, BENCH_EDITOR_ID],
    );
    await c.query(
      `INSERT INTO "Revision" (id, "variantId", version, title, slug, summary, body, event, "createdById")
       SELECT 'r2' || id, id, 2, title, slug, summary, body, 'save', $2 FROM "ArticleVariant" WHERE id = ANY($1::text[]) AND abs(hashtext(id)) % 4 = 0`,
      [v.id, BENCH_EDITOR_ID],
    );
    await c.query(`UPDATE "ArticleVariant" SET version = 2 WHERE id = ANY($1::text[]) AND abs(hashtext(id)) % 4 = 0`, [v.id]);
    await c.query("COMMIT");
  }

  await Promise.all([worker(0), worker(1)]);
  await client.query(`ALTER TABLE "ArticleVariant" ENABLE TRIGGER "ArticleVariant_searchVector"`);
  await client.query(`DROP TABLE bench_paragraph; DROP AGGREGATE bench_tsvector_agg(tsvector)`);
  for (const i of deferred) await client.query(i.indexdef);
  await client.query("ANALYZE");
  const { rows } = await client.query<{ v: number; r: number }>(
    `SELECT (SELECT count(*)::int FROM "ArticleVariant") AS v, (SELECT count(*)::int FROM "Revision") AS r`,
  );
  await client.end();
  return {
    variants: rows[0]!.v,
    works,
    debates,
    authors,
    revisions: rows[0]!.r,
    seconds: (performance.now() - started) / 1000,
    // Work 1 is in debate 1 (all published); topic 3's word is in ≈10% of the titles.
    sample: { articleSlug: "article-1", debateSlug: "debate-1", searchQueries: searchQueries(), authorSlug: "author-1" },
  };
}

/** A one-line progress bar on a terminal, a line every 10% otherwise. */
export function progressBar(label: string) {
  const started = performance.now();
  let lastTenth = -1;
  return (done: number, total: number) => {
    const ratio = done / total;
    const rate = done / ((performance.now() - started) / 1000);
    const line = `${label} [${"#".repeat(Math.round(ratio * 30)).padEnd(30, ".")}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} · ${Math.round(rate).toLocaleString("en")}/s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? "\n" : ""}`);
    else if (Math.floor(ratio * 10) > lastTenth) {
      lastTenth = Math.floor(ratio * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}
