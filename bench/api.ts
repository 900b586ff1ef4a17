// The content API (/api/v1), in process: its route handlers called with real
// Requests on the benchmark's database, as Next calls them — parsing, the
// visibility rule, keyset pages, serializing (bodies rendered to HTML, kept by
// hash) and the ETag. The first call of each shape warms the rendered-HTML cache,
// as readers' first requests do. (The by-slug route is left out: its slug decoding
// comes with next/navigation, which needs Next's own React; it shares the by-id
// route's code past the lookup.)
import { db } from "../src/server/db";
import { encodeCursor } from "../src/server/api/cursor";
import { GET as getArticle } from "../src/app/api/v1/articles/[id]/route";
import { GET as listArticles } from "../src/app/api/v1/articles/route";
import { GET as listDebates } from "../src/app/api/v1/debates/route";
import { GET as search } from "../src/app/api/v1/search/route";
import { measure, type Timing } from "./dashboard";

type Handler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

async function call<P extends object>(handler: Handler<P>, path: string, params = {} as P): Promise<void> {
  const response = await handler(new Request(`http://localhost/api/v1${path}`), { params: Promise.resolve(params) });
  if (response.status !== 200) throw new Error(`GET /api/v1${path} answered ${response.status}: the benchmark would time an error`);
  await response.arrayBuffer();
}

export async function measureApi({ n, searchQuery }: { n: number; searchQuery: string }): Promise<Timing[]> {
  const visible = { status: { in: ["PUBLISHED" as const, "SCHEDULED" as const] }, publishAt: { lte: new Date() }, article: { deletedAt: null } };
  const ids = (await db.articleVariant.findMany({ where: { ...visible, locale: "en" }, select: { id: true }, take: 200 })).map((v) => v.id);
  const deep = await db.articleVariant.findFirst({ where: visible, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], skip: Math.min(60_000, Math.floor((await db.articleVariant.count({ where: visible })) * 0.6)), select: { id: true, updatedAt: true } });
  const debate = await db.debate.findFirst({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true } });
  const cursor = deep ? encodeCursor({ time: deep.updatedAt, id: deep.id }) : "";
  const shapes: [string, (i: number) => Promise<void>][] = [
    ["API: articles, first page (20)", () => call(listArticles, "/articles")],
    ["API: articles, page of 100", () => call(listArticles, "/articles?limit=100")],
    ["API: articles, locale = ar", () => call(listArticles, "/articles?locale=ar")],
    ["API: articles of one debate", () => call(listArticles, `/articles?debate=${debate?.id ?? ""}`)],
    ["API: articles, deep page (cursor at 60%)", () => call(listArticles, `/articles?cursor=${cursor}`)],
    ["API: one version by id", (i) => call(getArticle, `/articles/${ids[i % ids.length]}`, { id: ids[i % ids.length]! })],
    ["API: debates (en)", () => call(listDebates, "/debates?locale=en")],
    [`API: search en "${searchQuery}"`, () => call(search, `/search?locale=en&q=${encodeURIComponent(searchQuery)}`)],
  ];
  const out: Timing[] = [];
  for (const [label, run] of shapes) {
    await run(0);
    const t = await measure(label, n, run);
    console.log(`${t.label.padEnd(42)} p50 ${t.p50} ms · p95 ${t.p95} ms · n=${t.n}`);
    out.push(t);
  }
  return out;
}
