import { expect, request as playwrightRequest, test } from "@playwright/test";
import pg from "pg";
import { apiSession } from "./support/auth";
import { withDb } from "./support/db";
import { callAction } from "./support/server-actions";

// A render that began before an edit (it read the rows before the edit
// committed) and ends after it must not be kept as the page's fresh copy:
// Next stamps a cache entry with the time it is STORED, so such a page, old
// rows and all, used to count as newer than the edit's revalidatePath, and
// readers got it (`x-nextjs-cache: HIT`) until its 20 s ran out.
//
// Made deterministic on Postgres: the debate page reads the debate's texts
// first, its article list next, and the authors' names ("Author") last. A
// second connection holds "Author" locked, so a reader's render has read the
// debate's intro and waits; the editor changes that intro (saving the debate's
// translation, and `pagesOf` for a debate, never read "Author"); then the lock
// goes, the old render finishes — and the next reader must get the new intro.
// The second test asks while the old render is still under way, just after
// the save returned: Next would hand that reader the old render's page.
// PGlite serves one connection at a time: a held lock would stop everything.

const EDITOR = "editor@example.com";
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function ok(result: string): string {
  expect(result, result.slice(0, 400)).toContain('"ok":true');
  return result;
}
const version = (result: string) => Number(/"version":(\d+)/.exec(result)![1]);

test.skip(!process.env.DATABASE_URL, "needs Postgres: a second connection holds a table lock");

/** The debate page, a reader, the editor saving its intro, and a lock that stops the page's render after it read the intro. */
async function race(baseURL: string) {
  const debate = await withDb(async (db) => {
    // A published debate whose list names an author, so its render reads "Author".
    const rows = await db.query<{ id: string; slug: string; title: string; subtitle: string; intro: string; version: number }>(
      `SELECT d.id, t.slug, t.title, t.subtitle, t.intro, t.version FROM "Debate" d JOIN "DebateTranslation" t ON t."debateId" = d.id AND t.locale = 'en'
        WHERE d.status = 'PUBLISHED' AND d."deletedAt" IS NULL AND d."sourceLocale" = 'en'
          AND EXISTS (SELECT 1 FROM "Article" a JOIN "ArticleAuthor" aa ON aa."articleId" = a.id
                       JOIN "ArticleVariant" v ON v."articleId" = a.id AND v.status = 'PUBLISHED'
                       WHERE a."debateId" = d.id AND a."deletedAt" IS NULL)
        ORDER BY d."createdAt" LIMIT 1`,
    );
    return rows.rows[0]!;
  });
  const page = `/en/debates/${encodeURIComponent(debate.slug)}`;
  const editor = await apiSession(baseURL, EDITOR);
  const reader = await playwrightRequest.newContext({ baseURL });
  const read = async () => {
    const r = await reader.get(page, { maxRedirects: 0 });
    const body = await r.text();
    return { intro: /<p class="debate-intro">([^<]*)<\/p>/.exec(body)?.[1] ?? `(no intro: ${r.status()})`, cache: `${r.headers()["x-page-cache"]}/${r.headers()["x-nextjs-cache"]}` };
  };
  let baseVersion = debate.version;
  const saveIntro = async (intro: string) => {
    const saved = ok(
      await callAction(editor, baseURL, "saveDebateTranslationAction", [
        { debateId: debate.id, locale: "en", title: debate.title, subtitle: debate.subtitle, intro, slug: debate.slug, baseVersion },
      ]),
    );
    baseVersion = version(saved);
  };
  const committed = (intro: string) =>
    withDb(async (db) => (await db.query(`SELECT 1 FROM "DebateTranslation" WHERE "debateId" = $1 AND locale = 'en' AND intro = $2`, [debate.id, intro])).rowCount === 1);

  const lock = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await lock.connect();
  return {
    read,
    saveIntro,
    committed,
    /** Locks "Author", starts a reader's render and waits until it has read the intro and waits for the authors' names. */
    async stopARender() {
      await lock.query("BEGIN");
      await lock.query('LOCK TABLE "Author" IN ACCESS EXCLUSIVE MODE');
      const early = read();
      await expect
        .poll(
          async () =>
            (await lock.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'Author' AND NOT l.granted`)).rows[0]!.n,
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      return { early }; // wrapped: an async function returning the promise would wait for it
    },
    release: () => lock.query("COMMIT"),
    async end() {
      await lock.end().catch(() => {});
      await saveIntro(debate.intro);
      await reader.dispose();
      await editor.dispose();
    },
  };
}

test.describe("renders under way during an edit", () => {
  test.describe.configure({ mode: "serial" });

  test("a render that read the page's rows before an edit is not kept as the fresh page", async ({ baseURL }) => {
    test.setTimeout(90_000);
    const r = await race(baseURL!);
    try {
      const before = `Before the race ${run}.`;
      const after = `After the race ${run}.`;
      await r.read();
      await r.saveIntro(before); // the page is expired now: the next reader's request renders it
      const { early } = await r.stopARender();
      // The save returns (after waiting for that render, up to its limit: it is still stopped).
      await r.saveIntro(after);
      await r.release();
      // The early reader asked before the edit: the old intro is right for them.
      expect((await early).intro).toBe(before);
      const next = await r.read();
      expect(next.intro, `the next reader got ${next.cache}`).toBe(after);
    } finally {
      await r.end();
    }
  });

  test("a reader who asks once the editor's save has returned does not share a render begun before it", async ({ baseURL }) => {
    test.setTimeout(90_000);
    const r = await race(baseURL!);
    try {
      const before = `Before the second race ${run}.`;
      const after = `After the second race ${run}.`;
      await r.read();
      await r.saveIntro(before);
      const { early } = await r.stopARender();
      let returned = false;
      const saving = r.saveIntro(after).then(() => (returned = true));
      await expect.poll(() => r.committed(after), { timeout: 30_000 }).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // its revalidation follows the commit by milliseconds
      // A save that returned while the old render is still under way: the reader asks now, and
      // would share that render. A save still waiting: the render goes on, then it returns.
      let next;
      if (returned) {
        const asking = r.read();
        await new Promise((resolve) => setTimeout(resolve, 500));
        await r.release();
        next = await asking;
      } else {
        await r.release();
        await saving;
        next = await r.read();
      }
      await saving;
      expect((await early).intro).toBe(before);
      expect(next.intro, `the reader after the save got ${next.cache}`).toBe(after);
    } finally {
      await r.end();
    }
  });
});
