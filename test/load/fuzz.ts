// `npm run fuzz`: the hostile-input corpus against every server action of the
// build (from Next's manifest) and every route handler, as admin, editor,
// translator and anonymous (a forged session cookie, which passes the proxy's
// presence check and reaches the action itself). Figures: cases tried, 5xx
// answers (must be 0), invalid cases after which anything was stored (must be 0:
// row counts and latest update times of every content table, and the media
// folder, compared before and after each case), and payloads that executed in
// Chromium (must be 0: every public and dashboard page showing the stored
// hostile content is loaded with a dialog listener). JSON in test/load/results/.
import { readdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { jpegBytes, pngBytes } from "../support/test-images";
import { gifBomb } from "../support/image-bombs";
import { App, DEMO_PASSWORD } from "../harness/app";
import { flags } from "../harness/cli";
import { LOCALE_CODES, paragraphDoc } from "./support/content";
import { BAD_LOCALES, BAD_SLUGS, badBodies, HUGE, hostileButValidBody, IMPOSSIBLE_DATES, nestedJson, UNICODE_TRAPS, XSS_TEXTS } from "./support/corpus";
import { action as findAction, type ActionResponse, allActions, Session, timedGet } from "../harness/http";
import { freshDatabase, withClient } from "../harness/postgres";
import { machine, table, writeResult } from "./support/report";

const args = flags();
const PORT = args.number("port", 3282);
const DATA_DIR = ".data/load-fuzz";
const LEAK = /\bat [\w.$<>]+ \(|node_modules|Prisma|DriverAdapterError|passwordHash/;

const db = await freshDatabase("load_fuzz");
const app = new App({ port: PORT, databaseUrl: db.url, dataDir: DATA_DIR, reuseBuild: args.bool("reuse-build"), logName: "fuzz" });
const mediaDir = path.resolve(DATA_DIR, "media");

interface Case {
  target: string;
  role: string;
  label: string;
  /** Invalid input (or a role without the right): nothing may be stored. */
  mustNotStore: boolean;
}
interface Finding extends Case {
  kind: "5xx" | "5xx-next" | "stored" | "leak" | "executed" | "markup" | "not-loaded" | "unexpected" | "wrong-status";
  detail: string;
}
const findings: Finding[] = [];
let tried = 0;
let fiveXX = 0;
let storedForInvalid = 0;
let fiveXXInNext = 0;
const RAW_ACTION = "server action (raw)";
/** Answers {ok:false, error:"unexpected"}: refused, but with the generic message rather than a clear one. */
let unexpected = 0;
const statuses: Record<string, number> = {};

// What "stored anything" means: any row count or latest update time of the
// content tables, or the files of the media folder (sign-in throttling rows are left out).
const SNAPSHOT_SQL = `SELECT
  (SELECT count(*) FROM "User") || '/' || (SELECT max("updatedAt") FROM "User") AS users,
  (SELECT count(*) FROM "Article") || '/' || (SELECT max("updatedAt") FROM "Article") AS articles,
  (SELECT count(*) FROM "ArticleVariant") || '/' || (SELECT max("updatedAt") FROM "ArticleVariant") || '/' || (SELECT sum(version) FROM "ArticleVariant") AS variants,
  (SELECT count(*) FROM "ArticleAuthor") || '/' || (SELECT coalesce(sum(position), 0) FROM "ArticleAuthor") AS article_authors,
  (SELECT count(*) FROM "Revision") || '/' || (SELECT max("savedAt") FROM "Revision") AS revisions,
  (SELECT count(*) FROM "Debate") || '/' || (SELECT max("updatedAt") FROM "Debate") AS debates,
  (SELECT count(*) FROM "DebateTranslation") || '/' || (SELECT max("updatedAt") FROM "DebateTranslation") AS debate_translations,
  (SELECT count(*) FROM "Author") || '/' || (SELECT max("updatedAt") FROM "Author") AS authors,
  (SELECT count(*) FROM "AuthorBio") || '/' || (SELECT max("updatedAt") FROM "AuthorBio") AS bios,
  (SELECT count(*) FROM "Media") || '/' || (SELECT count(*) FROM "MediaAlt") AS media,
  (SELECT count(*) FROM "AuditEvent") AS audit`;

let exitCode = 0;
try {
  console.log(`Database ${db.name}; preparing the app…`);
  await app.prepare();
  await app.start();
  const base = app.baseURL;
  const started = performance.now();
  const dbClient = await import("pg").then(({ default: pg }) => new pg.Client({ connectionString: db.url }));
  dbClient.on("error", () => {}); // the database is dropped at the end, connections and all
  await dbClient.connect();
  const snapshot = async () => {
    const row = (await dbClient.query(SNAPSHOT_SQL)).rows[0] as Record<string, string>;
    let files: string[] = [];
    try {
      files = readdirSync(mediaDir);
    } catch {
      // no media folder yet
    }
    return JSON.stringify({ ...row, files: files.length });
  };

  const sessions: Record<string, Session> = {
    admin: await new Session(base).signIn("admin@example.com"),
    editor: await new Session(base).signIn("editor@example.com"),
    translator: await new Session(base).signIn("translator@example.com"),
    anonymous: new Session(base),
  };
  // The proxy only checks that a session cookie is present; a forged one reaches the action.
  await sessions.anonymous!.fetch("/en");
  (sessions.anonymous as unknown as { cookies: Map<string, string> }).cookies.set("next-auth.session-token", "forged");

  // --- Fixtures: an article with a text and an author, a debate, an author, an image, the translator.
  const ids = await withClient(db.url, async (c) => ({
    authorId: (await c.query(`SELECT id FROM "Author" ORDER BY "createdAt" LIMIT 1`)).rows[0].id as string,
    debateId: (await c.query(`SELECT id FROM "Debate" ORDER BY "createdAt" LIMIT 1`)).rows[0].id as string,
    translatorId: (await c.query(`SELECT id FROM "User" WHERE role = 'TRANSLATOR' LIMIT 1`)).rows[0].id as string,
    publishedSlug: (await c.query(`SELECT slug FROM "ArticleVariant" WHERE status = 'PUBLISHED' AND locale = 'es' AND slug ~ '[^a-z0-9-]' LIMIT 1`)).rows[0]?.slug as string | undefined,
    anySlug: (await c.query(`SELECT slug FROM "ArticleVariant" WHERE status = 'PUBLISHED' AND locale = 'en' LIMIT 1`)).rows[0].slug as string,
  }));
  const created = await sessions.editor!.action("createArticleAction", [{ locale: "en", title: "Fuzz fixture", authorIds: [ids.authorId] }]);
  const articleId = String(created.result!.data!.articleId);
  const variantId = String(created.result!.data!.variantId);
  await sessions.editor!.action("saveVariantAction", [{ variantId, baseVersion: 1, title: "Fuzz fixture", slug: "", summary: "", body: paragraphDoc("Fixture text.") }]);
  // Slugs with an accent, whose NFD twins must be refused as taken (stored slugs are NFC).
  const accented = await sessions.editor!.action("createArticleAction", [{ locale: "en", title: "Fixture café crème", authorIds: [ids.authorId] }]);
  await sessions.editor!.action("createAuthorAction", [{ name: "Autora Café", slug: "" }]);
  await sessions.editor!.action("createDebateAction", [{ locale: "en", title: "Debate café", slug: "" }]);
  void accented;
  const twins = await withClient(db.url, async (c) => ({
    article: (await c.query(`SELECT slug FROM "ArticleVariant" WHERE title = 'Fixture café crème'`)).rows[0].slug as string,
    author: (await c.query(`SELECT slug FROM "Author" WHERE name = 'Autora Café'`)).rows[0].slug as string,
    debate: (await c.query(`SELECT slug FROM "DebateTranslation" WHERE title = 'Debate café'`)).rows[0].slug as string,
  }));
  const nfd = (slug: string) => slug.normalize("NFD");
  // Uploads go to their own route (POST /api/media), as the dashboard's form sends them.
  const uploadAs = async (role: string, bytes: Buffer, name: string, { type = "image/png", origin = base } = {}) => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)], { type }), name);
    try {
      const response = await sessions[role]!.fetch("/api/media", { method: "POST", body: form, headers: { Origin: origin }, signal: AbortSignal.timeout(60_000) });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      return { status: 0, text: (error as Error).message };
    }
  };
  const upload = await uploadAs("admin", pngBytes(4, 4), "fixture.png");
  const mediaId = String((JSON.parse(upload.text) as { data?: { id?: string } }).data?.id);
  const currentVersion = async (id: string) => (await dbClient.query(`SELECT version FROM "ArticleVariant" WHERE id = $1`, [id])).rows[0]?.version as number;
  const revisionId = (await dbClient.query(`SELECT id FROM "Revision" WHERE "variantId" = $1 ORDER BY version LIMIT 1`, [variantId])).rows[0].id as string;
  const nfdTwin = nfd(ids.publishedSlug ?? twins.article);

  // --- One case: send, classify the answer, compare the database.
  async function run(c: Case, send: () => Promise<{ status: number; text: string }>) {
    const before = c.mustNotStore ? await snapshot() : "";
    const r = await send();
    if (++tried % 250 === 0) console.log(`  ${tried} cases, ${Math.round((performance.now() - started) / 1000)} s, ${fiveXX} 5xx, ${storedForInvalid} stored`);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if ((r.status >= 500 || r.status === 0) && c.target === RAW_ACTION) {
      // Refused inside Next's own server-action decoding, before any code of ours runs (README).
      fiveXXInNext++;
      findings.push({ ...c, kind: "5xx-next", detail: `${r.status} ${r.text.slice(0, 160)}` });
    } else if (r.status >= 500 || r.status === 0) {
      fiveXX++;
      findings.push({ ...c, kind: "5xx", detail: `${r.status} ${r.text.slice(0, 160)}` });
    }
    if (r.text.includes('"error":"unexpected"')) {
      unexpected++;
      findings.push({ ...c, kind: "unexpected", detail: r.text.slice(-120) });
    }
    if (LEAK.test(r.text)) findings.push({ ...c, kind: "leak", detail: r.text.match(LEAK)![0] });
    if (c.mustNotStore) {
      const after = await snapshot();
      if (after !== before) {
        storedForInvalid++;
        findings.push({ ...c, kind: "stored", detail: `${r.text.slice(0, 120)} | ${diff(before, after)}` });
      }
    }
    return r;
  }
  const diff = (a: string, b: string) => {
    const x = JSON.parse(a) as Record<string, string>;
    const y = JSON.parse(b) as Record<string, string>;
    return Object.keys(y)
      .filter((k) => x[k] !== y[k])
      .map((k) => `${k}: ${x[k]} → ${y[k]}`)
      .join("; ");
  };
  const callJson = (role: string, name: string, body: unknown[]) => sessions[role]!.action(name, body).then(asResult);
  const asResult = (r: ActionResponse) => ({ status: r.status, text: r.text || r.error || "" });

  // --- Server actions: a valid base input per action, and one field at a time made invalid.
  type Kind = "id" | "text" | "slug" | "locale" | "int" | "bool" | "enum" | "body" | "ids" | "alts" | "email" | "password" | "date";
  const V = async () => currentVersion(variantId);
  const specs: Record<string, { base: () => Promise<Record<string, unknown>> | Record<string, unknown>; kinds: Record<string, Kind>; destructive?: boolean; twin?: string }> = {
    createArticleAction: { base: () => ({ locale: "en", title: "Fuzz", authorIds: [ids.authorId] }), kinds: { locale: "locale", title: "text", debateId: "id", authorIds: "ids" } },
    saveVariantAction: {
      base: async () => ({ variantId, baseVersion: await V(), title: "Fuzz fixture", slug: "", summary: "", body: paragraphDoc("Fixture text.") }),
      kinds: { variantId: "id", baseVersion: "int", title: "text", slug: "slug", summary: "text", body: "body", translators: "ids" },
      twin: nfd(twins.article),
    },
    transitionVariantAction: {
      base: async () => ({ variantId, baseVersion: await V(), transition: "schedule", publishAt: "2030-06-01T10:00", timeZone: "UTC" }),
      kinds: { variantId: "id", baseVersion: "int", transition: "enum", publishAt: "date", timeZone: "text" },
    },
    publishAllAction: { base: () => ({ articleId }), kinds: { articleId: "id" } },
    restoreRevisionAction: { base: async () => ({ variantId, revisionId, baseVersion: await V() }), kinds: { variantId: "id", revisionId: "id", baseVersion: "int" } },
    updateArticleSharedAction: {
      base: () => ({ articleId, debateId: ids.debateId, authorIds: [ids.authorId], heroCredit: "credit", sourceLocale: "en" }),
      kinds: { articleId: "id", debateId: "id", authorIds: "ids", heroImageId: "id", heroCredit: "text", sourceLocale: "locale" },
    },
    trashArticleAction: { base: () => ({ articleId }), kinds: { articleId: "id" }, destructive: true },
    restoreArticleAction: { base: () => ({ articleId }), kinds: { articleId: "id" } },
    createDebateAction: { base: () => ({ locale: "en", title: "Fuzz debate", subtitle: "", intro: "", slug: "" }), kinds: { locale: "locale", title: "text", subtitle: "text", intro: "text", slug: "slug" }, twin: nfd(twins.debate) },
    updateDebateSharedAction: { base: () => ({ debateId: ids.debateId, heroCredit: "c", sourceLocale: "en" }), kinds: { debateId: "id", heroCredit: "text", heroImageId: "id", sourceLocale: "locale" } },
    setDebateStatusAction: { base: () => ({ debateId: ids.debateId, status: "PUBLISHED" }), kinds: { debateId: "id", status: "enum" } },
    saveDebateTranslationAction: {
      base: () => ({ debateId: ids.debateId, locale: "en", title: "Debate", subtitle: "", intro: "", slug: "" }),
      kinds: { debateId: "id", locale: "locale", title: "text", subtitle: "text", intro: "text", slug: "slug", baseVersion: "int" },
      twin: nfd(twins.debate),
    },
    deleteDebateTranslationAction: { base: () => ({ debateId: ids.debateId, locale: "pt" }), kinds: { debateId: "id", locale: "locale" }, destructive: true },
    setDebateTrashedAction: { base: () => ({ debateId: ids.debateId, trashed: false }), kinds: { debateId: "id", trashed: "bool" } },
    searchAuthorsAction: { base: () => ({ query: "a" }), kinds: { query: "text", take: "int" } },
    createAuthorAction: { base: () => ({ name: "Fuzz author", slug: "" }), kinds: { name: "text", slug: "slug" }, twin: nfd(twins.author) },
    updateAuthorAction: { base: () => ({ authorId: ids.authorId, name: "Author", slug: "", photoId: null }), kinds: { authorId: "id", name: "text", slug: "slug", photoId: "id" }, twin: nfd(twins.author) },
    saveAuthorBioAction: { base: () => ({ authorId: ids.authorId, locale: "pt", bio: "bio" }), kinds: { authorId: "id", locale: "locale", bio: "text", baseVersion: "int" } },
    setAuthorTrashedAction: { base: () => ({ authorId: ids.authorId, trashed: false }), kinds: { authorId: "id", trashed: "bool" } },
    createUserAction: {
      base: () => ({ name: "Fuzz user", email: `fuzz-${Date.now()}@example.com`, role: "EDITOR", locales: [], canPublish: false, password: "" }),
      kinds: { name: "text", email: "email", role: "enum", locales: "ids", canPublish: "bool", password: "password" },
    },
    updateUserAction: { base: () => ({ id: ids.translatorId, name: "Tamar Translator", role: "TRANSLATOR", locales: ["ar", "he"], canPublish: false }), kinds: { id: "id", name: "text", role: "enum", locales: "ids", canPublish: "bool" } },
    setUserDisabledAction: { base: () => ({ id: ids.translatorId, disabled: false }), kinds: { id: "id", disabled: "bool" } },
    resetUserPasswordAction: { base: () => ({ id: ids.translatorId, password: "" }), kinds: { id: "id", password: "password" }, destructive: true },
    listMediaAction: { base: () => ({ query: "", take: 24 }), kinds: { query: "text", cursor: "id", take: "int" } },
    updateMediaTextsAction: { base: () => ({ mediaId, credit: "c", alts: { en: "alt" } }), kinds: { mediaId: "id", credit: "text", alts: "alts" } },
    deleteMediaAction: { base: () => ({ mediaId }), kinds: { mediaId: "id" }, destructive: true },
  };
  // Values that are invalid for a field of each kind (never a value the schema accepts).
  const invalid: Record<Kind, unknown[]> = {
    id: [42.5, true, { $ne: null }, ["x"], "../../etc/passwd", "x".repeat(70), "\u202Eevil"],
    text: [42.5, true, { $gt: "" }, ["a"], HUGE, "nul\u0000byte"],
    slug: [42.5, ...BAD_SLUGS],
    locale: [42.5, null, ...BAD_LOCALES],
    int: ["1", -1, 0, 1.5, 1e308, true, { n: 1 }],
    bool: ["true", 1, null, [], {}],
    enum: ["SUPERADMIN", "admin", "", 42.5, null, ["PUBLISHED"]],
    body: [...badBodies(), 42.5, null],
    ids: ["x", [42], [null], [{}], Array.from({ length: 25 }, (_, i) => `id${i}`), HUGE],
    alts: [{ xx: "a" }, { en: 42 }, { en: "x".repeat(600) }, { "../en": "a" }, ["en"], "en", { en: HUGE }],
    email: ["not-an-email", "a@", "@b.c", `${"x".repeat(300)}@example.com`, 42.5, "<script>alert(1)</script>@example.com"],
    password: ["short", 42.5, "x".repeat(300), ["hunter2hunter2"]],
    date: IMPOSSIBLE_DATES.map(([d]) => d),
  };
  const topLevel: [string, unknown[]][] = [
    ["no argument", []],
    ["null", [null]],
    ["a number", [42.5]],
    ["a string", ["x"]],
    ["an array", [[]]],
    ["an empty object", [{}]],
    // React's reply decoder drops a "__proto__" key before any code of ours sees it.
    ["prototype keys", [JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}')]],
  ];

  const roles = ["admin", "editor", "translator", "anonymous"] as const;
  // Ending one's own sessions takes no input and is every signed-in person's right:
  // fuzzing it would only sign the fuzzer's sessions out (covered by
  // src/server/auth/sessions.test.ts and e2e/auth.spec.ts).
  const actions = allActions().filter((a) => a.name !== "signOutEverywhereAction");
  console.log(`${actions.length} server actions in the build; ${Object.keys(specs).length} with a field-by-field corpus.`);
  for (const action of actions) {
    const spec = specs[action.name];
    for (const role of roles) {
      const privileged = role === "admin" || role === "editor";
      for (const [label, body] of topLevel) await run({ target: action.name, role, label, mustNotStore: true }, () => callJson(role, action.name, body));
      if (!spec) continue;
      // The valid base input, for roles without the right (nothing may change), skipping what would destroy fixtures.
      if (!privileged && !spec.destructive) {
        await run({ target: action.name, role, label: "valid input, no right", mustNotStore: role === "anonymous" || !["searchAuthorsAction", "listMediaAction"].includes(action.name) }, async () =>
          callJson(role, action.name, [await spec.base()]),
        );
      }
      // Field by field (every value for admin; two per field for the others, to keep the run short).
      for (const [field, kind] of Object.entries(spec.kinds)) {
        const all = kind === "slug" && spec.twin ? [...invalid.slug, spec.twin] : invalid[kind];
        const values = role === "admin" ? all : all.slice(0, 2);
        for (const value of values) {
          const label = `${field}=${JSON.stringify(value)?.slice(0, 60)}`;
          await run({ target: action.name, role, label, mustNotStore: true }, async () => {
            const input = { ...(await spec.base()), [field]: value };
            if (action.name === "transitionVariantAction" && kind === "date") {
              input.timeZone = IMPOSSIBLE_DATES.find(([d]) => d === value)?.[1] ?? "UTC";
            }
            return callJson(role, action.name, [input]);
          });
        }
      }
      if (action.name === "transitionVariantAction" && role === "admin") {
        for (const [, zone] of IMPOSSIBLE_DATES.filter(([, z]) => z !== "UTC" && !z.includes("/New_York") && !z.includes("London"))) {
          await run({ target: action.name, role, label: `timeZone=${JSON.stringify(zone)}`, mustNotStore: true }, async () => callJson(role, action.name, [{ ...(await spec.base()), timeZone: zone }]));
        }
      }
    }
  }

  // --- Malformed action requests (Next's own decoding comes first; see README for what it answers).
  const someAction = findAction("saveVariantAction");
  const raw: [string, () => Promise<ActionResponse>][] = [
    ["body is not JSON", () => sessions.editor!.action(someAction, { raw: "{not json", contentType: "text/plain;charset=UTF-8" })],
    ["empty body", () => sessions.editor!.action(someAction, { raw: "", contentType: "text/plain;charset=UTF-8" })],
    ["JSON nested 10,000 deep", () => sessions.editor!.action(someAction, { raw: nestedJson(10_000), contentType: "text/plain;charset=UTF-8" })],
    ["JSON nested 1,000,000 deep", () => sessions.editor!.action(someAction, { raw: nestedJson(1_000_000), contentType: "text/plain;charset=UTF-8" })],
    ["a 2 MB body", () => sessions.editor!.action(someAction, { raw: JSON.stringify([{ variantId, title: "y".repeat(2_000_000) }]), contentType: "text/plain;charset=UTF-8" })],
    ["a 12 MB body (over the body limit)", () => sessions.editor!.action(someAction, { raw: JSON.stringify([{ variantId, title: "y".repeat(12 * 1024 * 1024) }]), contentType: "text/plain;charset=UTF-8" })],
    ["multipart with a broken boundary", () => sessions.editor!.action(someAction, { raw: "--x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[", contentType: "multipart/form-data; boundary=y" })],
    ["an unknown action id", () => sessions.editor!.action({ ...someAction, id: "00".repeat(21) }, [{}])],
    ["a malformed action id", () => sessions.editor!.action({ ...someAction, id: "../../x" }, [{}])],
    ["a reference to a missing chunk", () => sessions.editor!.action(someAction, { raw: '["$@99"]', contentType: "text/plain;charset=UTF-8" })],
    ["a server reference", () => sessions.editor!.action(someAction, { raw: '["$h1"]', contentType: "text/plain;charset=UTF-8" })],
    ["a foreign Origin", () => sessions.editor!.action(someAction, [{}], { Origin: "https://evil.example" })],
  ];
  for (const [label, send] of raw) await run({ target: RAW_ACTION, role: "editor", label, mustNotStore: true }, () => send().then(asResult));

  // --- Uploads: hostile files and names (the name is a label only; the file's key is generated).
  const uploads: [string, Buffer, string, boolean][] = [
    ["SVG with a script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'), "x.svg", true],
    ["HTML named .png", Buffer.from("<html><script>alert(1)</script></html>"), "x.png", true],
    ["empty file", Buffer.alloc(0), "empty.png", true],
    ["truncated PNG", pngBytes(2, 2).subarray(0, 20), "t.png", true],
    ["JPEG claiming 100 gigapixels", jpegBytes(65_000, 65_000), "big.jpg", true],
    ["GIF bomb: a 1×1 screen around a 12000×12000 frame", gifBomb({ screen: 1, width: 12_000, height: 12_000 }), "pixel.gif", true],
    ["GIF animation of 540 megapixels (60 frames of 9)", gifBomb({ screen: 10, width: 3000, height: 3000, frames: 60 }), "long.gif", true],
    ["a JPEG header with no image behind it", jpegBytes(40, 30), "header.jpg", true],
    ["valid PNG named ../../../../etc/passwd", pngBytes(2, 2), "../../../../etc/passwd", false],
    ["valid PNG named ..\\..\\win.ini", pngBytes(2, 2), "..\\..\\win.ini", false],
    ["valid PNG, name with U+202E and a script", pngBytes(2, 2), `\u202Egnp.exe<script>alert("xss-name")</script>.png`, false],
  ];
  for (const role of roles) {
    for (const [label, bytes, name, bad] of uploads) {
      if (!bad && role !== "editor") continue;
      await run({ target: "POST /api/media", role, label, mustNotStore: bad || role === "translator" || role === "anonymous" }, () => uploadAs(role, bytes, name));
    }
  }
  // A valid image through an editor's session, but from another site's page (CSRF).
  await run({ target: "POST /api/media", role: "editor", label: "valid PNG, Origin of another site", mustNotStore: true }, () => uploadAs("editor", pngBytes(2, 2), "csrf.png", { origin: "https://evil.example" }));

  // --- Bodies over their endpoint's limit: answered before anything is read or stored.
  // Server actions and every other POST: 1 MB (scripts/body-limit.mjs) → 413; an upload:
  // MEDIA_MAX_BYTES + the form, after the session is checked (401 for nobody, 413 for an editor).
  const over = (bytes: number) => JSON.stringify([{ variantId, title: "y".repeat(bytes) }]);
  const bigImage = Buffer.concat([pngBytes(2, 2), Buffer.alloc(11 * 1024 * 1024, 7)]);
  const sizeCases: [string, string, number, () => Promise<{ status: number; text: string }>][] = [
    ["server action, 1 MB + 1 byte", "editor", 413, () => sessions.editor!.action(someAction, { raw: over(1024 * 1024), contentType: "text/plain;charset=UTF-8" }).then(asResult)],
    ["server action, 12 MB", "anonymous", 413, () => sessions.anonymous!.action(someAction, { raw: over(12 * 1024 * 1024), contentType: "text/plain;charset=UTF-8" }).then(asResult)],
    ["sign-in callback, 2 MB", "anonymous", 413, () => sessions.anonymous!.fetch("/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `email=${"a".repeat(2 * 1024 * 1024)}` }).then(async (r) => ({ status: r.status, text: await r.text() }))],
    ["upload of 11 MB, editor", "editor", 413, () => uploadAs("editor", bigImage, "big.png")],
    ["upload of 11 MB, nobody (the session is checked first)", "anonymous", 401, () => uploadAs("anonymous", bigImage, "big.png")],
  ];
  for (const [label, role, expected, send] of sizeCases) {
    const answer = await run({ target: "body limit", role, label, mustNotStore: true }, send);
    if (answer.status !== expected) findings.push({ target: "body limit", role, label, mustNotStore: true, kind: "wrong-status", detail: `expected ${expected}, got ${answer.status} ${answer.text.slice(0, 100)}` });
  }
  const strayFiles = (() => {
    try {
      return readdirSync(mediaDir).filter((f) => !/^[a-f0-9]{32}\.(png|jpg|jpeg|gif|webp|avif)$/.test(f));
    } catch {
      return [];
    }
  })();
  if (strayFiles.length) findings.push({ target: "media folder", role: "-", label: "files not named by a generated key", mustNotStore: true, kind: "stored", detail: strayFiles.join(", ") });

  // --- Route handlers and pages: hostile paths, locales, queries, methods.
  const get = (url: string, headers: Record<string, string> = {}) =>
    timedGet(`${base}${url}`, { keepBody: true, headers }).then((r) => ({ status: r.status, text: r.body ?? r.error ?? "" }));
  // Percent-encodes as UTF-8; a lone surrogate (which encodeURIComponent refuses) goes as its raw bytes.
  const enc = (value: string) => [...value].map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch))).join("");
  const routeCases: [string, string][] = [
    ...BAD_LOCALES.flatMap((l): [string, string][] => [
      [`feed, locale ${JSON.stringify(l)}`, `/${enc(l)}/feed.xml`],
      [`atom, locale ${JSON.stringify(l)}`, `/${enc(l)}/atom.xml`],
      [`home, locale ${JSON.stringify(l)}`, `/${enc(l)}`],
    ]),
    ...BAD_SLUGS.flatMap((s): [string, string][] => [
      [`article slug ${JSON.stringify(s).slice(0, 40)}`, `/en/articles/${enc(s)}`],
      [`article slug raw ${JSON.stringify(s).slice(0, 40)}`, `/en/articles/${s.replace(/ /g, "%20")}`],
      [`debate feed slug ${JSON.stringify(s).slice(0, 40)}`, `/en/debates/${enc(s)}/feed.xml`],
      [`author slug ${JSON.stringify(s).slice(0, 40)}`, `/en/authors/${enc(s)}`],
    ]),
    ...UNICODE_TRAPS.map((u): [string, string] => [`article slug trap ${JSON.stringify(u)}`, `/en/articles/${enc(u)}`]),
    ["article NFD twin of an existing slug", `/es/articles/${enc(nfdTwin)}`],
    ["path not UTF-8", "/en/articles/%E0%A4%A"],
    ["path not UTF-8, outside the proxy", "/media/%E0%A4%A.png"],
    ["media traversal", "/media/..%2F..%2Fpackage.json"],
    ["media traversal raw", "/media/../../package.json"],
    ["media dot-file", "/media/.tmp-0000-x.png"],
    ["media NUL", "/media/x%00.png"],
    ["media huge key", `/media/${"a".repeat(5000)}.png`],
    ["legacy link traversal", "/..%2F..%2Fetc%2Fpasswd/?lang=Spanish"],
    ["legacy link unknown language", `/${enc(ids.anySlug)}/?lang=Klingon`],
    ...XSS_TEXTS.slice(0, 8).map((x): [string, string] => [`search ${x.slice(0, 30)}`, `/en/search?q=${enc(x)}`]),
    ["search 8 KB query", `/en/search?q=${"a".repeat(8000)}`],
    ["search with page=-1", "/en/search?q=rights&page=-1"],
    ["search with page=1e309", "/en/search?q=rights&page=1e309"],
    ["search with q[]=", "/en/search?q[]=a&q[]=b"],
    ["search with a NUL", "/en/search?q=human%00rights"],
    ["debate with a NUL", "/en/debates/a%00b"],
    ["author with a NUL", "/en/authors/a%00b"],
    ["debate feed with a NUL", "/en/debates/a%00b/feed.xml"],
    ["dashboard list with bad filters", "/en/dashboard/articles?locale=xx&status=NOPE&page=-5&cursor=..%2F"],
    ["preview of a missing variant", "/en/preview/..%2F..%2Fx"],
    ["sitemap", "/sitemap.xml"],
    ["robots", "/robots.txt"],
    ["auth session", "/api/auth/session"],
    ["auth providers", "/api/auth/providers"],
    ["auth unknown", "/api/auth/..%2F..%2Fx"],
    ["auth signin with a javascript: callback", `/api/auth/signin?callbackUrl=${enc("javascript:alert(1)")}`],
  ];
  for (const role of ["anonymous", "editor"] as const) {
    for (const [label, url] of routeCases) {
      const headers: Record<string, string> = role === "editor" ? { Cookie: sessions.editor!.cookieHeader } : {};
      await run({ target: "GET route", role, label, mustNotStore: true }, () => get(url, headers));
    }
  }
  const methodCases: [string, string, RequestInit][] = [
    ["POST to a feed", "/en/feed.xml", { method: "POST", body: "x" }],
    ["PUT to media", "/media/x.png", { method: "PUT", body: "x" }],
    ["DELETE to atom", "/en/atom.xml", { method: "DELETE" }],
    ["credentials as JSON", "/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: ["admin@example.com"], password: { $ne: "" } }) }],
    ["credentials with arrays", "/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "email[]=admin@example.com&password[$ne]=x&csrfToken=x" }],
    ["credentials 2 MB", "/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `email=${"a".repeat(2_000_000)}&password=x` }],
    ["credentials nested JSON", "/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/json" }, body: nestedJson(100_000) }],
    ["credentials with a javascript: callbackUrl", "/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `email=admin@example.com&password=${DEMO_PASSWORD}&callbackUrl=${enc("javascript:alert(1)")}` }],
  ];
  for (const [label, url, init] of methodCases) {
    await run({ target: "route handler", role: "anonymous", label, mustNotStore: true }, async () => {
      try {
        const r = await fetch(`${base}${url}`, { redirect: "manual", ...init, signal: AbortSignal.timeout(30_000) });
        return { status: r.status, text: await r.text() };
      } catch (error) {
        return { status: 0, text: (error as Error).message };
      }
    });
  }
  const fuzzSeconds = Math.round((performance.now() - started) / 1000);
  console.log(`${tried} cases in ${fuzzSeconds} s: ${fiveXX} 5xx, ${storedForInvalid} stored for invalid input.`);

  // --- Hostile but valid content, stored by the people allowed to, then shown in Chromium.
  const editor = sessions.editor!;
  const admin = sessions.admin!;
  const hostileTitles = XSS_TEXTS.slice(0, 10);
  const hostileSlugs: { locale: string; slug: string }[] = [];
  const hostileVariants: string[] = [];
  const authorRes = await admin.action("createAuthorAction", [{ name: XSS_TEXTS[2], slug: "" }]);
  const hostileAuthorId = String(authorRes.result?.data?.id ?? authorRes.result?.data?.authorId ?? ids.authorId);
  await admin.action("saveAuthorBioAction", [{ authorId: hostileAuthorId, locale: "en", bio: XSS_TEXTS.join("\n") }]);
  for (const [i, title] of hostileTitles.entries()) {
    const locale = i % 3 === 0 ? "ar" : "en";
    const c = await editor.action("createArticleAction", [{ locale, title, debateId: ids.debateId, authorIds: [hostileAuthorId, ids.authorId] }]);
    if (!c.result?.ok) continue;
    const vId = String(c.result.data!.variantId);
    hostileVariants.push(vId);
    const s = await editor.action("saveVariantAction", [{ variantId: vId, baseVersion: 1, title, slug: "", summary: XSS_TEXTS[(i + 1) % XSS_TEXTS.length], body: hostileButValidBody(), translators: [XSS_TEXTS[3]!] }]);
    await editor.action("updateArticleSharedAction", [{ articleId: String(c.result.data!.articleId), heroCredit: XSS_TEXTS[4] }]);
    const p = await editor.action("transitionVariantAction", [{ variantId: vId, baseVersion: Number(s.result?.data?.version ?? 2), transition: "publish" }]);
    if (p.result?.ok) hostileSlugs.push({ locale, slug: String(s.result!.data!.slug) });
  }
  const debateRes = await admin.action("createDebateAction", [{ locale: "en", title: XSS_TEXTS[1], subtitle: XSS_TEXTS[2], intro: XSS_TEXTS.join("\n"), slug: "" }]);
  const hostileDebateId = String(debateRes.result?.data?.id ?? debateRes.result?.data?.debateId ?? "");
  await admin.action("setDebateStatusAction", [{ debateId: hostileDebateId, status: "PUBLISHED" }]);
  await admin.action("updateMediaTextsAction", [{ mediaId, credit: XSS_TEXTS[2], alts: { en: XSS_TEXTS[1], ar: XSS_TEXTS[3] } }]);
  await admin.action("createUserAction", [{ name: XSS_TEXTS[2]!.slice(0, 90), email: `xss-${Date.now()}@example.com`, role: "EDITOR", password: "" }]);
  const slugRows = await dbClient.query(`SELECT t.locale, t.slug FROM "DebateTranslation" t WHERE t."debateId" = $1`, [hostileDebateId]);
  const authorSlug = (await dbClient.query(`SELECT slug FROM "Author" WHERE id = $1`, [hostileAuthorId])).rows[0]?.slug as string | undefined;
  console.log(`Stored hostile content: ${hostileSlugs.length} published articles, a debate, an author, media texts, a user name.`);

  // JSON-LD: every ld+json block must parse and carry the title as data.
  let jsonLdBroken = 0;
  for (const { locale, slug } of hostileSlugs) {
    const page = await get(`/${locale}/articles/${enc(slug)}`);
    for (const [, json] of page.text.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
      try {
        JSON.parse(json!);
      } catch {
        jsonLdBroken++;
        findings.push({ target: "JSON-LD", role: "anonymous", label: slug, mustNotStore: false, kind: "markup", detail: json!.slice(0, 120) });
      }
    }
  }

  // --- Chromium: every page that shows the stored content, listening for dialogs.
  const pages = [
    ...LOCALE_CODES.map((l) => `/${l}`),
    ...hostileSlugs.map(({ locale, slug }) => `/${locale}/articles/${enc(slug)}`),
    ...slugRows.rows.map((r: { locale: string; slug: string }) => `/${r.locale}/debates/${enc(r.slug)}`),
    ...slugRows.rows.map((r: { locale: string; slug: string }) => `/${r.locale}/debates/${enc(r.slug)}/feed.xml`),
    ...(authorSlug ? [`/en/authors/${enc(authorSlug)}`, `/ar/authors/${enc(authorSlug)}`] : []),
    "/en/search?q=script",
    "/en/search?q=alert",
    `/en/search?q=${enc(XSS_TEXTS[0]!)}`,
    "/en/feed.xml",
    "/en/atom.xml",
    "/ar/feed.xml",
    "/sitemap.xml",
  ];
  const dashboardPages = [
    "/en/dashboard",
    "/en/dashboard/articles",
    "/en/dashboard/articles?q=script",
    ...hostileVariants.slice(0, 4).flatMap((v) => [`/en/dashboard/articles/${v}`, `/en/dashboard/articles/${v}/revisions`, `/en/preview/${v}`]),
    "/en/dashboard/debates",
    ...(hostileDebateId ? [`/en/dashboard/debates/${hostileDebateId}`] : []),
    "/en/dashboard/authors",
    `/en/dashboard/authors/${hostileAuthorId}`,
    "/en/dashboard/media",
    `/en/dashboard/media/${mediaId}`,
    "/en/dashboard/users",
    "/en/dashboard/audit",
    "/ar/dashboard/articles",
  ];
  const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => {
    try {
      return readdirSync(path.dirname(p)).includes(path.basename(p));
    } catch {
      return false;
    }
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? systemChromium });
  const context = await browser.newContext({ baseURL: base });
  const dialogs: string[] = [];
  let handlerAttributes = 0;
  let javascriptHrefs = 0;
  let notLoaded = 0;
  const visit = async (url: string) => {
    const page = await context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(`${url}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    try {
      await page.goto(url, { waitUntil: "load", timeout: 30_000 });
      await page.waitForTimeout(300);
      const counts = await page.evaluate(() => {
        const all = [...document.querySelectorAll("*")];
        return {
          handlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).length,
          jsHrefs: [...document.querySelectorAll("[href],[src],[action],[formaction]")].filter((el) =>
            ["href", "src", "action", "formaction"].some((a) => /^\s*(javascript|vbscript|data:text\/html)/i.test(el.getAttribute(a) ?? "")),
          ).length,
        };
      });
      handlerAttributes += counts.handlers;
      javascriptHrefs += counts.jsHrefs;
      if (counts.handlers || counts.jsHrefs) findings.push({ target: "browser", role: "-", label: url, mustNotStore: false, kind: "markup", detail: JSON.stringify(counts) });
    } catch (error) {
      // A page that cannot be loaded cannot be checked (and readers cannot read it).
      notLoaded++;
      findings.push({ target: "browser", role: "-", label: url, mustNotStore: false, kind: "not-loaded", detail: `could not load: ${(error as Error).message.slice(0, 100)}` });
    }
    await page.close();
  };
  for (const url of pages) await visit(url);
  const cookie = sessions.admin!.cookieHeader.split("; ").map((pair) => {
    const eq = pair.indexOf("=");
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: base };
  });
  await context.addCookies(cookie);
  for (const url of dashboardPages) await visit(url);
  await browser.close();
  for (const d of dialogs) findings.push({ target: "browser", role: "-", label: d, mustNotStore: false, kind: "executed", detail: d });
  await dbClient.end();

  const totalSeconds = Math.round((performance.now() - started) / 1000);
  const figures = {
    casesTried: tried,
    fiveXX,
    fiveXXInNextActionDecoding: fiveXXInNext,
    storedForInvalidInput: storedForInvalid,
    answeredUnexpected: unexpected,
    leaks: findings.filter((f) => f.kind === "leak").length,
    bodyLimitsNotAnswered413: findings.filter((f) => f.kind === "wrong-status").length,
    pagesLoadedInChromium: pages.length + dashboardPages.length - notLoaded,
    pagesThatCouldNotBeLoaded: notLoaded,
    payloadsExecuted: dialogs.length,
    eventHandlerAttributesInDom: handlerAttributes,
    scriptUrlsInDom: javascriptHrefs,
    brokenJsonLd: jsonLdBroken,
    serverActions: actions.length,
    routeCases: routeCases.length * 2 + methodCases.length,
    seconds: totalSeconds,
  };
  console.log(`\n${table([["figure", "value"], ...Object.entries(figures).map(([k, v]) => [k, v])])}`);
  console.log(`\nStatuses: ${JSON.stringify(statuses)}`);
  if (findings.length) {
    console.log(`\nFindings (${findings.length}):`);
    console.log(table([["kind", "target", "role", "case", "detail"], ...findings.slice(0, 60).map((f) => [f.kind, f.target, f.role, f.label.slice(0, 50), f.detail.slice(0, 110)])]));
  }
  console.log(`JSON: ${writeResult("fuzz", { when: new Date().toISOString(), machine: machine(), figures, statuses, findings })}`);
  const wrongStatus = findings.filter((f) => f.kind === "wrong-status").length;
  if (wrongStatus > 0 || fiveXX > 0 || storedForInvalid > 0 || dialogs.length > 0 || figures.leaks > 0 || jsonLdBroken > 0 || handlerAttributes > 0 || javascriptHrefs > 0 || notLoaded > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await app.stop();
  app.close();
  if (!args.bool("keep-db")) await db.drop().catch(() => {});
}
process.exit(exitCode);
