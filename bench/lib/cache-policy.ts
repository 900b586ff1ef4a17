// What the caching proxy (deploy/nginx) may and may not keep, checked against the
// running proxy and app: public pages are cached as the app's Cache-Control says;
// staff pages, previews, the auth API and anything asked with a staff session never
// are (neither answered from the cache nor stored in it).
import { BENCH_ADMIN } from "../seed";
import { Session } from "../../test/harness/http";

export interface PolicyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

async function twice(session: Session | null, url: string) {
  const get = async () => {
    const r = session ? await session.fetch(url) : await fetch(url, { redirect: "manual" });
    const body = await r.text();
    return { status: r.status, cache: r.headers.get("x-cache-status") ?? "-", cacheControl: r.headers.get("cache-control") ?? "-", body };
  };
  const first = await get();
  const second = await get();
  return { first, second };
}

export async function checkCachePolicy(proxyUrl: string, appUrl: string, pages: { article: string; draftVariantId: string }): Promise<{ checks: PolicyCheck[]; appCacheControl: Record<string, string> }> {
  const checks: PolicyCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  // What the app itself says (no proxy in between).
  const appCacheControl: Record<string, string> = {};
  const staff = new Session(appUrl);
  const signedIn = await staff.signInStatus(BENCH_ADMIN.email, BENCH_ADMIN.password);
  check("staff sign-in works (app)", signedIn === 200 && staff.hasSession(), `status ${signedIn}`);
  for (const [name, path, session] of [
    ["article", pages.article, null],
    ["home", "/en", null],
    ["feed", "/en/feed.xml", null],
    ["search", "/en/search?q=funding", null],
    ["dashboard (signed in)", "/en/dashboard", staff],
    ["preview (signed in)", `/en/preview/${pages.draftVariantId}`, staff],
    ["sign-in page", "/en/dashboard/sign-in", null],
    ["/api/auth/session", "/api/auth/session", staff],
  ] as const) {
    const r = session ? await session.fetch(appUrl + path) : await fetch(appUrl + path, { redirect: "manual" });
    await r.arrayBuffer();
    appCacheControl[name] = `${r.status} ${r.headers.get("cache-control") ?? "(none)"}`;
  }
  for (const name of ["dashboard (signed in)", "preview (signed in)"]) {
    check(`app: ${name} is private/no-store`, /no-store|private/.test(appCacheControl[name]!), appCacheControl[name]!);
  }
  // The app's own memory of pages (scripts/page-cache.mjs) keeps the same rules.
  const pageCacheState = async (session: Session | null, path: string) => {
    const r = session ? await session.fetch(appUrl + path) : await fetch(appUrl + path, { redirect: "manual" });
    await r.arrayBuffer();
    return r.headers.get("x-page-cache") ?? "-";
  };
  const articleStates = [await pageCacheState(null, pages.article), await pageCacheState(null, pages.article)];
  check("app's page cache answers a public article's second reader", articleStates[1] === "HIT", articleStates.join(" → "));
  for (const [name, path] of [
    ["dashboard", "/en/dashboard"],
    ["preview of a draft", `/en/preview/${pages.draftVariantId}`],
    ["a public page, signed in", "/en/about"],
  ] as const) {
    const states = [await pageCacheState(staff, path), await pageCacheState(staff, path)];
    check(`app's page cache: ${name} never from memory for staff`, states.every((state) => state === "BYPASS"), states.join(" → "));
  }

  // No request header shapes what later readers get (docs/caching.md): a forged
  // X-Forwarded-Host, then a clean request, at the app and through the proxy.
  for (const [name, base] of [["app", appUrl], ["proxy", proxyUrl]] as const) {
    await (await fetch(base + pages.article, { headers: { "X-Forwarded-Host": "evil.example", Forwarded: "host=evil.example" } })).arrayBuffer();
    const clean = await fetch(base + pages.article, { redirect: "manual" });
    const body = await clean.text();
    const headers = [...clean.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
    const leaked = body.includes("evil.example") || headers.includes("evil.example");
    check(`${name}: a forged X-Forwarded-Host reaches no later reader, no Link header`, !leaked && clean.headers.get("link") === null, leaked ? "evil.example in the answer" : (clean.headers.get("link") ?? "no Link header"));
  }

  // Through the proxy.
  const article = await twice(null, proxyUrl + pages.article);
  check("proxy caches a public article", article.second.cache === "HIT", `${article.first.cache} → ${article.second.cache}`);

  const viaProxy = new Session(proxyUrl);
  const proxiedSignIn = await viaProxy.signInStatus(BENCH_ADMIN.email, BENCH_ADMIN.password);
  check("staff sign-in works through the proxy", proxiedSignIn === 200 && viaProxy.hasSession(), `status ${proxiedSignIn}`);
  for (const [name, path] of [
    ["dashboard", "/en/dashboard"],
    ["dashboard articles", "/en/dashboard/articles"],
    ["preview of a draft", `/en/preview/${pages.draftVariantId}`],
    ["/api/auth/session", "/api/auth/session"],
  ] as const) {
    const signed = await twice(viaProxy, proxyUrl + path);
    check(`${name}: staff get it through the proxy`, signed.first.status === 200, `${signed.first.status}`);
    check(`${name}: never from the cache for staff`, signed.first.cache !== "HIT" && signed.second.cache !== "HIT", `${signed.first.status} ${signed.first.cache} → ${signed.second.cache}`);
    // Then an anonymous reader asks for the same URL: they must not get what staff got.
    const anonymous = await twice(null, proxyUrl + path);
    const leaked = anonymous.first.cache === "HIT" || anonymous.second.cache === "HIT" || (anonymous.first.status === 200 && signed.first.status === 200 && anonymous.first.body === signed.first.body && path !== "/api/auth/session");
    check(`${name}: nothing kept for anonymous readers`, !leaked, `anonymous ${anonymous.first.status} ${anonymous.first.cache} → ${anonymous.second.cache}`);
  }
  // A public page asked with a session cookie is neither served from nor stored in the cache.
  const publicWithSession = await twice(viaProxy, proxyUrl + "/en/about");
  check("public page with a session cookie bypasses the cache", publicWithSession.second.cache === "BYPASS", `${publicWithSession.first.cache} → ${publicWithSession.second.cache}`);
  // Responses setting cookies (the csrf token) are never stored.
  const csrf = await twice(null, proxyUrl + "/api/auth/csrf");
  check("/api/auth/csrf (Set-Cookie) never cached", csrf.second.cache !== "HIT", `${csrf.first.cache} → ${csrf.second.cache}`);
  return { checks, appCacheControl };
}
