// Scale-out (npm run bench -- --scale-out): two app instances on the same Postgres,
// with the same NEXTAUTH_SECRET, behind the caching proxy of deploy/nginx. Checks
// that an edit made through instance A reaches readers of instance B and of the
// proxy within 60 s, that a session opened on A works on B, and that failed
// sign-ins counted on A and B add up (the counters live in Postgres).
import { performance } from "node:perf_hooks";
import type { App } from "../test/harness/app";
import { Session } from "../test/harness/http";
import { BENCH_ADMIN } from "./seed";
import { findAction } from "../e2e/support/server-actions";

export interface ScaleOutStep {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ScaleOutResult {
  ok: boolean;
  summary: string;
  /** Seconds from the edit on A until readers saw it. */
  visibleAfter: { instanceB: number | null; proxy: number | null };
  steps: ScaleOutStep[];
}

async function titleOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
}

export async function runScaleOut({ appDir, a, b, proxyUrl, articlePath }: { appDir: string; a: App; b: App; proxyUrl: string; articlePath: string; quick: boolean }): Promise<ScaleOutResult> {
  const steps: ScaleOutStep[] = [];
  const step = (name: string, ok: boolean, detail: string) => {
    steps.push({ name, ok, detail });
    console.log(`  ${ok ? "✓" : "✗"} ${name} (${detail})`);
  };
  console.log("Scale-out: two instances behind the proxy");

  // A session opened on A is valid on B (same secret, the user re-checked in the shared database).
  const staff = new Session(a.baseURL);
  const signedIn = await staff.signInStatus(BENCH_ADMIN.email, BENCH_ADMIN.password);
  const onB = await staff.fetch(`${b.baseURL}/en/dashboard`);
  const bodyB = await onB.text();
  step("session from A works on B", signedIn === 200 && onB.status === 200 && !/sign-in/.test(onB.headers.get("location") ?? ""), `sign-in ${signedIn}, dashboard on B ${onB.status}, ${bodyB.length} bytes`);

  // Readers of B and of the proxy hold the old page in their caches.
  const { db } = await import("../src/server/db");
  const variant = await db.articleVariant.findUniqueOrThrow({ where: { id: "v1en" } });
  await titleOf(b.baseURL + articlePath);
  await titleOf(proxyUrl + articlePath);
  await titleOf(proxyUrl + articlePath);

  // The edit, through A's own server action, as the editor's browser sends it.
  const newTitle = `Scale-out edit ${Date.now()}`;
  const action = findAction("saveVariantAction", undefined, appDir);
  const t0 = performance.now();
  const response = await staff.fetch(a.baseURL + action.page, {
    method: "POST",
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: a.baseURL },
    body: JSON.stringify([{ variantId: variant.id, baseVersion: variant.version, title: newTitle, slug: variant.slug, summary: variant.summary, body: variant.body }]),
  });
  const actionText = await response.text();
  const saved = (await db.articleVariant.findUniqueOrThrow({ where: { id: variant.id } })).title === newTitle;
  step("edit saved through A's server action", saved, `${response.status}${saved ? "" : ` ${actionText.slice(0, 200)}`}`);

  const seen: { instanceB: number | null; proxy: number | null } = { instanceB: null, proxy: null };
  const deadline = t0 + 90_000;
  while (saved && performance.now() < deadline && (seen.instanceB === null || seen.proxy === null)) {
    const elapsed = Math.round((performance.now() - t0) / 100) / 10;
    if (seen.instanceB === null && (await titleOf(b.baseURL + articlePath)) === newTitle) seen.instanceB = elapsed;
    if (seen.proxy === null && (await titleOf(proxyUrl + articlePath)) === newTitle) seen.proxy = elapsed;
    await new Promise((r) => setTimeout(r, 1000));
  }
  step("edit visible on instance B within 60 s", seen.instanceB !== null && seen.instanceB <= 60, seen.instanceB === null ? "not within 90 s" : `${seen.instanceB} s`);
  step("edit visible through the proxy within 60 s", seen.proxy !== null && seen.proxy <= 60, seen.proxy === null ? "not within 90 s" : `${seen.proxy} s`);

  // Failed sign-ins on A and B count together: after 5 (alternating), the 6th is refused on either.
  const email = `nobody-${Date.now()}@example.org`;
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push(await new Session((i % 2 ? b : a).baseURL).signInStatus(email, "wrong password"));
  const sixthA = await new Session(a.baseURL).signInStatus(email, "wrong password");
  const sixthB = await new Session(b.baseURL).signInStatus(email, "wrong password");
  step("sign-in throttle shared by A and B", sixthA === 429 && sixthB === 429 && !statuses.includes(429), `attempts ${statuses.join(",")} then A ${sixthA}, B ${sixthB}`);

  const ok = steps.every((s) => s.ok);
  return { ok, summary: `B ${seen.instanceB ?? "—"} s, proxy ${seen.proxy ?? "—"} s; ${steps.filter((s) => s.ok).length}/${steps.length} checks`, visibleAfter: seen, steps };
}
